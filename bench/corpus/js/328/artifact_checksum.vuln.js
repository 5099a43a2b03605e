import crypto from "node:crypto";
import { readFile } from "node:fs/promises";

const ALGORITHM = "md5";

export async function verifyArtifact(path, expectedDigest) {
  const data = await readFile(path);
  const actual = crypto.createHash(ALGORITHM).update(data).digest("hex");  // cg-expect: CWE-328
  return actual === expectedDigest;
}
