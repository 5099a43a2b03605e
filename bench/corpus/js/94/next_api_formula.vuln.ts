import type { NextApiRequest, NextApiResponse } from "next";

function evaluateFormula(formula: string, row: Record<string, number>): number {
  const names = Object.keys(row).join(", ");
  const values = Object.values(row).join(", ");
  return eval(`((${names}) => ${formula})(${values})`);  // cg-expect: CWE-94
}

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const formula = String(req.body.formula ?? "0");
  res.json({ value: evaluateFormula(formula, { price: 10, qty: 3 }) });
}
