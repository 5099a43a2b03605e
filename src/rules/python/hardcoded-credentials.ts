import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { nodeRange } from "../run-rules.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";

const WHY =
  "A secret in source code is in every clone, fork, backup and CI log of the repository, cannot be rotated without a release, and is usually the same in every environment.";

/** A name that holds a secret: ends with password, secret, token, api_key... */
const SECRET_NAME =
  "(?i)(?:passw(?:or)?d|passwd|pwd|secret|secret_?key|token|api_?key|apikey|access_?key|private_?key|client_?secret|auth_?key|credentials?)";
const NAME_RE =
  /(?:passw(?:or)?d|passwd|pwd|secret|secret_?key|token|api_?key|apikey|access_?key|private_?key|client_?secret|auth_?key|credentials?)$/i;
const QUERY = nodeQuery(
  ["assignment", "keyword_argument", "pair"],
  [
    `^[\\w.]*${SECRET_NAME}\\s*(?::[^=]+)?=\\s*[rbuRBU]?["']`,
    `^\\w*${SECRET_NAME}\\s*=\\s*[rbuRBU]?["']`,
    `^["']\\w*${SECRET_NAME}["']\\s*:\\s*[rbuRBU]?["']`,
  ].join("|"),
  /(?:passw(?:or)?d|passwd|pwd|secret|secret_?key|token|api_?key|apikey|access_?key|private_?key|client_?secret|auth_?key|credentials?)["']?\s*(?::\s*[\w[\], .]+)?\s*[:=]\s*[rbuRBU]?["'][^"'\s]{6,}/i,
);
/** Values that are clearly not real secrets. */
const PLACEHOLDER =
  /^(?:|x+|\*+|\.+|-+|changeme|change_me|password|passwd|secret|token|none|null|undefined|test\w*|dummy\w*|example\w*|sample\w*|fake\w*|mock\w*|placeholder|your[-_ ]?\w*|my[-_]?\w*|todo|fixme|xxx+|redacted|hidden|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%\([^)]*\)s|\{\w*\})$/i;

export default defineRule(
  {
    id: "py/hardcoded-credentials",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.7,
    cwe: ["CWE-798", "CWE-259", "CWE-321"],
    owasp: "A07:2021-Identification and Authentication Failures",
    title: "Hard-coded password, key or token",
    description:
      "A variable, keyword argument or dict entry named like a password, secret, token or API key is set to a string literal that looks like a real secret.",
    why: WHY,
    howToFix:
      'Read the secret at run time from the environment or a secret manager (os.environ["API_KEY"], a vault client), keep it out of the repository, and rotate the one that was committed: it is in the history.',
    references: [
      "https://cwe.mitre.org/data/definitions/798.html",
      "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
    ],
    fixable: false,
    family: "hardcoded-credentials",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      const kind = node.kind();
      if (kind !== "assignment" && kind !== "keyword_argument" && kind !== "pair") continue;
      const children = node.children();
      const name = (children[0]?.text() ?? "").replace(/["']/g, "");
      const value = children[children.length - 1];
      if (!NAME_RE.test(name.split(".").at(-1) ?? name) || value?.kind() !== "string") continue;
      const secret = literalContent(value);
      if (secret === undefined || !looksReal(secret.text)) continue;
      // Test suites are full of throwaway credentials: still reported, below the default threshold.
      const inTests = /(?:^|\/)(?:tests?|testing)\/|(?:^|\/)test_[^/]*\.py$|_test\.py$/.test(ctx.file.path);
      const strong = /[A-Za-z]/.test(secret.text) && /\d/.test(secret.text) && secret.text.length >= 12;
      ctx.report({
        node,
        confidence: inTests ? 0.4 : strong ? 0.85 : 0.7,
        message: `'${name}' is set to a literal secret (${secret.text.length} characters). ${WHY}`,
        redact: [secret.range],
      });
    }
  },
);

function literalContent(value: SgNode): { text: string; range: ReturnType<typeof nodeRange> } | undefined {
  const parts = value.children();
  if (parts.some((p) => p.kind() === "interpolation")) return undefined;
  const content = parts.find((p) => p.kind() === "string_content");
  if (content === undefined) return undefined;
  return { text: content.text(), range: nodeRange(content.range()) };
}

/** Long enough, not a placeholder, not a sentence or a path, not one repeated character. */
function looksReal(text: string): boolean {
  if (text.length < 6 || PLACEHOLDER.test(text.trim())) return false;
  if (/\s/.test(text) || /^[./~]|:\/\/|^\w+:\/\//.test(text)) return false;
  if (/^(.)\1+$/.test(text)) return false;
  // Names of settings or environment variables (`"DB_PASSWORD"`) are not values.
  if (/^[A-Z][A-Z0-9_]+$/.test(text) && text.includes("_")) return false;
  // A single dictionary-like word ("python", "doesnotexist") is a test value more often than a secret.
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(text)).length;
  return text.length >= 16 || (text.length >= 8 && classes >= 2);
}
