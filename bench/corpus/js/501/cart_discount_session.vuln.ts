import type { Request, Response } from "express";

function rememberDiscount(req: Request, code: string): void {
  req.session.discountCode = code;  // cg-expect: CWE-501
}

export function applyDiscount(req: Request, res: Response) {
  const code = String(req.body.code ?? "");
  rememberDiscount(req, code);
  res.json({ ok: true });
}
