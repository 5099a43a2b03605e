import { describe, expect, it } from "vitest";
import { LineIndex } from "../../core/location.js";
import { runRule, testRule } from "../rule-tester.js";
import { FAKE, fakeBody } from "./lib/fake-secrets.js";
import rule from "./known-token.js";

const pem = (kind: string, body: string) =>
  `-----BEGIN ${kind}PRIVATE KEY-----\n${body}\n-----END ${kind}PRIVATE KEY-----`;

testRule(rule, {
  invalid: [
    {
      name: "a Stripe test-mode key",
      language: "toml",
      code: `stripe_key = "sk_test_${fakeBody(24)}"\n`,
      lines: [1],
    },
    {
      name: "Stripe, OpenAI and Slack webhook in Python source",
      language: "python",
      code: `import os\nSTRIPE = "${FAKE.stripe()}"\nOPENAI = "${FAKE.openai()}"\nHOOK = "${FAKE.slackWebhook()}"\n`,
      lines: [2, 3, 4],
    },
    {
      name: "a legacy OpenAI key and a Stripe test key in TypeScript",
      language: "typescript",
      code: `export const a = "${FAKE.openaiLegacy()}";\nexport const b = "${FAKE.stripeTest()}";\n`,
      lines: [1, 2],
    },
    {
      name: "connection strings with passwords (postgres, mysql, mongodb+srv, redis, amqp)",
      language: "javascript",
      code: [
        `const pg = "${FAKE.postgresUrl()}";`,
        `const my = "mysql://root:${fakeBody(12, undefined, 2)}@10.0.0.5/app";`,
        `const mongo = "mongodb+srv://svc:${fakeBody(12, undefined, 4)}@cluster0.example.net/db";`,
        `const redis = "redis://:${fakeBody(12, undefined, 6)}@cache:6379/0";`,
        `const mq = "amqp://guest:${fakeBody(12, undefined, 8)}@mq:5672/";`,
        "",
      ].join("\n"),
      lines: [1, 2, 3, 4, 5],
    },
    {
      name: "GitHub token in .env",
      language: "dotenv",
      code: `DEBUG=1\nGITHUB_TOKEN=${FAKE.github()}\n`,
      lines: [2],
    },
    {
      name: "fine-grained GitHub token",
      language: "yaml",
      code: `ci:\n  token: ${FAKE.githubFineGrained()}\n`,
      lines: [2],
    },
    {
      name: "AWS access key id in YAML",
      language: "yaml",
      code: `aws:\n  region: eu-west-1\n  access_key_id: ${FAKE.aws()}\n`,
      lines: [3],
    },
    {
      name: "Google API key in JSON",
      language: "json",
      code: `{\n  "maps": {\n    "key": "${FAKE.google()}"\n  }\n}\n`,
      lines: [3],
    },
    {
      name: "RSA private key: the body is flagged",
      language: "text",
      code: `id_rsa:\n${pem("RSA ", FAKE.pemBody())}\n`,
      lines: [3],
    },
    {
      name: "OpenSSH private key in Markdown",
      language: "markdown",
      code: `# Deploy\n\n\`\`\`\n${pem("OPENSSH ", FAKE.pemBody())}\n\`\`\`\n`,
      lines: [5],
    },
    {
      name: "Slack bot token in a shell script",
      language: "shell",
      code: `#!/bin/sh\ncurl -H "Authorization: Bearer ${FAKE.slack()}" https://slack.com/api/chat.postMessage\n`,
      lines: [2],
    },
    {
      name: "Stripe live key in TOML",
      language: "toml",
      code: `[payments]\nstripe_key = "${FAKE.stripe()}"\n`,
      lines: [2],
    },
    {
      name: "OpenAI project key in INI",
      language: "ini",
      code: `[llm]\nopenai = ${FAKE.openai()}\n`,
      lines: [2],
    },
    {
      name: "JWT in Markdown",
      language: "markdown",
      code: `Call it with:\n\n    Authorization: Bearer ${FAKE.jwt()}\n`,
      lines: [3],
    },
    {
      name: "two tokens, two lines",
      language: "dotenv",
      code: `A=${FAKE.github()}\nB=x\nC=${FAKE.stripe()}\n`,
      lines: [1, 3],
    },
    {
      name: "Azure Storage connection string in JSON",
      language: "json",
      code: `{\n  "storage": "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=${FAKE.azureStorageKey()};EndpointSuffix=core.windows.net"\n}\n`,
      lines: [2],
    },
    {
      name: "GCP service-account JSON with an escaped PEM key",
      language: "json",
      code: `{\n  "type": "service_account",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${FAKE.pemBody().replace(/\n/g, "\\n")}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "svc@p.iam.gserviceaccount.com"\n}\n`,
      lines: [3],
    },
    {
      name: "PyPI token in .pypirc",
      language: "ini",
      code: `[pypi]\nusername = __token__\npassword = ${FAKE.pypi()}\n`,
      lines: [3],
    },
    {
      name: "Hugging Face token in a shell script",
      language: "shell",
      code: `export HF_TOKEN=${FAKE.huggingface()}\n`,
      lines: [1],
    },
  ],
  valid: [
    { name: "a Hugging Face token placeholder", language: "dotenv", code: `HF_TOKEN=hf_${"x".repeat(34)}\n` },
    { name: "AWS's documented example key", language: "yaml", code: "access_key_id: AKIAIOSFODNN7EXAMPLE\n" },
    { name: "a placeholder GitHub token", language: "dotenv", code: `GITHUB_TOKEN=ghp_${"x".repeat(36)}\n` },
    { name: "a reference to the environment", language: "yaml", code: "token: ${GITHUB_TOKEN}\n" },
    { name: "an elided PEM body", language: "markdown", code: `${pem("RSA ", "MIIEpAIBAAKCAQEA...")}\n` },
    {
      name: "a public key",
      language: "text",
      code: `-----BEGIN PUBLIC KEY-----\n${fakeBody(64)}\n-----END PUBLIC KEY-----\n`,
    },
    {
      name: "a connection string whose password is a variable",
      language: "python",
      code: 'DB = "postgres://app:${DB_PASSWORD}@db/prod"\nREDIS = "redis://localhost:6379/0"\n',
    },
    {
      name: "a token prefix in prose",
      language: "markdown",
      code: "GitHub tokens start with ghp_ or github_pat_.\n",
    },
    { name: "a low-entropy Slack-shaped string", language: "text", code: "xoxb-000000000000-aaaaaaaaaaaa\n" },
  ],
});

describe("text/known-token redaction", () => {
  const cases = [
    { language: "dotenv" as const, secret: FAKE.github(), code: (s: string) => `GITHUB_TOKEN=${s}\n` },
    { language: "yaml" as const, secret: FAKE.aws(), code: (s: string) => `aws:\n  id: "${s}" # prod\n` },
    { language: "text" as const, secret: FAKE.pemBody(), code: (s: string) => `${pem("EC ", s)}\n` },
  ];
  for (const c of cases) {
    it(`redacts exactly the ${c.language} secret and never repeats it`, () => {
      const code = c.code(c.secret);
      const { drafts } = runRule(rule, code, c.language);
      expect(drafts).toHaveLength(1);
      const draft = drafts[0]!;
      const index = new LineIndex(code);
      const redacted = draft.redact?.map((r) => code.slice(index.offsetAt(r.start), index.offsetAt(r.end)));
      expect(redacted).toEqual([c.secret]);
      expect(draft.range).toEqual(draft.redact?.[0]);
      expect(JSON.stringify(draft)).not.toContain(c.secret.slice(0, 12));
    });
  }

  it("names the token kind and how to rotate it", () => {
    const [draft] = runRule(rule, `key=${FAKE.stripe()}\n`, "dotenv").drafts;
    expect(draft?.description).toBe(
      "A Stripe live secret key is committed in this file (value redacted). Roll the key in the Stripe dashboard (Developers → API keys).",
    );
    expect(draft?.severity).toBe("critical");
  });
});
