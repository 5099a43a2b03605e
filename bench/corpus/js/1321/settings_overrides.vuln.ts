import type { Request, Response } from "express";

type Tree = Record<string, unknown>;

export class SettingsStore {
  private readonly settings: Tree = { features: { beta: false }, theme: "light" };

  private applyOverrides(target: Tree, overrides: Tree): void {
    for (const key in overrides) {
      const incoming = overrides[key];
      if (typeof incoming === "object" && incoming !== null) {
        if (typeof target[key] !== "object" || target[key] === null) target[key] = {};
        this.applyOverrides(target[key] as Tree, incoming as Tree);
        continue;
      }
      target[key] = incoming;  // cg-expect: CWE-1321
    }
  }

  patch(req: Request, res: Response): void {
    this.applyOverrides(this.settings, req.body as Tree);
    res.json(this.settings);
  }
}
