import { testRule } from "../rule-tester.js";
import rule from "./weak-cipher.js";

testRule(rule, {
  valid: [
    {
      name: "AES-256-GCM with a random IV",
      code: `const crypto = require("crypto");
function encrypt(key, plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}`,
    },
    {
      name: "algorithm constant that is strong",
      code: `import { createDecipheriv } from "node:crypto";
const ALGORITHM = "chacha20-poly1305";
export const open = (key: Buffer, iv: Buffer) => createDecipheriv(ALGORITHM, key, iv, { authTagLength: 16 });`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "DES in CBC mode",
      code: `const crypto = require("crypto");
function encryptCard(number, key, iv) {
  const cipher = crypto.createCipheriv("des-cbc", key, iv);
  return cipher.update(number, "utf8", "hex") + cipher.final("hex");
}`,
      lines: [3],
    },
    {
      name: "ECB through a constant",
      code: `import crypto from "crypto";
const ALGO = "aes-128-ecb";
export function seal(key: Buffer, data: string) {
  const c = crypto.createCipheriv(ALGO, key, null);
  return Buffer.concat([c.update(data), c.final()]);
}`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "deprecated createCipher",
      code: `const crypto = require("crypto");
const cipher = crypto.createCipher("aes192", process.env.SECRET);`,
      lines: [2],
    },
  ],
});
