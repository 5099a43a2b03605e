import type { NextApiRequest, NextApiResponse } from "next";

function evaluateFormula(formula: string, row: Record<string, number>): number {
  return formula === "total" ? (row.price ?? 0) * (row.qty ?? 0) : 0;
}

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const formula = String(req.body.formula ?? "0");
  res.json({ value: evaluateFormula(formula, { price: 10, qty: 3 }) });
}
