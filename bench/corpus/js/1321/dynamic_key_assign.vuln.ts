import type { Request, Response } from "express";

const settings: Record<string, Record<string, unknown>> = { ui: {}, mail: {} };

export function updateSetting(req: Request, res: Response) {
  const section = String(req.body.section);
  const key = String(req.body.key);
  const group = settings[section] ?? (settings[section] = {});
  group[key] = req.body.value;  // cg-expect: CWE-1321
  res.json({ ok: true });
}
