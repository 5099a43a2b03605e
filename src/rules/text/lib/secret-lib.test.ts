import { describe, expect, it } from "vitest";
import { findAssignments } from "./assignments.js";
import { looksLikePlaceholder, shannonEntropy } from "./entropy.js";
import { FAKE, fakeBody } from "./fake-secrets.js";
import { compiledPattern, findKnownTokens, TOKEN_PATTERNS } from "./secret-patterns.js";

describe("shannonEntropy", () => {
  const cases = [
    ["", 0],
    ["aaaa", 0],
    ["abab", 1],
    ["abcd", 2],
    ["0123456789abcdef", 4],
  ] as const;
  for (const [value, bits] of cases)
    it(`${JSON.stringify(value)} → ${bits}`, () => expect(shannonEntropy(value)).toBeCloseTo(bits, 5));
});

describe("looksLikePlaceholder", () => {
  const placeholders = [
    "",
    "${DB_PASSWORD}",
    "$TOKEN",
    "{{ secret }}",
    "<your-key>",
    "%(password)s",
    "%API_KEY%",
    "changeme",
    "CHANGE_ME",
    "xxxxxxxxxxxx",
    "********",
    "your_api_key_here",
    "os.environ['X']",
    "vault:secret/data/db",
    "00000000",
  ];
  const real = ["Xk9#mP2$vL7qR4wZ", "hunter2hunter2", "q7Wm2ZxP9kLr4TbN8vYc"];
  for (const value of placeholders)
    it(`${JSON.stringify(value)} is a placeholder`, () => expect(looksLikePlaceholder(value)).toBe(true));
  for (const value of real)
    it(`${JSON.stringify(value)} is not`, () => expect(looksLikePlaceholder(value)).toBe(false));
});

describe("findAssignments", () => {
  const cases = [
    ["KEY=value", [["KEY", "value"]]],
    ['export API_TOKEN="a b"', [["API_TOKEN", "a b"]]],
    ["  password: s3cr3t # comment", [["password", "s3cr3t"]]],
    [
      '{"apiKey": "abc", "n": 1}',
      [
        ["apiKey", "abc"],
        ["n", "1"],
      ],
    ],
    ["secret = 'q'", [["secret", "q"]]],
    ["PASSWORD=a#b", [["PASSWORD", "a#b"]]],
    ["url: http://host:80/x", [["url", "http://host:80/x"]]],
    ["just prose here", []],
    ["parent:\n  child: value", [["child", "value"]]],
    [
      "hook: https://h.example/x?token=abc&sig=def",
      [
        ["hook", "https://h.example/x?token=abc&sig=def"],
        ["token", "abc"],
        ["sig", "def"],
      ],
    ],
  ] as const;
  for (const [line, pairs] of cases) {
    it(JSON.stringify(line), () => {
      const found = findAssignments(line);
      expect(found.map((a) => [a.key, a.value])).toEqual(pairs);
      for (const a of found) expect(line.slice(a.start, a.end)).toBe(a.value);
    });
  }
});

describe("TOKEN_PATTERNS", () => {
  it("finds an Azure Storage key inside its connection string, without the AccountKey= label", () => {
    const key = FAKE.azureStorageKey();
    const text = `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${key};EndpointSuffix=core.windows.net`;
    const found = findKnownTokens(text);
    expect(found.map((m) => [m.pattern.id, text.slice(m.start, m.end)])).toEqual([
      ["azure-storage-key", key],
    ]);
  });

  it("are RE2 patterns (linear-time matching) with a secret group or a closing marker, each with a unique id", () => {
    for (const pattern of TOKEN_PATTERNS) {
      const compiled = compiledPattern(pattern);
      if (pattern.closing) expect(compiled.groupCount()).toBeGreaterThanOrEqual(1);
      else expect(Object.keys(compiled.namedGroups())).toEqual(["secret"]);
    }
    expect(new Set(TOKEN_PATTERNS.map((p) => p.id)).size).toBe(TOKEN_PATTERNS.length);
  });

  it("anchor each pattern on literal text its source spells out, so the cheap pre-check cannot skip a match", () => {
    // A paired pattern is searched only where its partner is, so its partner's anchors are its own.
    for (const pattern of TOKEN_PATTERNS.filter((p) => p.pairedWith === undefined)) {
      const literal = pattern.source.replace(/\\(.)/g, "$1");
      expect(pattern.anchors.length, pattern.id).toBeGreaterThan(0);
      // Each anchor is text of the source itself, or a prefix alternative written out (AKIA|ASIA, gh[pousr]_).
      for (const anchor of pattern.anchors) {
        const spelled = literal.includes(anchor) || literal.includes(anchor.slice(0, 2));
        expect(spelled, `${pattern.id}: ${anchor}`).toBe(true);
      }
    }
  });

  it("finds a private key block past openings of other kinds that never close", () => {
    const body = fakeBody(120);
    const text = `-----BEGIN EC PRIVATE KEY-----\nx\n-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`;
    const found = findKnownTokens(text).map((m) => [m.pattern.id, text.slice(m.start, m.end)]);
    expect(found).toEqual([["private-key", body]]);
  });

  const cases = [
    ["github-token", FAKE.github()],
    ["github-token", FAKE.githubFineGrained()],
    ["aws-access-key-id", FAKE.aws()],
    ["slack-token", FAKE.slack()],
    ["stripe-live-key", FAKE.stripe()],
    ["google-api-key", FAKE.google()],
    ["openai-key", FAKE.openai()],
    ["jwt", FAKE.jwt()],
    ["huggingface-token", FAKE.huggingface()],
    ["pypi-token", FAKE.pypi()],
    ["shopify-token", FAKE.shopify()],
    ["digitalocean-token", FAKE.digitalocean()],
    ["databricks-token", FAKE.databricks()],
  ] as const;
  for (const [id, token] of cases) {
    it(`finds a ${id} inside other text, exactly`, () => {
      const text = `prefix "${token}" suffix`;
      const found = findKnownTokens(text);
      expect(found.map((m) => [m.pattern.id, text.slice(m.start, m.end)])).toEqual([[id, token]]);
    });
  }
});
