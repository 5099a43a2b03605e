import { defineRule } from "../define-rule.js";
import { findAssignments } from "./lib/assignments.js";
import { codePointLength, looksLikePlaceholder, shannonEntropy } from "./lib/entropy.js";
import { findKnownTokens } from "./lib/secret-patterns.js";
import { TEXT_LANGUAGES } from "./lib/text-languages.js";

// Key names that hold secrets: password, passwd, pwd, secret, token, api_key, apikey,
// access_key, private_key, client_secret, auth_token, credentials, signing_key.
const SECRET_KEY =
  /(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|credentials?|signing[_.-]?key|encryption[_.-]?key|auth[_.-]?key)(?:$|[^a-z])/i;
// ...unless the key names something about the secret rather than the secret itself.
const NOT_A_SECRET =
  /(?:file|path|dir|url|uri|endpoint|env|var|name|id|length|len|size|min|max|ttl|expiry|expires|timeout|type|header|field|policy|hint|prompt|count|enabled|required|format|algorithm|mode|regex|pattern|prefix|label|key[_.-]?id)$/i;

const EXAMPLE_PATH =
  /(?:^|[/._-])(?:examples?|samples?|templates?|dist|fixtures?|tests?|mocks?)(?:$|[/._-])/i;

/** Below these a value is a short word or a low-variety string, not a generated secret. */
const MIN_LENGTH = 8;
const MIN_ENTROPY_SHORT = 2.8;
const MIN_ENTROPY_LONG = 3.0;

export default defineRule(
  {
    id: "text/high-entropy-secret",
    languages: TEXT_LANGUAGES,
    category: "security",
    severity: "high",
    confidence: 0.7,
    cwe: ["CWE-798"],
    owasp: "A07:2021-Identification and Authentication Failures",
    title: "Secret value in a configuration file",
    description: "A key named like a password, token or API key is set to a literal, random-looking value.",
    why: "A secret in a committed file is readable by everyone with the repository and stays in its history after it is deleted.",
    howToFix:
      "Rotate the secret, then reference it instead of writing it (${DB_PASSWORD}, a secret manager, or an untracked .env file listed in .gitignore).",
    references: ["https://cwe.mitre.org/data/definitions/798.html"],
    fixable: false,
    family: "hardcoded-credentials",
  },
  (ctx) => {
    // Examples, templates and test fixtures hold more made-up values than live ones.
    const confidence = EXAMPLE_PATH.test(ctx.file.path) ? 0.5 : undefined;
    const knownTokens = findKnownTokens(ctx.text);
    for (const assignment of findAssignments(ctx.text)) {
      const { key, value } = assignment;
      if (!SECRET_KEY.test(key) || NOT_A_SECRET.test(key)) continue;
      if (!looksLikeSecret(value)) continue;
      // text/known-token names these precisely.
      if (knownTokens.some((t) => t.start < assignment.end && assignment.start < t.end)) continue;
      const range = {
        start: ctx.lines.positionAt(assignment.start),
        end: ctx.lines.positionAt(assignment.end),
      };
      ctx.report({
        range,
        redact: [range],
        ...(confidence === undefined ? {} : { confidence }),
        message: `"${key}" is set to a literal secret (${codePointLength(value)} characters, ${shannonEntropy(value).toFixed(1)} bits of entropy per character; value redacted).`,
      });
    }
  },
);

function looksLikeSecret(value: string): boolean {
  if (codePointLength(value) < MIN_LENGTH || /\s/.test(value)) return false;
  if (looksLikePlaceholder(value)) return false;
  // Numbers, paths and plain URLs are settings, not secrets.
  if (/^[\d.,_-]+$/.test(value) || /^(?:\.{0,2}\/|~\/|[a-z][a-z0-9+.-]*:\/\/[^@]*$)/i.test(value))
    return false;
  const entropy = shannonEntropy(value);
  return entropy >= (codePointLength(value) < 16 ? MIN_ENTROPY_SHORT : MIN_ENTROPY_LONG);
}
