import { RE2JS } from "re2js";
import type { Severity } from "../../../core/severity.js";
import { looksLikePlaceholder, shannonEntropy } from "./entropy.js";

/**
 * Token formats that identify a credential by their shape alone. Exported for
 * every rule that looks for secrets (text files here; hard-coded credential
 * rules in Python and JavaScript). Each pattern marks the secret as its
 * `secret` named group, so only that part is redacted.
 *
 * Patterns are RE2 syntax and run on RE2JS, whose matching time is linear in
 * the text: a backtracking engine re-scans a long run of token characters
 * from every place a match could start (`eyJ-eyJ-…` for the JWT pattern), so
 * one crafted line took minutes (docs/security-notes/linear-work.md). RE2 has
 * no look-ahead: "not followed by a token character" is written as "followed
 * by another character or the end", which consumes that character but
 * cannot hide a token, since none starts with a character outside its class.
 */
export interface TokenPattern {
  readonly id: string;
  /** What it is, for messages: "GitHub personal access token". */
  readonly name: string;
  /**
   * Literal text every match contains one of (the fixed part each of the
   * pattern's alternatives starts with): a file holding none of them is not
   * searched, since `includes` is far cheaper than any regex engine.
   */
  readonly anchors: readonly string[];
  /** RE2 syntax, with a `secret` group. */
  readonly source: string;
  /**
   * For a block with an opening and a closing marker (PEM): the closing
   * marker that ends the block `source` opened, given the opening's first
   * group. RE2 has no back-references, so the closing marker is searched for.
   */
  readonly closing?: (opened: string) => string;
  /** A test on the secret the shape alone cannot make (a JWT's header is JSON). */
  readonly check?: (secret: string) => boolean;
  /**
   * Only a secret beside a match of this pattern in the same text: an AWS
   * secret access key is 40 characters anything could be, unless its key id
   * is written near it.
   */
  readonly pairedWith?: { readonly id: string; readonly within: number };
  readonly severity: Severity;
  /** Where to revoke or rotate it. */
  readonly rotate: string;
}

/** Characters that end a quoted URL in code: a password never spans them. */
const QUOTES = `"'\``;

export const TOKEN_PATTERNS: readonly TokenPattern[] = [
  {
    id: "private-key",
    name: "private key",
    // The body between the markers is the secret; the markers themselves are not.
    anchors: ["-----BEGIN "],
    source: String.raw`-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----`,
    closing: (opened) => `-----END ${opened}-----`,
    severity: "critical",
    rotate: "Generate a new key pair, replace the public key wherever it is trusted, and revoke the old one.",
  },
  {
    id: "aws-access-key-id",
    name: "AWS access key id",
    anchors: ["AKIA", "ASIA", "ABIA", "ACCA"],
    source: String.raw`\b(?P<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`,
    severity: "critical",
    rotate: "Deactivate the key in AWS IAM, create a new one, and check CloudTrail for its use.",
  },
  {
    id: "aws-secret-access-key",
    name: "AWS secret access key",
    // Every base64 alphabet character can start it, so the anchors are the key id's prefixes (pairedWith).
    anchors: ["AKIA", "ASIA", "ABIA", "ACCA"],
    source: String.raw`(?:^|[^A-Za-z0-9/+])(?P<secret>[A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)`,
    check: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /\d/.test(secret),
    pairedWith: { id: "aws-access-key-id", within: 1024 },
    severity: "critical",
    rotate: "Deactivate the key pair in AWS IAM, create a new one, and check CloudTrail for its use.",
  },
  {
    id: "github-token",
    name: "GitHub token",
    anchors: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
    source: String.raw`\b(?P<secret>gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b`,
    severity: "critical",
    rotate:
      "Revoke the token in GitHub's developer settings and create a new one with the least scope needed.",
  },
  {
    id: "gitlab-token",
    name: "GitLab personal access token",
    anchors: ["glpat-"],
    source: String.raw`\b(?P<secret>glpat-[A-Za-z0-9_-]{20,})(?:[^A-Za-z0-9_-]|$)`,
    severity: "critical",
    rotate: "Revoke the token in GitLab's access token settings and create a new one.",
  },
  {
    id: "slack-token",
    name: "Slack token",
    anchors: ["xox"],
    source: String.raw`\b(?P<secret>xox[baprs]-[0-9]{6,}-[A-Za-z0-9-]{6,})`,
    severity: "high",
    rotate: "Revoke the token in the Slack app's settings and issue a new one.",
  },
  {
    id: "slack-webhook",
    name: "Slack webhook URL",
    anchors: ["https://hooks.slack.com/services/"],
    source: String.raw`https://hooks\.slack\.com/services/(?P<secret>T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,})`,
    severity: "high",
    rotate: "Delete the webhook in Slack and create a new one.",
  },
  {
    id: "stripe-live-key",
    name: "Stripe live secret key",
    anchors: ["_live_"],
    source: String.raw`\b(?P<secret>(?:sk|rk)_live_[0-9A-Za-z]{24,99})\b`,
    severity: "critical",
    rotate: "Roll the key in the Stripe dashboard (Developers → API keys).",
  },
  {
    id: "stripe-test-key",
    name: "Stripe test secret key",
    anchors: ["_test_"],
    source: String.raw`\b(?P<secret>(?:sk|rk)_test_[0-9A-Za-z]{24,99})\b`,
    severity: "medium",
    rotate: "Roll the key in the Stripe dashboard (Developers → API keys, test mode).",
  },
  {
    id: "connection-string-password",
    name: "connection string with a password",
    // scheme://user:password@host — the password is the secret; the user may be empty (redis://:pw@host).
    // A scheme may name a driver or variant after a plus: SQLAlchemy's postgresql+psycopg2, mongodb+srv.
    anchors: ["://"],
    source: String.raw`\b(?:postgres(?:ql)?|mysql|mariadb|mongodb|rediss?|amqps?)(?:\+\w{1,32})?://[^\s:@/${QUOTES}]{0,256}:(?P<secret>[^\s@/${QUOTES}]{1,256})@[^\s${QUOTES}]`,
    severity: "high",
    rotate:
      "Change the database or broker user's password, then load the URL from the environment or a secret manager.",
  },
  {
    id: "google-api-key",
    name: "Google API key",
    anchors: ["AIza"],
    source: String.raw`\b(?P<secret>AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)`,
    severity: "high",
    rotate: "Delete or regenerate the key in Google Cloud's credentials page and restrict the new one.",
  },
  {
    id: "openai-key",
    name: "OpenAI API key",
    anchors: ["sk-"],
    source: String.raw`\b(?P<secret>sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|sk-[A-Za-z0-9]{48})(?:[^A-Za-z0-9_-]|$)`,
    severity: "high",
    rotate: "Revoke the key in the OpenAI dashboard and create a new one.",
  },
  {
    id: "anthropic-key",
    name: "Anthropic API key",
    anchors: ["sk-ant-"],
    source: String.raw`\b(?P<secret>sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,})(?:[^A-Za-z0-9_-]|$)`,
    severity: "high",
    rotate: "Revoke the key in the Anthropic console and create a new one.",
  },
  {
    id: "npm-token",
    name: "npm access token",
    anchors: ["npm_"],
    source: String.raw`\b(?P<secret>npm_[A-Za-z0-9]{36})\b`,
    severity: "high",
    rotate: "Revoke the token with `npm token revoke` and create a new one.",
  },
  {
    id: "sendgrid-key",
    name: "SendGrid API key",
    anchors: ["SG."],
    source: String.raw`\b(?P<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)`,
    severity: "high",
    rotate: "Delete the key in SendGrid's API key settings and create a new one.",
  },
  {
    id: "huggingface-token",
    name: "Hugging Face access token",
    anchors: ["hf_"],
    source: String.raw`\b(?P<secret>hf_[A-Za-z0-9]{34,40})\b`,
    severity: "high",
    rotate: "Invalidate the token in Hugging Face's access token settings and create a new one.",
  },
  {
    id: "pypi-token",
    name: "PyPI upload token",
    // "pypi-AgEIcHlwaS5vcmc" is the fixed, base64-encoded start of every pypi.org macaroon.
    anchors: ["pypi-AgEIcHlwaS5vcmc"],
    source: String.raw`\b(?P<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})(?:[^A-Za-z0-9_-]|$)`,
    severity: "critical",
    rotate: "Remove the token in PyPI's account settings and create a new, project-scoped one.",
  },
  {
    id: "azure-storage-key",
    name: "Azure Storage account key",
    anchors: ["AccountKey="],
    source: String.raw`AccountKey=(?P<secret>[A-Za-z0-9+/]{86}==)`,
    severity: "critical",
    rotate: "Rotate the key in the storage account's Access keys page; prefer Entra ID or SAS tokens.",
  },
  {
    id: "shopify-token",
    name: "Shopify access token",
    anchors: ["shpat_", "shpca_", "shppa_", "shpss_"],
    source: String.raw`\b(?P<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b`,
    severity: "high",
    rotate: "Uninstall and reinstall the app (or rotate the custom app's token) to invalidate it.",
  },
  {
    id: "digitalocean-token",
    name: "DigitalOcean token",
    anchors: ["_v1_"],
    source: String.raw`\b(?P<secret>do[opr]_v1_[a-f0-9]{64})\b`,
    severity: "critical",
    rotate: "Revoke the token in DigitalOcean's API settings and create a new one.",
  },
  {
    id: "databricks-token",
    name: "Databricks personal access token",
    anchors: ["dapi"],
    source: String.raw`\b(?P<secret>dapi[a-f0-9]{32}(?:-\d)?)\b`,
    severity: "high",
    rotate: "Revoke the token in the Databricks workspace's user settings and create a new one.",
  },
  {
    id: "jwt",
    name: "JSON Web Token",
    anchors: ["eyJ"],
    source: String.raw`\b(?P<secret>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})(?:[^A-Za-z0-9_-]|$)`,
    // Signed: its header is a JSON object naming the algorithm.
    check: (secret) => jwtHeaderAlgorithm(secret) !== undefined,
    severity: "medium",
    rotate:
      "Treat the token as leaked: revoke it (or rotate the signing key) and issue tokens only at run time.",
  },
];

export interface TokenMatch {
  readonly pattern: TokenPattern;
  /** UTF-16 offsets of the secret part in the text; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
}

/**
 * Every known token in `text`, leftmost first, skipping stand-ins such as
 * AWS's documented AKIAIOSFODNN7EXAMPLE or "ghp_xxxx…", and PEM blocks whose
 * body is elided ("...").
 */
export function findKnownTokens(text: string): TokenMatch[] {
  const matches: TokenMatch[] = [];
  for (const pattern of TOKEN_PATTERNS) {
    for (const { start: found, secret } of occurrences(pattern, text)) {
      const value = secret.trim();
      if (isStandIn(pattern, value) || pattern.check?.(value) === false) continue;
      const start = found + secret.length - secret.trimStart().length;
      matches.push({ pattern, start, end: start + value.length });
    }
  }
  return paired(matches).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Drops a paired pattern's matches with no partner near them, and any match inside a partner. */
function paired(matches: readonly TokenMatch[]): TokenMatch[] {
  return matches.filter((m) => {
    const pair = m.pattern.pairedWith;
    if (pair === undefined) return true;
    const partners = matches.filter((p) => p.pattern.id === pair.id);
    return (
      partners.every((p) => p.end <= m.start || m.end <= p.start) &&
      partners.some((p) => Math.abs(p.start - m.start) <= pair.within)
    );
  });
}

/** The `alg` of a JWT's header, or undefined when the first part is not a JSON header. */
export function jwtHeaderAlgorithm(token: string): string | undefined {
  const head = token.slice(0, token.indexOf("."));
  if (head.length > 1024) return undefined;
  try {
    const json: unknown = JSON.parse(Buffer.from(head, "base64url").toString("utf8"));
    if (typeof json !== "object" || json === null) return undefined;
    const alg = (json as { alg?: unknown }).alg;
    return typeof alg === "string" ? alg : undefined;
  } catch {
    return undefined;
  }
}

const COMPILED = new Map(TOKEN_PATTERNS.map((p) => [p.id, RE2JS.compile(p.source)]));

/** The compiled form of a pattern (exported for the test that every pattern compiles on RE2). */
export function compiledPattern(pattern: TokenPattern): RE2JS {
  const compiled = COMPILED.get(pattern.id);
  if (!compiled) throw new Error(`unknown token pattern ${pattern.id}`);
  return compiled;
}

/** Each match of a pattern, leftmost first and not overlapping, with its secret group. */
function* occurrences(pattern: TokenPattern, text: string): Generator<{ start: number; secret: string }> {
  if (!pattern.anchors.some((anchor) => text.includes(anchor))) return;
  const compiled = compiledPattern(pattern);
  // The search without groups runs on RE2's fastest engine; most files hold no token at all.
  if (!compiled.test(text)) return;
  const matcher = compiled.matcher(text);
  if (pattern.closing) {
    yield* blocks(matcher, text, pattern.closing);
    return;
  }
  while (matcher.find()) {
    const secret = matcher.group("secret");
    if (secret !== null) yield { start: matcher.start("secret"), secret };
  }
}

/**
 * Blocks from an opening marker to the first closing marker of the same kind
 * after it. Where a kind of closing marker was found last is remembered, so
 * many openings with no closing marker cost one search, not one each.
 */
function* blocks(
  matcher: ReturnType<RE2JS["matcher"]>,
  text: string,
  closing: (opened: string) => string,
): Generator<{ start: number; secret: string }> {
  const lastFound = new Map<string, number>();
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    const marker = closing(matcher.group(1) ?? "");
    const bodyStart = matcher.end();
    let end = lastFound.get(marker);
    if (end === undefined || (end !== -1 && end < bodyStart)) {
      end = text.indexOf(marker, bodyStart);
      lastFound.set(marker, end);
    }
    if (end === -1) {
      from = matcher.start() + 1;
      continue;
    }
    yield { start: bodyStart, secret: text.slice(bodyStart, end) };
    from = end + marker.length;
  }
}

function isStandIn(pattern: TokenPattern, value: string): boolean {
  // Passwords are chosen by people, so low entropy does not make one a stand-in.
  if (pattern.id === "connection-string-password") return looksLikePlaceholder(value) || value.length < 4;
  if (pattern.id === "private-key") {
    const body = value.replace(/^[A-Za-z-]+:.*$/gm, "").replace(/\s+/g, "");
    return body.length < 64 || /\.\.\.|x{8,}/i.test(body);
  }
  // The prefix is fixed, so judge only what follows it.
  const tail = value.replace(
    /^(?:gh[pousr]_|github_pat_|glpat-|xox[baprs]-|(?:sk|rk)_(?:live|test)_|AIza|sk-(?:proj-|svcacct-|admin-|ant-)?|npm_|SG\.|AKIA|ASIA|ABIA|ACCA|hf_|pypi-AgEIcHlwaS5vcmc|shp(?:at|ca|pa|ss)_|do[opr]_v1_|dapi)/,
    "",
  );
  return looksLikePlaceholder(tail) || /EXAMPLE$/.test(value) || shannonEntropy(tail) < 2.5;
}
