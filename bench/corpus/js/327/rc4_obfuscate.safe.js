import crypto from "node:crypto";

export function obfuscate(key, text) {
  const header = "CG1:";
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("chacha20-poly1305", key, iv, { authTagLength: 16 });
  return header + iv.toString("hex") + cipher.update(text, "utf8", "hex") + cipher.final("hex");
}
