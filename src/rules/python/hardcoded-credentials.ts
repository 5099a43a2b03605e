import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { nodeRange } from "../run-rules.js";
import { localAssignments } from "./dataflow/bindings.js";
import { codeChildren } from "./dataflow/call-arguments.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";
import { callSpec, findCalls } from "./dataflow/sinks.js";
import { isTestPath } from "../shared/test-paths.js";

const WHY =
  "A secret in source code is in every clone, fork, backup and CI log of the repository, cannot be rotated without a release, and is usually the same in every environment.";

/** What the name of a secret ends with: password, secret, token, api_key... */
const SECRET_WORDS =
  "passw(?:or)?d|passwd|pwd|secret|secret_?key|token|api_?key|apikey|access_?key|private_?key|client_?secret|auth_?key|credentials?";
const SECRET_NAME = `(?i)(?:${SECRET_WORDS})`;
const NAME_RE = new RegExp(`(?:${SECRET_WORDS})$`, "i");
/** `auth = ("user", "literal")`: a (user, password) pair for an HTTP client. */
const AUTH_PAIR_HINT = /auth\s*=\s*\(\s*[rbuRBU]?["'][^"']*["']\s*,\s*[rbuRBU]?["'][^"'\s]{6,}/i;
/**
 * A secret's name, an optional annotation, `=` or `:` and a quoted value. The
 * annotation (`: Optional[str]`) is the blanks around one run of its
 * characters that holds a non-blank, or blanks with a space in them, so a
 * blank is read by one loop only (docs/security-notes/linear-work.md).
 */
const SECRET_HINT = new RegExp(
  String.raw`(?:${SECRET_WORDS})["']?\]?\s*(?::(?:\s*[\w[\],.](?:[ ]*[\w[\],.])*\s*|[^\S ]*[ ]\s*))?[:=]\s*[rbuRBU]?["'][^"'\s]{6,}`,
  "i",
);
/** The file gate: a secret name given a literal, or an HTTP client's literal (user, password) pair. */
export function hasSecretHint(text: string): boolean {
  return SECRET_HINT.test(text) || AUTH_PAIR_HINT.test(text);
}
const QUERY = nodeQuery(
  ["assignment", "keyword_argument", "pair", "default_parameter", "typed_default_parameter"],
  [
    `^[\\w.]*${SECRET_NAME}\\s*(?::[^=]+)?=\\s*[rbuRBU]?["']`,
    `^\\w*${SECRET_NAME}\\s*=\\s*[rbuRBU]?["']`,
    `^["']\\w*${SECRET_NAME}["']\\s*:\\s*[rbuRBU]?["']`,
    // `app.config["SECRET_KEY"] = "..."`, `settings["api_token"] = "..."`
    `^[\\w.]+\\[\\s*["']\\w*${SECRET_NAME}["']\\s*\\]\\s*=\\s*[rbuRBU]?["']`,
    `(?i:^\\w*auth\\s*=\\s*\\(\\s*[rbuRBU]?["'][^"']*["']\\s*,\\s*[rbuRBU]?["'])`,
  ].join("|"),
  hasSecretHint,
);
/** APIs that take a password or signing key positionally: the index of that argument. */
const SECRET_ARGS: ReadonlyMap<string, number> = new Map([
  ["jwt.encode", 1],
  ["jwt.decode", 1],
  ["hmac.new", 0],
  ["requests.auth.HTTPBasicAuth", 1],
  ["requests.auth.HTTPDigestAuth", 1],
  ["requests.auth.HTTPProxyAuth", 1],
  ["httpx.BasicAuth", 1],
  ["httpx.DigestAuth", 1],
  ["aiohttp.BasicAuth", 1],
  ["login", 1],
]);
const SECRET_CALLS = callSpec({
  hint: /jwt|hmac|Auth\(|\.login\(/,
  functions: [...SECRET_ARGS.keys()].filter((name) => name.includes(".")),
  methods: ["login"],
});
/**
 * Classes built on a symmetric key, first argument: the key is a secret whatever
 * the variable holding it is called (`SESSION_KEY = b"..."` ... `Fernet(SESSION_KEY)`).
 */
const KEY_CLASSES = callSpec({
  hint: /Fernet\(|EncryptedCookieStorage\(/,
  functions: [
    "cryptography.fernet.Fernet",
    "cryptography.fernet.MultiFernet",
    "aiohttp_session.cookie_storage.EncryptedCookieStorage",
  ],
});

/** The literal assignments of `name` in the def around `at`, or else at the module's top level. */
function literalAssignments(at: SgNode, name: string): SgNode[] {
  const inScope = localAssignments(at, name).filter((v): v is SgNode => v !== null);
  const values =
    inScope.length > 0
      ? inScope
      : at
          .getRoot()
          .root()
          .children()
          .map((statement) => statement.child(0))
          .filter((a): a is SgNode => a?.kind() === "assignment" && a.field("left")?.text() === name)
          .map((a) => a.field("right"))
          .filter((v): v is SgNode => v !== null);
  return values.filter((v) => v.kind() === "string");
}

/** Values that are clearly not real secrets. */
const PLACEHOLDER =
  /^(?:|x+|\*+|\.+|-+|changeme|change_me|password|passwd|secret|token|none|null|undefined|test\w*|dummy\w*|example\w*|sample\w*|fake\w*|mock\w*|placeholder|your[-_ ]?\w*|my[-_]?\w*|todo|fixme|xxx+|redacted|hidden|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%\([^)]*\)s|\{\w*\})$/i;

/** Lower-case words joined by `_` or `-`, at least two of them, no digits. */
const SELF_NAMING_LABEL = /^[_-]?[a-z]+(?:[_-][a-z]+)+$/;
/** One of those words says what the label is for. */
const LABEL_WORD = /(?:^|[_-])(?:password|passwd|pwd|secret|token|key|session|reset|auth|login)(?:$|[_-])/;

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
      "A variable, keyword argument, default parameter, dict entry or config key (app.config['SECRET_KEY']) named like a password, secret, token or API key is set to a string literal that looks like a real secret; also a literal passed as the key or password of jwt.encode/decode, hmac.new, .login(user, password), HTTP basic-auth classes, or the password of an auth = (user, password) pair.",
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
    const inTests = isTestPath(ctx.file.path);
    const report = (node: SgNode, name: string, value: SgNode | undefined, what: string): void => {
      if (value?.kind() !== "string") return;
      const secret = literalContent(value);
      if (secret === undefined || !looksReal(secret.text)) return;
      // Test suites are full of throwaway credentials: still reported, low and below the default threshold.
      const strong = /[A-Za-z]/.test(secret.text) && /\d/.test(secret.text) && secret.text.length >= 12;
      ctx.report({
        node,
        ...(inTests ? { severity: "low" as const } : {}),
        confidence: inTests ? 0.4 : strong ? 0.85 : 0.7,
        message: `${what.replace("NAME", name)} a literal secret (${secret.text.length} characters). ${WHY}`,
        redact: [secret.range],
      });
    };
    for (const node of candidates(ctx, QUERY)) {
      const children = node.children();
      const target = children[0];
      const value = children[children.length - 1];
      if (target === undefined) continue;
      if (value?.kind() === "tuple" && /^\w*auth$/i.test(target.text())) {
        // (user, password) pair: the password is the second element.
        const items = codeChildren(value);
        if (items.length === 2 && items[0]?.kind() === "string") {
          report(node, target.text(), items[1], "the password of 'NAME' is");
        }
        continue;
      }
      const name = secretName(target);
      if (name === undefined || !NAME_RE.test(name)) continue;
      report(node, name, value, "'NAME' is set to");
    }
    for (const call of findCalls(ctx, KEY_CLASSES)) {
      const key = call.args[0];
      if (key?.kind() === "string") report(call.node, call.callee, key, "NAME() is given");
      else if (key?.kind() === "identifier" && !NAME_RE.test(key.text())) {
        // A key held under a secret's name is reported where it is set, by the query above.
        for (const value of literalAssignments(call.node, key.text())) {
          const assignment = value.parent();
          if (assignment !== null)
            report(assignment, key.text(), value, `the key of ${call.callee}(), 'NAME', is set to`);
        }
      }
    }
    for (const call of findCalls(ctx, SECRET_CALLS)) {
      const index = SECRET_ARGS.get(call.callee);
      if (index === undefined) continue;
      // `x.login(name)` with one argument is not a (user, password) login.
      if (call.viaMethod && call.args.length !== 2) continue;
      report(call.node, call.callee, call.args[index], "NAME() is given");
    }
  },
);

/** The name a secret is stored under: the variable, the attribute, or the subscript's string key. */
function secretName(target: SgNode): string | undefined {
  if (target.kind() === "subscript") {
    const key = target.field("subscript");
    return key?.kind() === "string" ? key.text().replace(/^[rbuRBU]?["']|["']$/g, "") : undefined;
  }
  const name = target.text().replace(/["']/g, "");
  return name.split(".").at(-1) ?? name;
}

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
  // A lower-case label that names what it stands for ("_password_reset_token", "set-password"):
  // a session key or URL segment, not a secret, which would not spell out its own purpose.
  if (SELF_NAMING_LABEL.test(text) && LABEL_WORD.test(text)) return false;
  // A single dictionary-like word ("python", "doesnotexist") is a test value more often than a secret.
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(text)).length;
  return text.length >= 16 || (text.length >= 8 && classes >= 2);
}
