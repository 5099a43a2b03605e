import type { Edit, Fix } from "../../core/fix.js";
import type { FixContext, RuleMatch } from "../define-rule.js";
import { argumentNodes, asKind, pythonImport, replace } from "./edits.js";

/** random functions with a `secrets` twin of the same meaning. */
const SECRETS_TWIN: Readonly<Record<string, string>> = {
  "random.choice": "secrets.choice",
  "random.getrandbits": "secrets.randbits",
};

/**
 * A predictable token from `random` → the same draw from `secrets` (the
 * operating system's generator): random.choice → secrets.choice,
 * random.getrandbits → secrets.randbits, random.randint(0, n) →
 * secrets.randbelow(n + 1); uuid.uuid1() → uuid.uuid4(). `import secrets` is
 * added when missing. Other draws (random.random) have no same-meaning twin.
 */
export function pySecretsToken({ node }: RuleMatch, { root, text }: FixContext): Fix | undefined {
  const call = asKind(node, ["call"]);
  const fn = call?.field("function");
  if (!call || !fn) return undefined;
  const name = fn.text();
  if (name === "uuid.uuid1" && argumentNodes(call).length === 0)
    return {
      description: "Use uuid4, which is random, instead of the time-based uuid1",
      applicability: "suggested",
      edits: [replace(fn, "uuid.uuid4")],
    };
  const args = argumentNodes(call);
  let edits: Edit[];
  if (SECRETS_TWIN[name] !== undefined) edits = [replace(fn, SECRETS_TWIN[name])];
  else if (
    name === "random.randint" &&
    args.length === 2 &&
    args[0]!.text() === "0" &&
    args[1]!.kind() !== "keyword_argument"
  )
    edits = [replace(call, `secrets.randbelow(${args[1]!.text()} + 1)`)];
  else return undefined;
  if (!/^import secrets\b/m.test(text)) {
    const added = pythonImport(root, "secrets");
    if (!added) return undefined;
    edits.push(added);
  }
  return {
    description: "Draw the token from secrets, the operating system's unpredictable generator",
    // Same values' shape; a test that seeded random to get fixed tokens would change.
    applicability: "suggested",
    edits,
  };
}

/** Math.random().toString(36).slice(2) and the like: the whole expression that turns the draw into a token. */
const TOKEN_CHAIN = /^Math\.random\(\)\.toString\((?:16|36)\)(?:\.(?:slice|substring|substr)\([^()]*\))?$/;

/** Math.random().toString(36).slice(2) → crypto.randomUUID() (Node's and browsers' global crypto). */
export function jsRandomToken({ node }: RuleMatch): Fix | undefined {
  const call = asKind(node, ["call_expression"]);
  if (!call) return undefined;
  let chain = call;
  for (
    let up = call.parent();
    up && (up.kind() === "member_expression" || up.kind() === "call_expression");
    up = up.parent()
  )
    if (up.kind() === "call_expression") chain = up;
  if (!TOKEN_CHAIN.test(chain.text())) return undefined;
  // Two draws joined into one longer token: the whole join becomes one token, so no draw is left on the line.
  const joined = chain.parent();
  const sides = joined?.kind() === "binary_expression" ? [joined.field("left"), joined.field("right")] : [];
  if (joined && sides.every((n) => n && TOKEN_CHAIN.test(n.text())) && sides.length === 2) chain = joined;
  return {
    description: "Make the token with crypto.randomUUID(), from a cryptographic generator",
    // The token's length and alphabet change: code that parses or stores it in a short column may need a look.
    applicability: "suggested",
    edits: [replace(chain, "crypto.randomUUID()")],
  };
}
