import { createCipheriv } from "node:crypto";

export function legacyToken(key: Buffer, userId: string): string {
  const cipher = createCipheriv("des-ecb", key, null);  // cg-expect: CWE-327
  return Buffer.concat([cipher.update(userId, "utf8"), cipher.final()]).toString("hex");
}
