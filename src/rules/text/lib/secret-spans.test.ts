import { describe, expect, it } from "vitest";
import { FAKE, fakeBody } from "./fake-secrets.js";
import { findSecretSpans } from "./secret-spans.js";

/** What is masked before text leaves for a model: each case names the values that must go. */
const hex = fakeBody(32, "0123456789abcdef", 5);
const random = fakeBody(28, undefined, 61);
const MASKED: readonly (readonly [string, string, readonly string[]])[] = [
  ["a catalogue format in code", `const k = "${FAKE.stripe()}";`, [FAKE.stripe()]],
  ["a crypto key in a JS config object", `const config = { cipher: "aes-256-gcm", key: "${hex}" };`, [hex]],
  ["a Python config dict", `config = {"secret": "${random}", "region": "eu"}`, [random]],
  ["a named token", `api_token = "${random}"`, [random]],
  ["a keyword argument", `connect(host, password="Zq8wLp2Rx7")`, ["Zq8wLp2Rx7"]],
  ["an attribute", `this.apiKey = '${random}';`, [random]],
  ["a template literal", `const clientSecret = \`${random}\`;`, [random]],
  ["a secret in a comment", `# api_key: ${random}`, [random]],
  ["a random literal under any key", `settings = { seed: "${random}" }`, [random]],
  ["a Bearer token", `headers = { Authorization: "Bearer ${random}" }`, [random]],
  ["a low-entropy password by name", 'DB_PASSWORD = "hunter2hunter2"', ["hunter2hunter2"]],
];
const KEPT: readonly (readonly [string, string])[] = [
  ["a UI label", 'LABEL_PASSWORD = "Password"'],
  ["an i18n key", "t('password')"],
  ["a translated label", '{"password": "Mot de passe"}'],
  ["an environment reference", 'password = os.environ["DB_PASSWORD"]'],
  ["a call", "token = get_token(request)"],
  ["a property path", "const secret = config.auth.secret;"],
  ["an environment variable's name", 'password_env = "DB_PASSWORD"'],
  ["a header name", 'TOKEN_HEADER = "X-Auth-Token"'],
  ["a sort key", 'sort_key = "created_at"'],
  ["a short setting", 'cookie = "sid"'],
  ["a URL without credentials", 'auth_url = "https://auth.example.org/oauth/token"'],
  ["a placeholder", 'api_key = "<your-api-key>"'],
  ["an already masked value", 'token = "«secret:1»"'],
];

describe("findSecretSpans", () => {
  it.each(MASKED)("masks %s", (_, text, values) => {
    const found = findSecretSpans(text).map((s) => text.slice(s.start, s.end));
    for (const value of values) expect(found).toContain(value);
  });
  it.each(KEPT)("keeps %s", (_, text) => {
    expect(findSecretSpans(text)).toEqual([]);
  });
});
