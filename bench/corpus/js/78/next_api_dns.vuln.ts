import type { NextApiRequest, NextApiResponse } from "next";
import { exec } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(exec);

function lookupCommand(domain: string): string {
  return "dig +short " + domain;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const domain = String(req.query.domain ?? "");
  const { stdout } = await run(lookupCommand(domain));  // cg-expect: CWE-78
  res.status(200).json({ records: stdout.split("\n").filter(Boolean) });
}
