import { createCipheriv, randomBytes } from "node:crypto";

export function legacyToken(key: Buffer, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([iv, cipher.update(userId, "utf8"), cipher.final(), cipher.getAuthTag()]).toString("hex");
}
