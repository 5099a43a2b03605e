import { describe, expect, it } from "vitest";
import { LineIndex } from "../../core/location.js";
import { runRule, testRule } from "../rule-tester.js";
import rule from "./hardcoded-credentials.js";

testRule(rule, {
  valid: [
    {
      name: "read from the environment",
      code: `const pool = new Pool({
  host: "db.internal",
  user: "app",
  password: process.env.DB_PASSWORD,
});`,
    },
    {
      name: "placeholder in an example config",
      code: `export const config = {
  apiKey: "your-api-key-here",
  secret: "changeme",
};`,
      language: "typescript",
    },
    {
      name: "form label, not a secret",
      code: `const passwordLabel = "Enter your password";
const tokenHeader = "X-Auth-Token";`,
    },
    {
      name: "name of an environment variable",
      code: `const API_TOKEN = "GITHUB_TOKEN";`,
    },
  ],
  invalid: [
    {
      name: "database password in a pool config",
      code: `const { Pool } = require("pg");
const pool = new Pool({
  host: "db.prod.internal",
  user: "billing",
  password: "Xk9#mP2vLq8!rT4w",
});`,
      lines: [5],
    },
    {
      name: "Stripe key constant",
      code: `const STRIPE_SECRET_KEY = "sk_live_51HqLyjWDarjtT1zdp7dcXYZ";
export const stripe = new Stripe(STRIPE_SECRET_KEY);`,
      lines: [1],
      language: "typescript",
    },
    {
      name: "class field token",
      code: `class GitHubClient {
  private token = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
}`,
      lines: [2],
      language: "typescript",
    },
  ],
});

describe("js/hardcoded-credentials redaction", () => {
  it("masks exactly the secret characters", () => {
    const code = `const pool = { password: "Xk9#mP2vLq8!rT4w" };`;
    const [draft] = runRule(rule, code).drafts;
    const range = draft?.redact?.[0];
    expect(range).toBeDefined();
    if (!range) return;
    const lines = new LineIndex(code);
    expect(code.slice(lines.offsetAt(range.start), lines.offsetAt(range.end))).toBe("Xk9#mP2vLq8!rT4w");
  });
});
