import yaml from "js-yaml";
import type { Request, Response } from "express";

export function importSettings(req: Request, res: Response) {
  const text = String(req.body);
  const settings = yaml.load(text, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
  res.json({ keys: Object.keys(settings) });
}
