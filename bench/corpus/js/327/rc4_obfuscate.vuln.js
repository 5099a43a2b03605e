import crypto from "node:crypto";

export function obfuscate(key, text) {
  const header = "CG1:";
  const cipher = crypto.createCipheriv("rc4", key, "");  // cg-expect: CWE-327
  return header + cipher.update(text, "utf8", "hex") + cipher.final("hex");
}
