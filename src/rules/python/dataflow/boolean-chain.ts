import type { SgNode } from "@ast-grep/napi";

/**
 * The operands of a chain of `and` / `or` (of `op` only, when given), left to
 * right: `a and b and c` parses as `(a and b) and c`, read here without a call
 * per level, so a condition of thousands of checks cannot exhaust the stack
 * (docs/security-notes/linear-work.md). Read by field, since a line
 * continuation is a child of its own. Empty when `cond` is not such a chain.
 */
export function booleanOperands(cond: SgNode, op?: "and" | "or"): SgNode[] {
  const out: SgNode[] = [];
  const pending: SgNode[] = [cond];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const left = node.field("left");
    const right = node.field("right");
    const chained =
      node.kind() === "boolean_operator" &&
      left !== null &&
      right !== null &&
      (op === undefined || node.field("operator")?.text() === op);
    if (chained) pending.push(right, left);
    else if (node.id() !== cond.id()) out.push(node);
  }
  return out;
}
