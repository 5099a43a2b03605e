import { describe, expect, it } from "vitest";
import { FAKE, fakeBody } from "./fake-secrets.js";
import { findSecretSpans } from "./secret-spans.js";
import { findKnownTokens, jwtHeaderAlgorithm, TOKEN_PATTERNS } from "./secret-patterns.js";

/**
 * The catalogue's formats, each with a line that holds a live-looking secret
 * (found, and exactly the secret part) and lines that must not be found
 * (stand-ins, look-alikes). Every pattern has its row: a format added without
 * cases fails the last test.
 */
const pem = (kind: string, body: string) =>
  `-----BEGIN ${kind}PRIVATE KEY-----\n${body}\n-----END ${kind}PRIVATE KEY-----`;
const unsignedJwt = [
  Buffer.from("not json at all").toString("base64url"),
  ".eyJ",
  fakeBody(20),
  ".",
  fakeBody(20, undefined, 9),
].join("");

interface Row {
  readonly bad: readonly { readonly text: string; readonly secret: string }[];
  readonly good: readonly string[];
}

const github = FAKE.github();
const gho = ["gh", "o_", fakeBody(36, undefined, 5)].join("");
const glpat = ["gl", "pat-", fakeBody(20, undefined, 7)].join("");
const aws = FAKE.aws();
const awsSecret = FAKE.awsSecret();
const slackUser = ["xo", "xp-", "123456789012", "-", fakeBody(20, undefined, 3)].join("");
const hook = FAKE.slackWebhook();
const stripe = FAKE.stripe();
const restricted = ["rk", "_live_", fakeBody(24, undefined, 11)].join("");
const stripeTest = FAKE.stripeTest();
const openai = FAKE.openai();
const legacy = FAKE.openaiLegacy();
const google = FAKE.google();
const body = FAKE.pemBody();
const jwt = FAKE.jwt();
const pw = fakeBody(14, undefined, 13);

const CASES: Readonly<Record<string, Row>> = {
  "private-key": {
    bad: [
      { text: pem("RSA ", body), secret: body },
      { text: pem("EC ", body), secret: body },
      { text: pem("OPENSSH ", body), secret: body },
      { text: pem("", body), secret: body },
    ],
    good: [pem("RSA ", "MIIEpAIBAAKCAQEA..."), "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----"],
  },
  "aws-access-key-id": {
    bad: [{ text: `aws_access_key_id = ${aws}`, secret: aws }],
    good: ["AKIAIOSFODNN7EXAMPLE", `id = AKIA${"x".repeat(16)}`],
  },
  "aws-secret-access-key": {
    bad: [{ text: `id=${aws}\nsecret=${awsSecret}`, secret: awsSecret }],
    // Without its key id, 40 characters of base64 are not known to be an AWS secret.
    good: [`secret=${awsSecret}`, `id=${aws}\nsha=${fakeBody(40, "0123456789abcdef")}`],
  },
  "github-token": {
    bad: [
      { text: `token: ${github}`, secret: github },
      { text: `"${gho}"`, secret: gho },
      { text: FAKE.githubFineGrained(), secret: FAKE.githubFineGrained() },
    ],
    good: [`ghp_${"x".repeat(36)}`, "ghp_short"],
  },
  "gitlab-token": {
    bad: [{ text: `GITLAB_TOKEN=${glpat}`, secret: glpat }],
    good: ["glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-short"],
  },
  "slack-token": {
    bad: [
      { text: `Bearer ${FAKE.slack()}`, secret: FAKE.slack() },
      { text: slackUser, secret: slackUser },
    ],
    good: ["xoxb-your-token-here", "xoxq-123456789012-abcdef"],
  },
  "slack-webhook": {
    bad: [{ text: `url: ${hook}`, secret: hook.slice("https://hooks.slack.com/services/".length) }],
    good: ["https://hooks.slack.com/services/T000/B000/XXXX", "https://hooks.slack.com/workflows/abc"],
  },
  "stripe-live-key": {
    bad: [
      { text: `"${stripe}"`, secret: stripe },
      { text: restricted, secret: restricted },
    ],
    good: ["sk_live_REPLACE_ME", `pk_live_${fakeBody(24)}`],
  },
  "stripe-test-key": {
    bad: [{ text: `STRIPE=${stripeTest}`, secret: stripeTest }],
    good: ["sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", `pk_test_${fakeBody(24)}`],
  },
  "connection-string-password": {
    bad: [
      { text: `postgres://admin:${pw}@db:5432/prod`, secret: pw },
      { text: `postgresql://u:${pw}@h/db`, secret: pw },
      { text: `postgresql+psycopg2://u:${pw}@h:5432/db`, secret: pw },
      { text: `mysql+pymysql://root:${pw}@h/app`, secret: pw },
      { text: `mysql://root:${pw}@10.0.0.5/app`, secret: pw },
      { text: `mongodb+srv://svc:${pw}@cluster0.example.net/db`, secret: pw },
      { text: `mongodb://svc:${pw}@h:27017`, secret: pw },
      { text: `redis://:${pw}@cache:6379/0`, secret: pw },
      { text: `amqp://guest:${pw}@mq:5672/`, secret: pw },
    ],
    good: [
      "postgres://admin:${DB_PASSWORD}@db/prod",
      "postgres://db.internal:5432/prod",
      "redis://cache:6379/0",
      "mysql://root:<password>@h/app",
      "postgresql+psycopg2://crm_app@db.internal:5432/crm",
    ],
  },
  "google-api-key": {
    bad: [{ text: `key=${google}&q=1`, secret: google }],
    good: [`AIza${"x".repeat(35)}`, "AIzaShort"],
  },
  "openai-key": {
    bad: [
      { text: `OPENAI_API_KEY=${openai}`, secret: openai },
      { text: `"${legacy}"`, secret: legacy },
    ],
    good: ["sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-test-operator-key-123456"],
  },
  "anthropic-key": {
    bad: [
      {
        text: `key: sk-ant-api03-${fakeBody(90, undefined, 2)}`,
        secret: `sk-ant-api03-${fakeBody(90, undefined, 2)}`,
      },
    ],
    good: ["sk-ant-api03-xxxx"],
  },
  "npm-token": {
    bad: [{ text: `//registry.npmjs.org/:_authToken=npm_${fakeBody(36)}`, secret: `npm_${fakeBody(36)}` }],
    good: [`npm_${"x".repeat(36)}`],
  },
  "sendgrid-key": {
    bad: [
      {
        text: `SG.${fakeBody(22)}.${fakeBody(43, undefined, 5)}`,
        secret: `SG.${fakeBody(22)}.${fakeBody(43, undefined, 5)}`,
      },
    ],
    good: ["SG.xxxx.yyyy"],
  },
  "huggingface-token": {
    bad: [{ text: `HF_TOKEN=${FAKE.huggingface()}`, secret: FAKE.huggingface() }],
    good: [`hf_${"x".repeat(34)}`],
  },
  "pypi-token": {
    bad: [{ text: `password = ${FAKE.pypi()}`, secret: FAKE.pypi() }],
    good: ["pypi-AgEIcHlwaS5vcmc"],
  },
  "azure-storage-key": {
    bad: [{ text: `AccountName=a;AccountKey=${FAKE.azureStorageKey()};`, secret: FAKE.azureStorageKey() }],
    good: ["AccountKey=<key>"],
  },
  "shopify-token": {
    bad: [{ text: FAKE.shopify(), secret: FAKE.shopify() }],
    good: [`shpat_${"0".repeat(32)}`],
  },
  "digitalocean-token": {
    bad: [{ text: FAKE.digitalocean(), secret: FAKE.digitalocean() }],
    good: [`dop_v1_${"0".repeat(64)}`],
  },
  "databricks-token": {
    bad: [{ text: FAKE.databricks(), secret: FAKE.databricks() }],
    good: [`dapi${"0".repeat(32)}`],
  },
  jwt: {
    bad: [{ text: `Authorization: ${jwt}`, secret: jwt }],
    // Three base64url parts, but the first is not a JSON header: not a signed token.
    good: [unsignedJwt, "eyJhbGciOi.eyJzdWIiOi.short"],
  },
};

describe("the secret catalogue, format by format", () => {
  for (const [id, row] of Object.entries(CASES)) {
    for (const [i, { text, secret }] of row.bad.entries()) {
      it(`${id}: finds case ${i + 1}, exactly the secret`, () => {
        const found = findKnownTokens(text).filter((m) => m.pattern.id === id);
        expect(found.map((m) => text.slice(m.start, m.end))).toEqual([secret]);
      });
    }
    for (const [i, text] of row.good.entries()) {
      it(`${id}: leaves stand-in ${i + 1} alone`, () => {
        expect(findKnownTokens(text).filter((m) => m.pattern.id === id)).toEqual([]);
      });
    }
  }

  it("has good and bad cases for every format", () => {
    for (const pattern of TOKEN_PATTERNS) {
      expect(CASES[pattern.id]?.bad.length ?? 0, pattern.id).toBeGreaterThan(0);
      expect(CASES[pattern.id]?.good.length ?? 0, pattern.id).toBeGreaterThan(0);
    }
  });

  it("reads a JWT's algorithm from its JSON header", () => {
    expect(jwtHeaderAlgorithm(jwt)).toBe("HS256");
    expect(jwtHeaderAlgorithm(unsignedJwt)).toBeUndefined();
  });
});

describe("a 1 MB line", () => {
  // Linear by construction (RE2 and one forward scan); these bound the time loosely on a loaded machine.
  const fillers: readonly (readonly [string, string])[] = [
    ["token characters", "a".repeat(1_000_000)],
    ["eyJ- runs", "eyJ-".repeat(250_000)],
    ["key=value pairs", "k=v ".repeat(250_000)],
    ["unclosed quotes after keys", 'api_key="x '.repeat(90_000)],
    ["postgres:// openings", "postgres://u:".repeat(76_000)],
    ["Bearer Bearer", "Bearer ".repeat(140_000)],
  ];
  it.each(fillers)("of %s finds the key at its end, fast", (_, filler) => {
    const text = `${filler} ${github}`;
    const started = performance.now();
    const known = findKnownTokens(text);
    const spans = findSecretSpans(text);
    const took = performance.now() - started;
    expect(known.map((m) => text.slice(m.start, m.end))).toContain(github);
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain(github);
    expect(took).toBeLessThan(5_000);
  });
});
