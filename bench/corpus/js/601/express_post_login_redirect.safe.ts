import type { Request, Response } from "express";

export function afterLogin(req: Request, res: Response): void {
  const fallback = "/dashboard";
  const wanted = typeof req.body.redirectUrl === "string" ? req.body.redirectUrl : fallback;
  const target = /^\/(?![/\\])/.test(wanted) ? wanted : fallback;
  req.log?.info({ target }, "login redirect");
  res.redirect(303, target);
}
