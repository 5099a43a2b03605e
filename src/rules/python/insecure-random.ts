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
/**
 * The clock as a token's only unknown: `sha256(f"{uid}:{time.time()}")`. Hashing hides
 * nothing, since whoever knows roughly when the token was made tries the instants around it.
 */
const CLOCK = callSpec({
  hint: /time\(|time_ns\(|now\(/,
  functions: ["time.time", "time.time_ns", "datetime.datetime.now", "datetime.datetime.utcnow"],
});
const WHY_CLOCK =
  "The current time is no secret: a value made from it, hashed or not, can be found by trying the instants around when it was made.";
/** Names of a time value kept as a time (an expiry, a timestamp), never a secret. */
const TIME_NAME = /expir|ttl|issued|created|updated|timestamp|_at\b|\bts\b|\biat\b|\bexp\b|deadline|until/i;
const HASH_CALL = /(?:^|\.)(?:md5|sha1|sha224|sha256|sha384|sha512|blake2b|blake2s|new|hexdigest)$/;
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
/**
 * The same, for identifiers split into words (`OtpService`, `otp_code`, `ResetCodeService`):
 * one-time codes, redeemable codes, and codes or links that grant an account or a team seat.
 */
const SECURITY_WORD =
  /\b(?:otp|totp|hotp|sid|coupon|voucher|promo|redeem|invite|invitation|magic link|(?:reset|recovery|verify|confirm|confirmation|login|sms|access|unlock) (?:code|link|pin)|key (?:factory|generator|gen|maker))\b/i;
/** A value named as a code or PIN (`code`, `_new_code()`, `sms_pin`). */
const CODE_NAME = /(?:^|_)(?:code|pin)$/i;
/** The file checks a submitted value in constant time: what it compares is a secret. */
const CONSTANT_TIME_CHECK = /\bcompare_digest\s*\(/;

/**
 * A code or PIN in a module that checks codes with compare_digest is a one-time
 * code: the author guards its comparison against timing, so guessing it must be hard too.
 */
function isCheckedCode(name: string, text: string): boolean {
  return CODE_NAME.test(name) && CONSTANT_TIME_CHECK.test(text);
}

function isSecurityName(text: string): boolean {
  if (SECURITY_NAME.test(text)) return true;
  return SECURITY_WORD.test(text.replace(/([a-z\d])([A-Z])/g, "$1 $2").replace(/_/g, " "));
}

/** OAuth's `state` (`new_state()`) is the login's CSRF nonce: in a module that speaks OAuth, it must not be guessable. */
function isOauthState(name: string, text: string): boolean {
  return /(?:^|_)state$/i.test(name) && /oauth|openid|authorize/i.test(text);
}

/**
 * The name of a def that encloses the call's own def (a factory returning a
 * closure: `def key_factory(prefix): def make(): ...`), when it names a secret.
 */
function outerSecurityDef(node: SgNode): string | undefined {
  const defs = node.ancestors().filter((a) => a.kind() === "function_definition");
  for (const def of defs.slice(1)) {
    const name = def.field("name")?.text() ?? "";
    if (isSecurityName(name)) return `${name}()`;
  }
  return undefined;
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
function securityUse(call: SgNode, text: string): string | undefined {
  const statement = statementOf(call);
  const assigned = statement.kind() === "expression_statement" ? statement.child(0) : undefined;
  if (assigned?.kind() !== "assignment") return undefined;
  const target = assigned.field("left");
  if (target?.kind() !== "identifier") return undefined;
  const name = target.text();
  if (isCheckedCode(name, text)) return statement.text().split("\n")[0]?.trim();
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

/**
 * A clock reading that becomes text of a secret: inside an f-string or a hash call
 * on its way to the assigned value, not a value in a dict or keyword (a JWT's `exp`).
 */
function clockIntoText(call: SgNode): boolean {
  for (const up of call.ancestors()) {
    const kind = up.kind();
    if (kind === "pair" || kind === "keyword_argument" || kind === "function_definition") return false;
    if (kind === "interpolation") return true;
    if (kind === "call" && HASH_CALL.test(up.field("function")?.text() ?? "")) return true;
    if (kind === "expression_statement" || kind === "return_statement") return false;
  }
  return false;
}

/**
 * When the call's own line, function and class say nothing: the def it is in
 * returns it (`_generate()`), and a caller in this file names a secret
 * (`create_api_key()`, `key = self.new_token()`).
 */
function callerUse(call: SgNode, ctx: RuleContext): string | undefined {
  if (statementOf(call).kind() !== "return_statement") return undefined;
  const flow = flowOf(ctx);
  const fn = flow.functionAt(call);
  if (fn === undefined) return undefined;
  for (const { call: site } of flow.callSitesOf(fn)) {
    const line = statementOf(site).text().split("\n")[0] ?? "";
    if (isSecurityName(line)) return line.trim();
    const held = assignedTo(site);
    if (held !== undefined && isCheckedCode(held, ctx.text)) return line.trim();
    const caller = flow.functionAt(site);
    if (caller !== undefined && isSecurityName(caller.name)) return `${caller.name}()`;
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
    reportClockTokens(ctx);
    const calls = [...findCalls(ctx, CALLS), ...generatorCalls(ctx)];
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    for (const call of calls) {
      const line = ctx.lines.line(call.node.range().start.line + 1);
      const fn = flow.functionAt(call.node);
      const cls = enclosingClassName(call.node);
      const where = isSecurityName(line)
        ? line.trim()
        : fn !== undefined && isOauthState(fn.name, ctx.text)
          ? `${fn.name}()`
          : fn !== undefined && (isSecurityName(fn.name) || isCheckedCode(fn.name, ctx.text))
            ? `${fn.name}()`
            : cls !== undefined && isSecurityName(cls)
              ? `class ${cls}`
              : (outerSecurityDef(call.node) ??
                securityUse(call.node, ctx.text) ??
                callerUse(call.node, ctx));
      if (where === undefined) continue;
      ctx.report({
        node: call.node,
        message: `${call.callee}() makes a value for ${where.length > 60 ? "what looks like a secret" : `\`${where}\``}. ${call.callee === "uuid.uuid1" ? WHY_UUID1 : WHY}`,
      });
    }
  },
  pySecretsToken,
);

/** `token = sha256(f"{uid}:{time.time()}")`: a secret whose only unknown is the clock. */
function reportClockTokens(ctx: RuleContext): void {
  for (const call of findCalls(ctx, CLOCK)) {
    if (!clockIntoText(call.node)) continue;
    const statement = statementOf(call.node);
    const assigned = statement.kind() === "expression_statement" ? statement.child(0) : undefined;
    const target = assigned?.kind() === "assignment" ? (assigned.field("left")?.text() ?? "") : "";
    const fn = flowOf(ctx).functionAt(call.node);
    const named = target !== "" ? target : statement.kind() === "return_statement" ? (fn?.name ?? "") : "";
    if (named === "" || TIME_NAME.test(named) || !isSecurityName(named)) continue;
    ctx.report({
      node: call.node,
      message: `${call.callee}() makes the value of \`${named}\`. ${WHY_CLOCK}`,
    });
  }
}
