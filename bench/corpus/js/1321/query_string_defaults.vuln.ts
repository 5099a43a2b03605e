import type { Request, Response } from "express";

type Bag = Record<string, unknown>;

function assignPath(target: Bag, dotted: string, value: unknown): void {
  const [head, tail] = dotted.split(".", 2) as [string, string | undefined];
  if (tail === undefined) {
    target[head] = value;
    return;
  }
  const child = (target[head] ??= {}) as Bag;
  child[tail] = value;  // cg-expect: CWE-1321
}

export function saveFilters(req: Request, res: Response) {
  const filters: Bag = {};
  for (const [key, value] of Object.entries(req.query)) assignPath(filters, key, value);
  res.json(filters);
}
