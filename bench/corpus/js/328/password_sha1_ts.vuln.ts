import { createHash } from "node:crypto";
import type { Request, Response } from "express";

export class LegacyLogin {
  constructor(private readonly users: Map<string, string>) {}

  check(req: Request, res: Response) {
    const { user, password } = req.body as { user: string; password: string };
    const digest = createHash("sha1").update(password).digest("base64");  // cg-expect: CWE-328
    res.json({ ok: this.users.get(user) === digest });
  }
}
