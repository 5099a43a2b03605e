import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule, type RuleContext } from "../define-rule.js";
import { nodeRange } from "../run-rules.js";
import { stringValue } from "./dataflow/ast.js";
import { isDead } from "./dataflow/flow.js";
import { looksLikeSecret } from "./dataflow/secret-shape.js";
import { isTestPath } from "../shared/test-paths.js";

const meta = {
  id: "js/hardcoded-credentials",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.75,
  cwe: ["CWE-798", "CWE-259"],
  owasp: "A07:2021-Identification and Authentication Failures",
  title: "Hard-coded credential",
  description:
    "A password, secret, token or API key variable or property is set to a string literal that looks like a real credential.",
  why: "Anyone with the source (every developer, the CI system, a leaked repository) gets the credential, it cannot be rotated without a release, and it ends up in every copy of the history.",
  howToFix:
    "Read the value from the environment or a secret manager at start-up (process.env.API_KEY via the platform layer), rotate the exposed credential, and remove it from the history.",
  references: [
    "https://cwe.mitre.org/data/definitions/798.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
  ],
  fixable: false,
  family: "hardcoded-secret",
} as const;

const SECRET_NAME =
  /(^|[^a-z])(pass(word|wd|phrase)?|pwd|secret|token|api_?key|apikey|access_?key|private_?key|secret_?key|signing_?key|client_?secret|auth_?key|credentials?)$|^(password|secret|token|apiKey)/i;
const NOT_SECRET_NAME =
  /(label|placeholder|hint|field|name|type|url|uri|header|regex|pattern|path|file|length|min|max|policy|prompt|message|id)$/i;

/** `scheme://user:password@host`: the password part of a connection string, when it is a literal. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:([^\s/@]+)@[^\s/@]/i;

function nameOf(node: SgNode): string | undefined {
  const kind = String(node.kind());
  if (kind === "required_parameter" || kind === "optional_parameter") return node.field("pattern")?.text();
  if (kind === "assignment_pattern") return node.field("left")?.text();
  if (kind === "variable_declarator") return node.field("name")?.text();
  if (kind === "assignment_expression") return node.field("left")?.text().split(".").pop();
  if (kind === "pair" || kind === "public_field_definition" || kind === "field_definition") {
    const key = node.field(kind === "pair" ? "key" : kind === "field_definition" ? "property" : "name");
    return key ? (stringValue(key) ?? key.text()) : undefined;
  }
  return undefined;
}

/**
 * The file-level gate: a secret-named key given a quoted value (`password:
 * "…"`, `apiKey = '…'`, `token: string = "…"`), or a URL with a user and a
 * password. What follows a secret word starts with the rest of its word
 * (`\w*` can only stop where the word does), so each word is tried once and
 * the later secret words in it are skipped; one pattern tried again from every
 * secret word inside a long word (test/regex-linearity.test.ts).
 */
export function hasCredentialAssignment(text: string): boolean {
  if (/:\/\/[^\s/:@]+:[^\s/@]+@/.test(text)) return true;
  const words = /pass|pwd|secret|token|key|credential/gi;
  const assigned = /\w*["'\]]?\s*(?::\s*string\s*)?[:=]\s*["'`]/iy;
  const restOfWord = /\w*/y;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    assigned.lastIndex = restOfWord.lastIndex = m.index + m[0].length;
    if (assigned.test(text)) return true;
    restOfWord.exec(text);
    words.lastIndex = Math.max(words.lastIndex, restOfWord.lastIndex);
  }
  return false;
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !hasCredentialAssignment(text)) return;
  reportConnectionStrings(ctx, root);
  const candidates = root.findAll({
    rule: {
      any: [
        { kind: "variable_declarator", has: { field: "value", kind: "string" } },
        { kind: "assignment_expression", has: { field: "right", kind: "string" } },
        { kind: "pair", has: { field: "value", kind: "string" } },
        // Parameters with a literal default: `apiKey = "..."` (a TypeScript parameter has its own kind).
        ...(ctx.file.language === "javascript"
          ? [{ kind: "assignment_pattern", has: { field: "right", kind: "string" } }]
          : [
              { kind: "required_parameter", has: { field: "value", kind: "string" } },
              { kind: "optional_parameter", has: { field: "value", kind: "string" } },
            ]),
        // JavaScript's grammar calls class fields field_definition; TypeScript's public_field_definition.
        {
          kind: ctx.file.language === "javascript" ? "field_definition" : "public_field_definition",
          has: { field: "value", kind: "string" },
        },
      ],
      regex: "(?i)pass|pwd|secret|token|key|credential",
    },
  });
  for (const node of candidates) {
    const name = nameOf(node);
    if (name === undefined || NOT_SECRET_NAME.test(name)) continue;
    // camelCase words count as words: `apiSecret` ends in the word "secret".
    if (!SECRET_NAME.test(name.replace(/([a-z0-9])([A-Z])/g, "$1_$2"))) continue;
    const kind = node.kind();
    const valueNode = node.field(
      kind === "assignment_expression" || kind === "assignment_pattern" ? "right" : "value",
    );
    const value = stringValue(valueNode);
    if (!valueNode || value === undefined || !looksLikeSecret(value) || isDead(node)) continue;
    const r = nodeRange(valueNode.range());
    const secret = {
      start: { line: r.start.line, column: r.start.column + 1 },
      end: { line: r.end.line, column: r.end.column - 1 },
    };
    ctx.report({
      node,
      ...inTests(ctx),
      message: `${name} is set to a literal credential. ${meta.why}`,
      redact: [secret],
    });
  }
});

/** Throwaway credentials of a test suite: still reported, low and below the default threshold. */
function inTests(ctx: RuleContext): { severity?: "low"; confidence?: number } {
  return isTestPath(ctx.file.path) ? { severity: "low", confidence: 0.4 } : {};
}

/** Connection strings with a literal password: `mongodb://app:S3cret-99@db.internal/shop`. */
function reportConnectionStrings(ctx: RuleContext, root: SgNode): void {
  if (!/:\/\/[^\s/:@]+:[^\s/@]+@/.test(ctx.text)) return;
  for (const literal of root.findAll({ rule: { kind: "string", regex: "://[^\\s/:@]+:[^\\s/@]+@" } })) {
    const value = stringValue(literal);
    const m = value === undefined ? null : URL_PASSWORD.exec(value);
    const password = m?.[1];
    if (!m || password === undefined || !looksLikeSecret(password) || isDead(literal)) continue;
    const r = nodeRange(literal.range());
    // The literal's opening quote, then the password just before the `@` that ends it.
    const start = r.start.column + 1 + m[0].lastIndexOf("@") - password.length;
    const secret = {
      start: { line: r.start.line, column: start },
      end: { line: r.start.line, column: start + password.length },
    };
    ctx.report({
      node: literal,
      ...inTests(ctx),
      message: `A connection string embeds a literal password. ${meta.why}`,
      redact: [secret],
    });
  }
}
