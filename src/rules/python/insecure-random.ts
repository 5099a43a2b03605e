import type { SgNode } from "@ast-grep/napi";
import { defineRule, type RuleContext } from "../define-rule.js";
import { pySecretsToken } from "../fix/random.js";
import { statementOf } from "../shared/predictable.js";
import { assignedTo } from "./dataflow/bindings.js";
import { callSpec, findCalls, flowOf, type FoundCall } from "./dataflow/sinks.js";

const WHY =
  "The random module is a Mersenne Twister: after about 600 outputs an observer can predict every future value, so tokens, passwords or codes made with it can be guessed.";

const FUNCTIONS = [
  "random",
  "randint",
  "randrange",
  "choice",
  "choices",
  "sample",
  "getrandbits",
  "shuffle",
  "uniform",
  "randbytes",
];
/** uuid1 is the host's MAC address and a 100 ns timestamp: a token made from it can be guessed from a neighbour. */
const WHY_UUID1 =
  "uuid.uuid1() is built from the host's MAC address and the current time, not from a random source: anyone who sees one value, or knows roughly when another was made, can guess it.";
const CALLS = callSpec({
  hint: /random|uuid1/,
  functions: [...FUNCTIONS.map((f) => `random.${f}`), "uuid.uuid1"],
});
/** A generator of its own: `rng = random.Random(seed)` is the same Mersenne Twister (SystemRandom is not). */
const GENERATORS = callSpec({ hint: /Random\(/, functions: ["random.Random"] });
const INSTANCE_METHODS = callSpec({ hint: /Random\(/, methods: FUNCTIONS });
/** Where a value becomes a cookie, a session value or a file name: it must not be guessable there either. */
const SECRET_USE =
  /\bset_cookie\s*\(|\bsession\s*\[|\bopen\s*\(|os\.path\.join\s*\(|\bPath\s*\(|\.save\s*\(|filename|mkstemp|\.write_bytes\s*\(/;
/** Names that say the value guards something. */
const SECURITY_NAME =
  /token|passw|pwd|secret|[a-z]_key\b|api_?key|session|\bsid\b|\botp\b|nonce|salt|csrf|reset_|verification|auth|captcha|activation/i;
/** The same, for identifiers split into words (`OtpService`, `otp_code`): one-time codes and redeemable codes. */
const SECURITY_WORD = /\b(?:otp|totp|hotp|sid|coupon|voucher|promo|redeem)\b/i;

function isSecurityName(text: string): boolean {
  if (SECURITY_NAME.test(text)) return true;
  return SECURITY_WORD.test(text.replace(/([a-z\d])([A-Z])/g, "$1 $2").replace(/_/g, " "));
}

/** The name of the class a call is in, when it is in one (through its methods). */
function enclosingClassName(node: SgNode): string | undefined {
  const cls = node.ancestors().find((a) => a.kind() === "class_definition");
  return cls?.field("name")?.text();
}

/** `rng.getrandbits(128)` where `rng` (or `self._rng`) is assigned a `random.Random(...)` in this file. */
function generatorCalls(ctx: RuleContext): FoundCall[] {
  const holders = new Set<string>();
  for (const made of findCalls(ctx, GENERATORS)) {
    const holder = assignedTo(made.node);
    if (holder !== undefined) holders.add(holder);
  }
  if (holders.size === 0) return [];
  return findCalls(ctx, INSTANCE_METHODS)
    .filter((call) => holders.has(call.node.field("function")?.field("object")?.text() ?? ""))
    .map((call) => ({ ...call, callee: `random.Random().${call.callee}` }));
}

/**
 * Where the random value goes, when its own line and function say nothing:
 * the statements of the same function that read the variable it is assigned
 * to (`code = str(random.randint(...))` … `PasswordReset(code=code)`), when
 * they name a secret or make a cookie, a session value or a file name of it.
 */
function securityUse(call: SgNode): string | undefined {
  const statement = statementOf(call);
  const assigned = statement.kind() === "expression_statement" ? statement.child(0) : undefined;
  if (assigned?.kind() !== "assignment") return undefined;
  const target = assigned.field("left");
  if (target?.kind() !== "identifier") return undefined;
  const name = target.text();
  const body = call.ancestors().find((a) => a.kind() === "function_definition") ?? call.getRoot().root();
  const after = statement.range().end.index;
  for (const use of body.findAll({ rule: { kind: "identifier", regex: `^${name}$` } })) {
    if (use.range().start.index <= after) continue;
    const text = statementOf(use).text();
    const head = text.length > 400 ? text.slice(0, 400) : text;
    if (isSecurityName(head) || SECRET_USE.test(head)) return head.split("\n")[0]?.trim();
  }
  return undefined;
}

export default defineRule(
  {
    id: "py/insecure-random",
    languages: ["python"],
    category: "security",
    severity: "medium",
    confidence: 0.75,
    cwe: ["CWE-330", "CWE-338"],
    owasp: "A02:2021-Cryptographic Failures",
    title: "Predictable random numbers used for a secret",
    description:
      "random.* (not secrets) or uuid.uuid1() produces what looks like a token, password, key, session id or one-time code.",
    why: WHY,
    howToFix:
      "Use the secrets module: secrets.token_urlsafe(), secrets.token_hex(), secrets.choice(), or random.SystemRandom().",
    references: [
      "https://cwe.mitre.org/data/definitions/338.html",
      "https://docs.python.org/3/library/secrets.html",
    ],
    fixable: true,
    family: "insecure-random",
  },
  (ctx) => {
    const calls = [...findCalls(ctx, CALLS), ...generatorCalls(ctx)];
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    for (const call of calls) {
      const line = ctx.lines.line(call.node.range().start.line + 1);
      const fn = flow.functionAt(call.node);
      const cls = enclosingClassName(call.node);
      const where = isSecurityName(line)
        ? line.trim()
        : fn !== undefined && isSecurityName(fn.name)
          ? `${fn.name}()`
          : cls !== undefined && isSecurityName(cls)
            ? `class ${cls}`
            : securityUse(call.node);
      if (where === undefined) continue;
      ctx.report({
        node: call.node,
        message: `${call.callee}() makes a value for ${where.length > 60 ? "what looks like a secret" : `\`${where}\``}. ${call.callee === "uuid.uuid1" ? WHY_UUID1 : WHY}`,
      });
    }
  },
  pySecretsToken,
);
