import type { Request, Response } from "express";

const settings: Record<string, Map<string, unknown>> = { ui: new Map(), mail: new Map() };

export function updateSetting(req: Request, res: Response) {
  const section = String(req.body.section);
  const key = String(req.body.key);
  const group = settings[section] ?? (settings[section] = new Map());
  group.set(key, req.body.value);
  res.json({ ok: true });
}
