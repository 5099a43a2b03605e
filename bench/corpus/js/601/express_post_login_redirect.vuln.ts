import type { Request, Response } from "express";

export function afterLogin(req: Request, res: Response): void {
  const fallback = "/dashboard";
  const target = typeof req.body.redirectUrl === "string" ? req.body.redirectUrl : fallback;
  req.log?.info({ target }, "login redirect");
  res.redirect(303, target);  // cg-expect: CWE-601
}
