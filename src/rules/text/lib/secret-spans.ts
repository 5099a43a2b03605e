import { scanPairs, type ScannedPair } from "./pair-scanner.js";
import { codePointLength, looksLikePlaceholder, shannonEntropy } from "./entropy.js";
import { findKnownTokens } from "./secret-patterns.js";

/**
 * Everything in a text that must not leave for a model: wider than what the
 * secret rules report, since a mask costs the model little and a leak cannot
 * be undone (docs/security-notes/secrets-and-models.md).
 *
 * - every format of the catalogue (secret-patterns.ts), connection-string
 *   passwords and private key bodies included;
 * - a literal assigned to a key-, secret-, token- or password-like name
 *   (`api_token = "…"`, `{ apiKey: "…" }`, `password="…"`), unless it is a
 *   stand-in, a reference, a label or a word;
 * - a long random-looking quoted literal under any key of a config object or
 *   assignment (`{ key: "3f9a…" }`, `config = {"cipher_seed": "…"}`);
 * - the token after `Bearer ` in a header value.
 *
 * Pure and linear in the text: RE2 patterns and one forward scan of pairs.
 */
export interface SecretSpan {
  /** UTF-16 offsets; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
  /** Why it is masked: a catalogue id, `named-literal`, `config-literal` or `bearer`. */
  readonly kind: string;
}

// Names ending in a secret's name: password, passwd, passphrase, pwd, secret, token, credentials,
// api_key / apiKey, private_key, secret_key_base, <vendor>_key (STRIPE_KEY).
const SECRET_NAME =
  /(?:pass(?:word|wd|phrase)?|pwd|secret|token|credentials?|(?:api|access|private|secret|signing|encryption|auth|session|master|license|crypto|cipher|jwt|hmac|openai|anthropic|stripe|aws|gcp|azure|slack|github|gitlab|twilio|sendgrid|mailgun|datadog|sentry)[_.-]?key(?:[_.-]?base)?)\d*$/i;
// Names code also gives keys and salts, but also sort keys and cookie names: only random values count.
const KEYISH_NAME = /(?:key|salt|hmac|dsn|auth|bearer|cookie|signature|sig)\d*$/i;

/** A value that names a secret rather than being one: "X-Auth-Token", "user_password", "PASSWORD". */
const NAMES_A_SECRET = /pass(?:word)?|secret|token|key|auth/i;

/** Placeholders already in a text: masked once, never again. */
const MASKED = /«(?:secret:\d+|redacted)»/;

export function findSecretSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = findKnownTokens(text).map((m) => ({
    start: m.start,
    end: m.end,
    kind: m.pattern.id,
  }));
  for (const pair of scanPairs(text)) {
    const literal = literalOf(pair);
    if (literal === undefined) continue;
    const kind =
      SECRET_NAME.test(pair.key) && namedSecret(literal.value)
        ? "named-literal"
        : KEYISH_NAME.test(pair.key) && randomLooking(literal.value, 12)
          ? "named-literal"
          : pair.quoted && randomLooking(literal.value, 20)
            ? "config-literal"
            : undefined;
    if (kind !== undefined) spans.push({ start: literal.start, end: literal.end, kind });
  }
  for (const bearer of text.matchAll(BEARER)) {
    const token = bearer[1] ?? "";
    if (MASKED.test(token) || looksLikePlaceholder(token)) continue;
    const start = bearer.index + bearer[0].length - token.length;
    spans.push({ start, end: start + token.length, kind: "bearer" });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** `Bearer <token>`: a run of token characters of bounded length, one pass (no nested quantifier). */
const BEARER = /\bBearer[ \t]+([A-Za-z0-9._~+/=-]{16,4096})/g;

/** The value of a pair as a literal, trimmed of code punctuation a bare scan keeps (`` `x`; ``). */
function literalOf(pair: ScannedPair): { value: string; start: number; end: number } | undefined {
  if (pair.quoted) return { value: pair.value, start: pair.start, end: pair.end };
  const lead = /^`/.exec(pair.value)?.[0].length ?? 0;
  const trail = /(?<![`;)])[`;)]*$/.exec(pair.value)?.[0].length ?? 0;
  const value = pair.value.slice(lead, pair.value.length - trail);
  // A bare value in code is an expression (a call, a name) unless it was a template literal,
  // or is too random to be a name: `# api_key: q7Wm2ZxP9kLr4TbN8vYc` in a comment or YAML.
  if (lead === 0 && /[()]/.test(pair.value)) return undefined;
  if (
    lead === 0 &&
    /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*;?$/.test(pair.value) &&
    !randomLooking(value, 16)
  )
    return undefined;
  return { value, start: pair.start + lead, end: pair.start + lead + value.length };
}

/** Under a secret's name: anything typed or generated, not a word, reference or setting. */
function namedSecret(value: string): boolean {
  if (!plausible(value)) return false;
  if (codePointLength(value) < 6 || NAMES_A_SECRET.test(value)) return false;
  // An environment variable's or a constant's name: `password_env = "DB_PASSWORD"`.
  if (/^[A-Z][A-Z0-9_]*$/.test(value) && value.includes("_")) return false;
  return shannonEntropy(value) >= 2.3;
}

/** Random-looking: at least `length` long, letters and digits mixed, high entropy. */
function randomLooking(value: string, length: number): boolean {
  if (!plausible(value) || codePointLength(value) < length) return false;
  if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  return shannonEntropy(value) >= (length < 20 ? 3 : 3.5);
}

function plausible(value: string): boolean {
  // Secrets are printable ASCII without spaces; prose, labels and translations are not.
  if (!/^[\x21-\x7e]+$/.test(value) || MASKED.test(value)) return false;
  if (looksLikePlaceholder(value)) return false;
  // Numbers, paths, plain URLs (a URL with a password is the catalogue's), identifiers with dots.
  return !/^[\d.,_:-]+$/.test(value) && !/^(?:\.{0,2}\/|~\/|[a-z][a-z0-9+.-]*:\/\/[^@]*$)/i.test(value);
}
