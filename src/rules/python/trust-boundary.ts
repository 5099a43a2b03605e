import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";
import { flowOf, reportFlow, verdictFor } from "./dataflow/sinks.js";
import { verifiedBefore } from "./dataflow/verified-before.js";
import { isCartChoiceKey, preferenceKind, sessionKeyOf } from "../shared/session-keys.js";
import type { FileFlow } from "./dataflow/file-flow.js";
import type { Taint } from "./dataflow/taint.js";

const WHY =
  "The session is where the server keeps what it has verified (who the user is, their role); copying unchecked request data into it lets later code trust a value the user chose.";

const SESSION_TARGET = /^(?:(?:flask\.)?session|(?:self\.)?request\.session)\s*\[/;
/** `str(x)[:20]`: the value cut down to a short plain string. */
const BOUNDED_TEXT = /^str\([^\n]{0,200}\)\[\s*(?:0\s*)?:\s*\d+\s*\]$/;
const QUERY = nodeQuery(
  ["assignment"],
  "^(?:flask\\.)?(?:self\\.)?(?:request\\.)?session\\s*\\[",
  /session\s*\[[^[\]\n]*\]\s*=[^=]/,
);

/** `request.session.setdefault("cart", [])`, `session.get("cart") or {}`, `session["cart"]`: a container the session holds. */
const SESSION_CONTAINER =
  /^(?:(?:flask\.)?session|(?:self\.)?request\.session)\s*(?:\.\s*(?:setdefault|get)\s*\(|\[)/;
/** Methods that put their arguments into a list, dict or set. */
const FILLING_METHODS = new Set(["append", "extend", "insert", "update", "add", "setdefault"]);

/** A name bound to a container read out of the session, and the function it is bound in. */
interface SessionAlias {
  readonly name: string;
  readonly fn: SgNode;
  readonly at: number;
}

function enclosingFunction(node: SgNode): SgNode | null {
  let fn: SgNode | null = node.parent();
  while (fn && fn.kind() !== "function_definition") fn = fn.parent();
  return fn;
}

/**
 * `cart = request.session.setdefault("cart", [])`: the list or dict the name
 * holds is the session's own, so what is appended to it or set in it is
 * written into the session there and then (Starlette, Flask and Django keep
 * the object and serialise it at the end of the request).
 */
function sessionAliases(root: SgNode): SessionAlias[] {
  const out: SessionAlias[] = [];
  for (const a of root.findAll({
    rule: { kind: "assignment", has: { field: "left", kind: "identifier" } },
  })) {
    const right = a.field("right");
    if (!right || right.text().length > 200 || !SESSION_CONTAINER.test(right.text())) continue;
    const fn = enclosingFunction(a);
    const name = a.field("left")?.text();
    if (fn && name) out.push({ name, fn, at: a.range().end.index });
  }
  return out;
}

/** The statements after an alias that fill it: `cart[sku] = line` (the assignment) and `cart.append(line)` (the call). */
function fillsOf(alias: SessionAlias): { readonly node: SgNode; readonly call: boolean }[] {
  const out: { node: SgNode; call: boolean }[] = [];
  for (const a of alias.fn.findAll({ rule: { kind: "assignment" } })) {
    const left = a.field("left");
    if (a.range().start.index < alias.at || left?.kind() !== "subscript") continue;
    if (left.field("value")?.text() === alias.name) out.push({ node: a, call: false });
  }
  for (const c of alias.fn.findAll({ rule: { kind: "call" } })) {
    const callee = c.field("function");
    if (c.range().start.index < alias.at || callee?.kind() !== "attribute") continue;
    if (callee.field("object")?.text() !== alias.name) continue;
    if (FILLING_METHODS.has(callee.field("attribute")?.text() ?? "")) out.push({ node: c, call: true });
  }
  return out;
}

/**
 * What a fill puts into the session's container. Of a dictionary literal
 * (`{"sku": sku, "qty": qty, "unit_price": price}`) only the members the
 * server must set count, not the shopper's own picks (session-keys.ts).
 */
function fillTaint(flow: FileFlow, fill: { readonly node: SgNode; readonly call: boolean }): Taint {
  const values = fill.call
    ? (fill.node.field("arguments")?.namedChildren() ?? [])
    : [fill.node.field("right")].filter((v): v is SgNode => v !== null);
  const whole = fill.call ? flow.callFacts(fill.node).args.flat() : flow.valueOf(fill.node);
  if (values.length !== 1 || values[0]?.kind() !== "dictionary") return whole;
  const members = values[0].namedChildren().filter((m) => m.kind() !== "comment");
  if (members.some((m) => m.kind() !== "pair")) return whole;
  return members.flatMap((pair) => {
    const key = pair.field("key");
    const value = pair.field("value");
    const literal = key?.kind() === "string" ? /^["']([\w-]+)["']$/.exec(key.text())?.[1] : undefined;
    if (!value || (literal !== undefined && isCartChoiceKey(literal))) return [];
    return [...flow.valueOf(value)];
  });
}

export default defineRule(
  {
    id: "py/trust-boundary",
    languages: ["python"],
    category: "security",
    severity: "medium",
    confidence: 0.75,
    cwe: ["CWE-501"],
    owasp: "A04:2021-Insecure Design",
    title: "Untrusted input stored in the session",
    description:
      "A value from the request is written into the server-side session (Flask session[...] or Django request.session[...]) without validation.",
    why: WHY,
    howToFix:
      "Validate the value (type, allowed values, ownership) before storing it, or store only what the server derived itself, such as the id of the user it authenticated.",
    references: ["https://cwe.mitre.org/data/definitions/501.html"],
    fixable: false,
    family: "trust-boundary",
    // Operator-only flows (docs/trust-levels.md): a session value the operator sets is not data crossing a trust boundary.
    operatorFlows: "ignore",
    // A value read from the server's own database (the signed-in user's id) is what a session is for.
    storedFlows: "ignore",
  },
  (ctx) => {
    const nodes = candidates(ctx, QUERY).filter(
      (n) => n.kind() === "assignment" && SESSION_TARGET.test(n.text()),
    );
    const aliases =
      ctx.root && /session\s*(?:\.\s*(?:setdefault|get)\s*\(|\[)/.test(ctx.text)
        ? sessionAliases(ctx.root)
        : [];
    if (nodes.length === 0 && aliases.length === 0) return;
    const flow = flowOf(ctx);
    for (const alias of aliases) {
      for (const fill of fillsOf(alias)) {
        const taint = fillTaint(flow, fill);
        const verdict = verdictFor(
          flow,
          taint.filter((o) => o.derived !== true),
          "session",
          {
            built: 0.3,
            direct: 0.3,
          },
        );
        if (verdict) reportFlow(ctx, fill.node, verdict, "The session stores a value from", WHY);
      }
    }
    for (const node of nodes) {
      const target = node.field("left")?.text() ?? "";
      const value = node.field("right");
      // `request.session["cart"] = cart` after `cart = request.session.setdefault("cart", [])`:
      // what went into the container was checked where it was put in.
      if (
        value?.kind() === "identifier" &&
        aliases.some(
          (a) =>
            a.name === value.text() &&
            a.at < node.range().start.index &&
            a.fn.id() === enclosingFunction(node)?.id(),
        )
      )
        continue;
      // A theme, or a nickname cut to a short string, is the user's to pick: nothing later trusts it.
      const kind = preferenceKind(sessionKeyOf(target) ?? "");
      if (kind === "preference" || (kind === "display-name" && BOUNDED_TEXT.test(value?.text() ?? "")))
        continue;
      // What a lookup returned for the input (`find_account(email).id`) is the server's record, not the input.
      const arriving = flow.valueOf(node).filter((o) => o.derived !== true);
      const verdict = verdictFor(flow, arriving, "session", { built: 0.3, direct: 0.3 });
      if (verdict && value && verifiedBefore(node, value)) continue;
      if (verdict) reportFlow(ctx, node, verdict, "The session stores a value from", WHY);
    }
  },
);
