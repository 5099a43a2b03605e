import { createHash, randomBytes } from "node:crypto";

export interface IssuedToken {
  token: string;
  digest: string;
}

export function issueToken(): IssuedToken {
  const token = randomBytes(32).toString("base64url");
  const digest = createHash("sha1").update(token).digest("hex");  // cg-expect: CWE-328
  return { token, digest };
}
