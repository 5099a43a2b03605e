import { testRule } from "../rule-tester.js";
import rule from "./weak-cipher.js";

testRule(rule, {
  valid: [
    {
      name: "node-forge's createCipher names AES-GCM; the IV goes to start()",
      code: `const forge = require("node-forge");
const cipher = forge.cipher.createCipher("AES-GCM", key);
cipher.start({ iv: forge.random.getBytesSync(12) });`,
    },
    {
      name: "crypto-js AES in its default CBC mode with a passphrase, and a DES name that is not crypto-js",
      code: `import CryptoJS from "crypto-js";
import { DES } from "./legacy-names";
export class TicketSealer {
  constructor(private readonly secret: string) {}
  seal(ticket: object): string {
    return CryptoJS.AES.encrypt(JSON.stringify(ticket), this.secret).toString();
  }
  label(): string {
    return DES.describe("triple");
  }
}`,
      language: "typescript",
    },
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
      name: "node-forge's createCipher with 3DES",
      code: `const forge = require("node-forge");
const cipher = forge.cipher.createCipher("3DES-CBC", key);
cipher.start({ iv });`,
      lines: [2],
    },
    {
      name: "encrypting and decrypting with DES is one finding, where ciphertext is made",
      code: `const crypto = require("crypto");
function seal(v) { const c = crypto.createCipheriv("des-cbc", KEY, IV); return c.update(v, "utf8", "hex") + c.final("hex"); }
function open(v) { const d = crypto.createDecipheriv("des-cbc", KEY, IV); return d.update(v, "hex", "utf8") + d.final("utf8"); }`,
      lines: [2],
    },
    {
      name: "decrypting alone with RC4",
      code: `const d = crypto.createDecipheriv("rc4", KEY, null);`,
      lines: [1],
    },
    {
      name: "crypto-js Triple DES, RC4 and AES in ECB mode",
      code: `import CryptoJS from "crypto-js";
export class TicketSealer {
  constructor(private readonly secret: string) {}
  seal(ticket: object): string {
    return CryptoJS.TripleDES.encrypt(JSON.stringify(ticket), this.secret).toString();
  }
  sealShort(id: string): string {
    return CryptoJS.RC4.encrypt(id, this.secret).toString();
  }
  sealBlock(data: string): string {
    return CryptoJS.AES.encrypt(data, CryptoJS.enc.Utf8.parse(this.secret), { mode: CryptoJS.mode.ECB }).toString();
  }
}`,
      lines: [5, 8, 11],
      language: "typescript",
    },
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
