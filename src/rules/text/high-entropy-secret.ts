import { defineRule } from "../define-rule.js";
import { findAssignments, type Assignment } from "./lib/assignments.js";
import { codePointLength, looksLikePlaceholder, shannonEntropy } from "./lib/entropy.js";
import { findKnownTokens } from "./lib/secret-patterns.js";
import { TEXT_LANGUAGES } from "./lib/text-languages.js";

// Keys that end in a secret's name: password, passwd, pass, pwd, passphrase, secret, token,
// api_key / apiKey, access_key, private_key, secret_key, signing_key, session_key, master_key,
// credentials, SECRET_KEY_BASE, and <vendor>_key for vendors whose keys are secrets (OPENAI_KEY).
const SECRET_KEY =
  /(?:pass(?:word|wd|phrase)?|pwd|secret|token|(?:api|access|private|secret|signing|encryption|auth|session|master|license)[_.-]?key(?:[_.-]?base)?|credentials?|(?:openai|anthropic|stripe|aws|gcp|azure|slack|github|gitlab|twilio|sendgrid|mailgun|datadog|sentry)[_.-]?key)\d*$/i;

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
    const prose = ctx.file.language === "markdown" || ctx.file.language === "text";
    // Documentation, examples, templates and test fixtures hold more made-up values than live ones.
    const confidence = prose || EXAMPLE_PATH.test(ctx.file.path) ? 0.5 : undefined;
    const knownTokens = findKnownTokens(ctx.text);
    for (const assignment of findAssignments(ctx.text)) {
      if (!SECRET_KEY.test(assignment.key)) continue;
      if (!looksLikeSecret(assignment, prose, ctx.text)) continue;
      // text/known-token names these precisely.
      if (knownTokens.some((t) => t.start < assignment.end && assignment.start < t.end)) continue;
      const range = {
        start: ctx.lines.positionAt(assignment.start),
        end: ctx.lines.positionAt(assignment.end),
      };
      const { key, value } = assignment;
      ctx.report({
        range,
        redact: [range],
        ...(confidence === undefined ? {} : { confidence }),
        message: `"${key}" is set to a literal secret (${codePointLength(value)} characters, ${shannonEntropy(value).toFixed(1)} bits of entropy per character; value redacted).`,
      });
    }
  },
);

function looksLikeSecret(assignment: Assignment, prose: boolean, text: string): boolean {
  const { value } = assignment;
  // Generated secrets are printable ASCII without spaces; prose and translations are not.
  if (codePointLength(value) < MIN_LENGTH || !/^[\x21-\x7e]+$/.test(value)) return false;
  if (looksLikePlaceholder(value)) return false;
  // Numbers, paths and plain URLs are settings, not secrets.
  if (/^[\d.,_-]+$/.test(value) || /^(?:\.{0,2}\/|~\/|[a-z][a-z0-9+.-]*:\/\/[^@]*$)/i.test(value))
    return false;
  // An unquoted call or property path is code in a snippet: token = getToken(), token = config.auth.token.
  if (!assignment.quoted && (/[()]/.test(value) || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+;?$/.test(value)))
    return false;
  if (prose) {
    // Documentation: "?token=" in a badge URL is public by design, and "SuperSecretToken" is an illustration.
    if (/[?&]/.test(text.charAt(assignment.keyStart - 1))) return false;
    if (/pass(?:word)?|secret|token|key|example|demo/i.test(value)) return false;
    // Words in a sentence ("Hard-coded", "Credential") have no digits; generated secrets nearly always do.
    if (!/\d/.test(value)) return false;
  }
  const entropy = shannonEntropy(value);
  return entropy >= (codePointLength(value) < 16 ? MIN_ENTROPY_SHORT : MIN_ENTROPY_LONG);
}
