import type { SgNode } from "@ast-grep/napi";

/**
 * The operands of a chain of `and` / `or` (of `op` only, when given), left to
 * right: `a and b and c` parses as `(a and b) and c`, read here without a call
 * per level, so a condition of thousands of checks cannot exhaust the stack
 * (docs/security-notes/linear-work.md).
 */
export function booleanOperands(cond: SgNode, op?: "and" | "or"): SgNode[] {
  const out: SgNode[] = [];
  const pending: SgNode[] = [cond];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const [left, middle, right] = node.children();
    const chained = node.kind() === "boolean_operator" && (op === undefined || middle?.text() === op);
    if (chained && left && right) pending.push(right, left);
    else out.push(node);
  }
  return out;
}
