import * as C from "./proof/policy-checks.js";
import type { PolicyCheck } from "./proof/policy-checks.js";

/**
 * The written fix policy of each rule that can be fixed, by a rule, a
 * provider or a model: what a correct fix does, and what it must not do.
 * The ladder's policy step refuses a fix that does a refused thing, whoever
 * proposed it; `docs/rules/<rule>.md` carries the statement as its
 * "Fix policy" line (kept equal by src/rules/meta.test.ts).
 */
export interface FixPolicy {
  /** One sentence: the shape of a correct fix. */
  readonly statement: string;
  readonly refuses: readonly PolicyCheck[];
}

const SQL: FixPolicy = {
  statement:
    "Parameterise: keep the SQL text constant and pass every value as a bound parameter; never escape, quote or filter values into the query text.",
  refuses: [C.ESCAPES_SQL],
};
const QUERY: FixPolicy = {
  statement:
    "Pass values through the driver's own parameter or filter objects (typed equality, escaped filter builders); never quote or filter the query text by hand.",
  refuses: [C.ESCAPES_SQL],
};
const COMMAND: FixPolicy = {
  statement:
    "Run the program with an argument list and no shell (subprocess.run([...]), execFile/spawn without shell); never quote, escape or filter a command string.",
  refuses: [C.RUNS_SHELL, C.QUOTES_SHELL],
};
const CODE: FixPolicy = {
  statement:
    "Do not evaluate input: parse data with ast.literal_eval, json.loads or JSON.parse, or dispatch through an allow-list of functions; never eval, exec, compile, Function or vm in any form.",
  refuses: [C.EVALUATES],
};
const DESERIALISE: FixPolicy = {
  statement:
    "Load data, not objects: yaml.safe_load / SafeLoader, json; never another object deserialiser (dill, marshal, shelve, jsonpickle) or an unsafe YAML loader.",
  refuses: [C.UNSAFE_LOADER, C.OBJECT_DESERIALISER],
};
const RANDOM: FixPolicy = {
  statement:
    "Take tokens from a secure random source (secrets.token_urlsafe, os.urandom, crypto.randomBytes / randomUUID / getRandomValues); never a hash of a predictable value or a reseeded generator.",
  refuses: [C.WEAK_RANDOM, C.HASHES_PREDICTABLE, C.NO_SECURE_SOURCE],
};
const HASH: FixPolicy = {
  statement:
    "Use SHA-256 or stronger for integrity and a key-derivation function (bcrypt, scrypt, argon2, PBKDF2) for passwords; a token that was a hash of a predictable value comes from a secure random source instead.",
  refuses: [C.HASHES_PREDICTABLE],
};
const SECRETS: FixPolicy = {
  statement:
    "Read the secret from the environment or the project's secret store (os.environ, process.env, a vault client); never keep it in the source, split, encoded or moved.",
  refuses: [C.LITERAL_SECRET],
};
const XXE: FixPolicy = {
  statement:
    "Parse with external entities and DTD loading off (defusedxml; lxml resolve_entities=False, no_network=True; libxmljs noent: false).",
  refuses: [C.ENTITIES_ON],
};
const TLS: FixPolicy = {
  statement:
    "Keep certificate verification on (verify=True or a CA bundle path; rejectUnauthorized: true); never move the switch into a variable, a session or the environment.",
  refuses: [C.VERIFICATION_OFF],
};
const PATH: FixPolicy = {
  statement:
    "Resolve the path and check it stays under the base directory (realpath / commonpath, path.resolve + startsWith(base + sep)), or keep only a safe file name; never strip or deny-list '..'.",
  refuses: [C.DOT_DOT_FILTER],
};
const XSS: FixPolicy = {
  statement:
    "Encode on output (textContent, the template engine's escaping, html.escape) or use a vetted sanitiser; never strip tags or filter '<script>' by hand.",
  refuses: [C.TAG_FILTER],
};
const URL: FixPolicy = {
  statement:
    "Parse the URL and compare its scheme and host with an allow-list (or redirect only to local paths); never a prefix or substring test on the raw URL.",
  refuses: [C.URL_PREFIX],
};
const COOKIE: FixPolicy = {
  statement:
    "Set Secure and HttpOnly on the cookie itself; a cookie the page's own script reads (document.cookie) makes the fix a suggestion that names the read.",
  refuses: [C.COOKIE_FLAGS_OFF],
};
const DEBUG: FixPolicy = {
  statement: "Turn debug off, or read it from configuration that defaults to off.",
  refuses: [C.DEBUG_ON],
};
const CIPHER: FixPolicy = {
  statement: "Use an authenticated cipher (AES-GCM, ChaCha20-Poly1305) through the library's AEAD interface.",
  refuses: [C.WEAK_ALGORITHM],
};
const PRESERVE: FixPolicy = {
  statement:
    "Rewrite to the equivalent correct form without changing what the code does where the rule can see.",
  refuses: [],
};

function both(name: string, policy: FixPolicy): [string, FixPolicy][] {
  return [
    [`py/${name}`, policy],
    [`js/${name}`, policy],
  ];
}

export const FIX_POLICIES: ReadonlyMap<string, FixPolicy> = new Map<string, FixPolicy>([
  ...both("sql-injection", SQL),
  ...both("nosql-injection", QUERY),
  ...both("ldap-injection", QUERY),
  ...both("xpath-injection", QUERY),
  ...both("command-injection", COMMAND),
  ...both("code-injection", CODE),
  ...both("insecure-deserialization", DESERIALISE),
  ...both("insecure-random", RANDOM),
  ...both("weak-hash", HASH),
  ...both("hardcoded-credentials", SECRETS),
  ...both("xxe", XXE),
  ...both("tls-verification-disabled", TLS),
  ...both("path-traversal", PATH),
  ...both("open-redirect", URL),
  ...both("ssrf", URL),
  ...both("insecure-cookie", COOKIE),
  ...both("debug-mode", DEBUG),
  ...both("weak-cipher", CIPHER),
  ["py/xss", XSS],
  ["js/reflected-xss", XSS],
  ["js/dom-xss", XSS],
  ["js/react-dangerous-html", XSS],
  ["py/compare-to-none", PRESERVE],
  ["py/literal-identity-comparison", PRESERVE],
  ["py/len-comparison", PRESERVE],
  ["py/mutable-default-argument", PRESERVE],
  ["js/loose-equality", PRESERVE],
  ["js/floating-promise", PRESERVE],
  ["js/assignment-in-condition", PRESERVE],
]);

/** The policy of a weakness, for findings of agents and external tools that name a CWE but no built-in rule. */
const BY_CWE: ReadonlyMap<string, [string, FixPolicy]> = new Map([
  ["CWE-89", ["sql-injection", SQL]],
  ["CWE-78", ["command-injection", COMMAND]],
  ["CWE-77", ["command-injection", COMMAND]],
  ["CWE-94", ["code-injection", CODE]],
  ["CWE-95", ["code-injection", CODE]],
  ["CWE-502", ["insecure-deserialization", DESERIALISE]],
  ["CWE-330", ["insecure-random", RANDOM]],
  ["CWE-338", ["insecure-random", RANDOM]],
  ["CWE-328", ["weak-hash", HASH]],
  ["CWE-798", ["hardcoded-credentials", SECRETS]],
  ["CWE-611", ["xxe", XXE]],
  ["CWE-295", ["tls-verification-disabled", TLS]],
  ["CWE-22", ["path-traversal", PATH]],
  ["CWE-79", ["xss", XSS]],
  ["CWE-601", ["open-redirect", URL]],
  ["CWE-918", ["ssrf", URL]],
]);

/** The policy a fix for this finding answers to: its rule's, a related built-in rule's, or its weakness's. */
export function policyFor(
  ruleIds: readonly string[],
  cwe: readonly string[] = [],
): { ruleId: string; policy: FixPolicy } | undefined {
  for (const id of ruleIds) {
    const policy = FIX_POLICIES.get(id);
    if (policy) return { ruleId: id, policy };
  }
  for (const id of cwe) {
    const found = BY_CWE.get(id);
    if (found) return { ruleId: found[0], policy: found[1] };
  }
  return undefined;
}
