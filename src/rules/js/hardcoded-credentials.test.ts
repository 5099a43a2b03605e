import { describe, expect, it } from "vitest";
import { LineIndex } from "../../core/location.js";
import { runRule, testRule } from "../rule-tester.js";
import rule from "./hardcoded-credentials.js";

testRule(rule, {
  valid: [
    {
      name: "UI labels and i18n keys name a password field, they are not one",
      code: `const LABEL_PASSWORD = "Password";
const messages = { password: "Mot de passe", token: "Jeton d'accès" };
const title = t("password");
const field = i18n.t('auth.password');`,
    },
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
    {
      name: "dotted config key, not a value",
      code: `const passwordKey = "settings.mail.password";`,
    },
    {
      name: "constructor parameter without a default",
      code: `export class BillingApi {
  constructor(private readonly clientSecret: string, private readonly region = "eu-west-1") {}
}`,
      language: "typescript",
    },
    {
      name: "connection string built from the environment",
      code: `const url = \`postgres://reporter:\${process.env.PG_PASSWORD}@pg.internal/reports\`;
const redisUrl = "redis://cache.internal:6379/0";`,
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
    {
      name: "constructor parameter with a literal default secret",
      code: `export class MetricsExporter {
  constructor(
    private readonly endpoint: string,
    private readonly accessToken: string = "mx-prod-83jd02kq9z",
  ) {}
}`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "JavaScript function parameter with a literal default password",
      code: `function openMailbox(host, password = "inbox-Key-2291") {
  return imap.connect({ host, password });
}`,
      lines: [1],
    },
    {
      name: "dashed literal with digits is a value, not a key name",
      code: `const transport = mailer.createTransport({ auth: { user: "ops", pass: "relay-word-5520" } });`,
      lines: [1],
    },
    {
      name: "password inside a connection string",
      code: `const amqp = require("amqplib");
const broker = "amqp://orders:Qv7-Harbor-301@mq.internal:5672/prod";
module.exports = () => amqp.connect(broker);`,
      lines: [2],
    },
  ],
});

describe("js/hardcoded-credentials redaction", () => {
  it("masks only the password of a connection string", () => {
    const code = `const dsn = "mysql://shop:Tq4-Lantern-72@db.internal/shop";`;
    const [draft] = runRule(rule, code).drafts;
    const range = draft?.redact?.[0];
    expect(range).toBeDefined();
    if (!range) return;
    const lines = new LineIndex(code);
    expect(code.slice(lines.offsetAt(range.start), lines.offsetAt(range.end))).toBe("Tq4-Lantern-72");
  });

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

describe("js/hardcoded-credentials in test code", () => {
  it("reports a test suite's credential at low severity and low confidence", () => {
    const code = 'const client = login({ user: "bob", password: "Zq8wLp2Rx7Tn" });\n';
    for (const path of ["test/login.test.js", "src/__tests__/login.js", "spec/login.spec.ts"]) {
      const drafts = runRule(rule, code, "javascript", path).drafts;
      expect(
        drafts.map((d) => [d.severity, d.confidence]),
        path,
      ).toEqual([["low", 0.4]]);
    }
    expect(runRule(rule, code, "javascript", "src/login.js").drafts.map((d) => d.severity)).toEqual(["high"]);
  });
});
