import type { NextApiRequest, NextApiResponse } from "next";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

function lookupCommand(domain: string): string[] {
  return ["+short", domain];
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const domain = String(req.query.domain ?? "");
  const { stdout } = await run("dig", lookupCommand(domain));
  res.status(200).json({ records: stdout.split("\n").filter(Boolean) });
}
