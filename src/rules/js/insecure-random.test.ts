import { testRule } from "../rule-tester.js";
import rule from "./insecure-random.js";

testRule(rule, {
  valid: [
    {
      name: "a mail delay beside a reset code, and a shuffle in a callback",
      code: `const crypto = require("crypto");
async function startReset(email) {
  const code = crypto.randomInt(0, 100000000);
  const jitterMs = Math.floor(Math.random() * 200);
  setTimeout(() => send(email, code), jitterMs);
}
function shuffleTips(tips) {
  return [...tips].sort(() => Math.random() - 0.5);
}
`,
    },
    {
      name: "a generic helper whose callers want a colour",
      code: `function pick(list) {
  return list[Math.floor(Math.random() * list.length)];
}
const accent = pick(COLOURS);`,
    },
    {
      name: "nanoid's secure export",
      code: `import { customAlphabet } from "nanoid";
const makeSlug = customAlphabet("abc123", 14);
export const newShareSlug = () => makeSlug();`,
      language: "typescript",
    },
    {
      name: "Math.random for coordinates",
      code: `function scatter(el) {
  const posY = Math.random() * 400;
  const start_x = Math.random() * 300;
  el.style.transform = \`translate(\${start_x}px, \${posY}px)\`;
}`,
    },
    {
      name: "uuid v4 for a confirmation token, v1 for an upload's sort key",
      code: `import { v1 as timeUuid, v4 } from "uuid";
export function createConfirmationToken(): string {
  return v4();
}
export function uploadSortKey(): string {
  const sortKey = timeUuid();
  return sortKey;
}`,
      language: "typescript",
    },
    {
      name: "crypto token",
      code: `const crypto = require("crypto");
function createResetToken() {
  return crypto.randomBytes(32).toString("hex");
}`,
    },
    {
      name: "random retry jitter",
      code: `async function retry(fn) {
  const jitter = Math.random() * 100;
  await sleep(200 + jitter);
  return fn();
}`,
    },
    {
      name: "random colour for an avatar",
      code: `const avatarColor = COLORS[Math.floor(Math.random() * COLORS.length)];`,
      language: "typescript",
    },
    {
      name: "method of a class about animation",
      code: `export class SparkleAnimator {
  next(): number {
    const step = Math.floor(Math.random() * 8);
    return step;
  }
}`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "a session id of hex digits each made in an Array.from callback",
      code: `export function newSessionId(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join("");
}
`,
      lines: [2],
    },
    {
      name: "a generic helper whose caller makes an OAuth state",
      code: `class OAuthService {
  randomString(length) {
    return Array.from({ length }, () => CHARSET.charAt(Math.floor(Math.random() * CHARSET.length))).join("");
  }
  begin() {
    const state = this.randomString(32);
    return state;
  }
}`,
      lines: [3],
    },
    {
      name: "a helper that a password generator calls",
      code: `function pick(charset) {
  return charset[Math.floor(Math.random() * charset.length)];
}
export function generatePassword(n) {
  return Array.from({ length: n }, () => pick(ALL)).join("");
}`,
      lines: [2],
    },
    {
      name: "nanoid/non-secure for a share link",
      code: `import { customAlphabet } from "nanoid/non-secure";
const makeSlug = customAlphabet("23456789abcdefghjkmnpqrstuvwxyz", 14);
export function newShareSlug(): string {
  return makeSlug();
}`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "a seedrandom generator for one-time codes",
      code: `import seedrandom from "seedrandom";
export class OtpService {
  private rng = seedrandom(String(Date.now()));
  private nextCode(): string {
    return String(Math.floor(this.rng() * 1e6)).padStart(6, "0");
  }
}`,
      lines: [5],
      language: "typescript",
    },
    {
      name: "Math.random for an API key (a name ending in y is not a coordinate)",
      code: `function provision(account) {
  const apiKey = Math.random().toString(36).slice(2);
  return { account, apiKey };
}`,
      lines: [2],
    },
    {
      name: "uuid v1 for an e-mail confirmation token and an API key",
      code: `import { v1 as timeUuid } from "uuid";
const uuid = require("uuid");
export function createConfirmationToken(): string {
  return timeUuid();
}
export function issueApiKey(): string {
  const apiKey = uuid.v1().replace(/-/g, "");
  return apiKey;
}`,
      lines: [4, 7],
      language: "typescript",
    },
    {
      name: "session id",
      code: `app.post("/login", (req, res) => {
  const sessionId = Math.random().toString(36).slice(2);
  sessions.set(sessionId, req.body.user);
  res.cookie("sid", sessionId, { httpOnly: true, secure: true });
});`,
      lines: [2],
    },
    {
      name: "password generator",
      code: `export function generatePassword(length = 12): string {
  let out = "";
  for (let i = 0; i < length; i++) {
    out += CHARSET[Math.floor(Math.random() * CHARSET.length)];
  }
  return out;
}`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "token property",
      code: `const invite = {
  email,
  token: Math.random().toString(16).substring(2),
};`,
      lines: [3],
    },
    {
      name: "method of a verification-code class",
      code: `export class PinIssuer {
  issue(): string {
    const pin = Math.floor(Math.random() * 1e6);
    return String(pin).padStart(6, "0");
  }
}
export class VerificationCodes extends PinIssuer {
  digits(): string {
    return String(Math.random()).slice(2, 8);
  }
}`,
      lines: [9],
      language: "typescript",
    },
    {
      name: "a reset token from Math.random().toString(36): crypto.randomUUID()",
      code: `function createResetToken() {\n  const token = Math.random().toString(36).slice(2);\n  return token;\n}\n`,
      lines: [2],
      output: `function createResetToken() {\n  const token = crypto.randomUUID();\n  return token;\n}\n`,
    },
    {
      name: "two draws joined into one token: one crypto.randomUUID()",
      code: `function makeResetToken() {\n  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);\n}\n`,
      lines: [2],
      output: `function makeResetToken() {\n  return crypto.randomUUID();\n}\n`,
    },
  ],
});
