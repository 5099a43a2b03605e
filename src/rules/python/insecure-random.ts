import { defineRule } from "../define-rule.js";
import { callSpec, findCalls, flowOf } from "./dataflow/sinks.js";

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
const CALLS = callSpec({ hint: /random/, functions: FUNCTIONS.map((f) => `random.${f}`) });
/** Names that say the value guards something. */
const SECURITY_NAME =
  /token|passw|pwd|secret|[a-z]_key\b|api_?key|session|\bsid\b|\botp\b|nonce|salt|csrf|reset_|verification|auth|captcha|activation/i;

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
      "random.* (not secrets) produces what looks like a token, password, key, session id or one-time code.",
    why: WHY,
    howToFix:
      "Use the secrets module: secrets.token_urlsafe(), secrets.token_hex(), secrets.choice(), or random.SystemRandom().",
    references: [
      "https://cwe.mitre.org/data/definitions/338.html",
      "https://docs.python.org/3/library/secrets.html",
    ],
    fixable: false,
    family: "insecure-random",
  },
  (ctx) => {
    const calls = findCalls(ctx, CALLS);
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    for (const call of calls) {
      const line = ctx.lines.line(call.node.range().start.line + 1);
      const fn = flow.functionAt(call.node);
      const where = SECURITY_NAME.test(line)
        ? line.trim()
        : fn !== undefined && SECURITY_NAME.test(fn.name)
          ? `${fn.name}()`
          : undefined;
      if (where === undefined) continue;
      ctx.report({
        node: call.node,
        message: `${call.callee}() makes a value for ${where.length > 60 ? "what looks like a secret" : `\`${where}\``}. ${WHY}`,
      });
    }
  },
);
