import type { Request, Response } from "express";

function rememberDiscount(req: Request, code: string): void {
  req.session.discountCode = code;
}

export function applyDiscount(req: Request, res: Response) {
  const code = String(req.body.code ?? "");
  if (["WELCOME10", "SPRING15"].includes(code)) rememberDiscount(req, code);
  res.json({ ok: true });
}
