/**
 * Deterministic, secret-shaped strings for tests and examples. Built at run
 * time so no token-shaped literal sits in the repository for secret scanners
 * (ours included) to trip over.
 */
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** `length` characters of `alphabet`, stepping through it so neighbours differ. */
export function fakeBody(length: number, alphabet: string = ALNUM, seed = 3): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[(seed + i * 7) % alphabet.length] ?? "x";
  return out;
}

export const FAKE = {
  github: () => ["gh", "p_", fakeBody(36)].join(""),
  githubFineGrained: () => ["github", "_pat_", fakeBody(22), "_", fakeBody(59, ALNUM, 11)].join(""),
  aws: () => ["AK", "IA", fakeBody(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join(""),
  slack: () => ["xo", "xb-", "123456789012", "-", fakeBody(24)].join(""),
  stripe: () => ["sk", "_live_", fakeBody(24)].join(""),
  stripeTest: () => ["sk", "_test_", fakeBody(24)].join(""),
  openaiLegacy: () => ["sk", "-", fakeBody(48, ALNUM, 5)].join(""),
  slackWebhook: () =>
    [
      "https://hooks.",
      "slack.com/services/",
      "T",
      fakeBody(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
      "/B",
      fakeBody(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 5),
      "/",
      fakeBody(24, ALNUM, 13),
    ].join(""),
  postgresUrl: () => ["postgres", "://admin:", fakeBody(16, ALNUM, 19), "@db.internal:5432/prod"].join(""),
  google: () => ["AI", "za", fakeBody(35)].join(""),
  openai: () => ["sk", "-proj-", fakeBody(48)].join(""),
  awsSecret: () => fakeBody(40, `${ALNUM}/+`, 31),
  /** Signed: a real JSON header (HS256), a payload, a signature-shaped tail. */
  jwt: () =>
    [
      Buffer.from('{"alg":"HS256","typ":"JWT"}').toString("base64url"),
      ".ey",
      "J",
      fakeBody(30, ALNUM, 5),
      ".",
      fakeBody(43, ALNUM, 9),
    ].join(""),
  huggingface: () => ["h", "f_", fakeBody(34)].join(""),
  pypi: () => ["pypi-", "AgEIcHlwaS5vcmc", fakeBody(60, `${ALNUM}_-`, 21)].join(""),
  azureStorageKey: () => `${fakeBody(86, `${ALNUM}+/`, 17)}==`,
  shopify: () => ["shp", "at_", fakeBody(32, "0123456789abcdef", 7)].join(""),
  digitalocean: () => ["do", "p_v1_", fakeBody(64, "0123456789abcdef", 9)].join(""),
  databricks: () => ["da", "pi", fakeBody(32, "0123456789abcdef", 1)].join(""),
  pemBody: () => Array.from({ length: 3 }, (_, i) => fakeBody(64, `${ALNUM}+/`, i * 13)).join("\n"),
} as const;
