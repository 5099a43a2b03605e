import { testRule } from "../rule-tester.js";
import rule from "./weak-hash.js";

testRule(rule, {
  valid: [
    {
      name: "a short fingerprint of a user id in a service that stores API key digests",
      code: `import { createHash } from "crypto";
export class ApiKeysService {
  async issue(userId, keyDigest) {
    await this.repo.save({ userId, keyDigest, fingerprint: createHash("sha1").update(userId).digest("hex").slice(0, 8) });
  }
}
`,
    },
    {
      name: "crypto-js SHA-256 for a password, md5 for a Gravatar URL, WebCrypto SHA-256",
      code: `import CryptoJS from "crypto-js";
import md5 from "md5";
export function storedPassword(password: string, pepper: string): string {
  return CryptoJS.SHA256(pepper + password).toString();
}
export function gravatarUrl(email: string): string {
  return "https://www.gravatar.com/avatar/" + md5(email.trim().toLowerCase());
}
export async function apiKeyDigest(apiKey: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", new TextEncoder().encode(apiKey));
}`,
      language: "typescript",
    },
    {
      name: "SHA-256",
      code: `const crypto = require("crypto");
function hashToken(token) {
  return crypto.createHash("sha256").update(token).digest("hex");
}`,
    },
    {
      name: "MD5 for an ETag",
      code: `import { createHash } from "node:crypto";
export function etagFor(body: string) {
  const etag = createHash("md5").update(body).digest("base64");
  return \`"\${etag}"\`;
}`,
      language: "typescript",
    },
    {
      name: "explicitly not for security",
      code: `const crypto = require("crypto");
const id = crypto.createHash("sha1", { usedForSecurity: false }).update(path).digest("hex");`,
    },
    {
      name: "SHA-256 digest for a password reset link",
      code: `const crypto = require("crypto");
function resetLinkDigest(userId, issuedAt) {
  const h = crypto.createHash("sha256");
  h.update(userId + ":" + issuedAt);
  return h.digest("hex");
}`,
    },
    {
      name: "HMAC-SHA1 for a legacy webhook",
      code: `const crypto = require("crypto");
function verifySignature(body, secret) {
  return crypto.createHmac("sha1", secret).update(body).digest("hex");
}`,
    },
  ],
  invalid: [
    {
      name: "an API key's digest in the same service",
      code: `import { createHash } from "crypto";
export class ApiKeysService {
  digest(key) {
    return createHash("sha1").update(key).digest("hex");
  }
}
`,
      lines: [4],
    },
    {
      name: "crypto-js SHA-1, the md5 package and WebCrypto SHA-1 for credentials",
      code: `import CryptoJS from "crypto-js";
import md5 from "md5";
export function storedPassword(password: string, pepper: string): string {
  return CryptoJS.SHA1(pepper + password).toString();
}
export function pinHash(pin: string): string {
  return md5(pin);
}
export async function apiKeyDigest(apiKey: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-1", new TextEncoder().encode(apiKey));
}`,
      lines: [4, 7, 10],
      language: "typescript",
    },
    {
      name: "MD5 password hash",
      code: `const crypto = require("crypto");
async function register(username, password) {
  const passwordHash = crypto.createHash("md5").update(password).digest("hex");
  await db.users.insert({ username, passwordHash });
}`,
      lines: [3],
      at: [{ line: 3, column: 24, endLine: 3, endColumn: 48 }],
      output:
        'const crypto = require("crypto");\nasync function register(username, password) {\n  const passwordHash = crypto.createHash("sha256").update(password).digest("hex");\n  await db.users.insert({ username, passwordHash });\n}',
    },
    {
      name: "SHA-1 for reset tokens",
      code: `import crypto from "crypto";
export function makeResetToken(email: string): string {
  return crypto.createHash("sha1").update(email + Date.now()).digest("hex");
}`,
      lines: [3],
      language: "typescript",
    },
    {
      name: "MD5 digest for an account invitation link",
      code: `const crypto = require("crypto");
function inviteCode(teamId, email) {
  const h = crypto.createHash("md5");
  h.update(teamId + "/" + email);
  return h.digest("base64url");
}`,
      lines: [3],
    },
  ],
});
