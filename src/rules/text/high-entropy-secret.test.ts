import { describe, expect, it } from "vitest";
import { LineIndex } from "../../core/location.js";
import { runRule, testRule } from "../rule-tester.js";
import { FAKE, fakeBody } from "./lib/fake-secrets.js";
import rule from "./high-entropy-secret.js";

const hex = fakeBody(32, "0123456789abcdef", 5);

testRule(rule, {
  invalid: [
    {
      name: ".env password",
      language: "dotenv",
      code: "APP_ENV=production\nDB_PASSWORD=Xk9#mP2$vL7qR4wZ\n",
      lines: [2],
    },
    {
      name: "quoted YAML client secret",
      language: "yaml",
      code: `oauth:\n  client_id: web\n  client_secret: "${hex}"\n`,
      lines: [3],
    },
    {
      name: "JSON apiKey",
      language: "json",
      code: `{\n  "apiKey": "${fakeBody(20, undefined, 17)}",\n  "region": "eu"\n}\n`,
      lines: [2],
    },
    {
      name: "TOML secret_key in single quotes",
      language: "toml",
      code: `[app]\nsecret_key = '${fakeBody(16, undefined, 29)}'\n`,
      lines: [2],
    },
    {
      name: "INI password",
      language: "ini",
      code: "[db]\nuser = app\npassword = Tr0ub4dor&3Zq\n",
      lines: [3],
    },
    {
      name: "exported shell secret",
      language: "shell",
      code: `export AWS_SECRET_ACCESS_KEY=${fakeBody(40, undefined, 7)}\n`,
      lines: [1],
    },
    {
      name: "two secrets on one JSON line",
      language: "json",
      code: `{"password": "${fakeBody(12)}", "token": "${fakeBody(24, undefined, 41)}"}\n`,
      lines: [1],
    },
    {
      name: "vendor key name",
      language: "dotenv",
      code: `OPENAI_KEY=${fakeBody(32, undefined, 13)}\n`,
      lines: [1],
    },
    {
      name: "Rails secret_key_base",
      language: "yaml",
      code: `production:\n  secret_key_base: ${fakeBody(64, "0123456789abcdef", 3)}\n`,
      lines: [2],
    },
    {
      name: "base64 in a Kubernetes Secret",
      language: "yaml",
      code: "kind: Secret\ndata:\n  password: cGFzc3dvcmQxMjM0NTY=\n",
      lines: [3],
    },
    {
      name: "a real-looking secret in a config's URL query",
      language: "yaml",
      code: `webhook: https://hooks.example.net/in?token=${fakeBody(24, undefined, 19)}\n`,
      lines: [1],
    },
    {
      name: "commented-out credential still leaks",
      language: "yaml",
      code: `# api_key: ${fakeBody(24, undefined, 23)}\nname: svc\n`,
      lines: [1],
    },
  ],
  valid: [
    { name: "environment reference", language: "dotenv", code: "DB_PASSWORD=${DB_PASSWORD}\n" },
    { name: "reference with a default", language: "shell", code: "export API_TOKEN=${API_TOKEN:-}\n" },
    { name: "changeme", language: "yaml", code: "password: changeme\n" },
    { name: "angle-bracket placeholder", language: "yaml", code: "api_key: <your-api-key>\n" },
    { name: "xxxx placeholder", language: "ini", code: "token = xxxxxxxxxxxxxxxx\n" },
    { name: "empty value", language: "dotenv", code: "SECRET_KEY=\n" },
    { name: "template variable", language: "yaml", code: 'password: "{{ vault_db_password }}"\n' },
    { name: "path to a secret file", language: "yaml", code: "password_file: /run/secrets/db_password\n" },
    { name: "a number setting", language: "toml", code: "token_ttl = 36000000\n" },
    { name: "prose in a value", language: "json", code: '{"password": "Enter your password here"}\n' },
    { name: "a low-entropy word", language: "dotenv", code: "ADMIN_PASSWORD=hunter22\n" },
    { name: "a short value", language: "ini", code: "password = abc123\n" },
    { name: "a key that is not a secret", language: "yaml", code: `tokenizer: ${fakeBody(20)}\n` },
    {
      name: "a URL setting",
      language: "yaml",
      code: "auth_token_url: https://auth.example.org/oauth/token\n",
    },
    {
      name: "a key id",
      language: "yaml",
      code: `access_key_id: ${fakeBody(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\n`,
    },
    {
      name: "a known token is left to text/known-token",
      language: "dotenv",
      code: `GITHUB_TOKEN=${FAKE.github()}\n`,
    },
    {
      name: "secret manager reference",
      language: "yaml",
      code: "db_password: arn:aws:secretsmanager:eu-west-1:123456789012:secret:db\n",
    },
    {
      name: "a badge token in a Markdown URL",
      language: "markdown",
      code: `[![cov](https://codecov.io/gh/o/r/badge.svg?token=${fakeBody(10)})](https://codecov.io)\n`,
    },
    {
      name: "code in a Markdown snippet",
      language: "markdown",
      code: "```js\nconst token = getVercelOidcToken();\nconst secret = config.auth.secret;\n```\n",
    },
    {
      name: "an illustrative value in documentation",
      language: "markdown",
      code: "headers: { 'X-TOKEN-SECRET': 'SuperSecretToken' }\n",
    },
    {
      name: "translated text under a key naming a token",
      language: "json",
      code: '{"Unexpected_token_1012": "予期しないトークンです。"}\n',
    },
    {
      name: "a key that only mentions a token in the middle",
      language: "json",
      code: `{"token_endpoint_auth": "${fakeBody(16)}"}\n`,
    },
    {
      name: "a Markdown heading",
      language: "markdown",
      code: "# js/hardcoded-credentials: Hard-coded credential\n",
    },
    {
      name: "GitHub Actions expression",
      language: "yaml",
      code: "env:\n  token: ${{secrets.GITHUB_TOKEN}}\n",
    },
    {
      name: "interpolated in a string",
      language: "dotenv",
      code: 'DATABASE_PASSWORD="prefix-${DB_PASS}-suffix"\n',
    },
  ],
});

describe("text/high-entropy-secret reports", () => {
  const confidenceCases = [
    { filename: "config/prod.env", confidence: 0.7 },
    { filename: ".env.example", confidence: 0.5 },
    { filename: "tests/fixtures/settings.env", confidence: 0.5 },
    { filename: "deploy/values.template.env", confidence: 0.5 },
    { filename: "docs/setup.md", confidence: 0.5, language: "markdown" as const },
  ];
  for (const c of confidenceCases) {
    it(`has confidence ${c.confidence} in ${c.filename}`, () => {
      const { drafts } = runRule(
        rule,
        `API_KEY=${fakeBody(24, undefined, 41)}\n`,
        c.language ?? "dotenv",
        c.filename,
      );
      expect(drafts.map((d) => d.confidence)).toEqual([c.confidence]);
    });
  }

  it("redacts the value only and says why, without the value", () => {
    const secret = fakeBody(24, undefined, 41);
    const code = `{"token": "${secret}"}\n`;
    const [draft, ...rest] = runRule(rule, code, "json").drafts;
    expect(rest).toEqual([]);
    const index = new LineIndex(code);
    const r = draft!.redact![0]!;
    expect(code.slice(index.offsetAt(r.start), index.offsetAt(r.end))).toBe(secret);
    expect(draft!.description).toMatch(
      /^"token" is set to a literal secret \(24 characters, \d\.\d bits of entropy per character; value redacted\)\.$/,
    );
    expect(JSON.stringify(draft)).not.toContain(secret);
  });

  it("reports each secret on a line with its own redaction", () => {
    const code = `{"password": "${fakeBody(12)}", "token": "${fakeBody(24, undefined, 41)}"}\n`;
    const { drafts } = runRule(rule, code, "json");
    expect(drafts.map((d) => d.redact?.[0]?.start.column)).toEqual([15, 40]);
  });
});
