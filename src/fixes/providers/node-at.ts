import type { SgNode } from "@ast-grep/napi";
import type { Edit } from "../../core/fix.js";
import type { Range } from "../../core/location.js";
import { nodeRange } from "../../rules/run-rules.js";

/** The node of one of `kinds` whose range is exactly `range` (the place a rule reported). */
export function nodeAt(root: SgNode, range: Range, kinds: readonly string[]): SgNode | undefined {
  for (const kind of kinds) {
    const found = root.findAll({ rule: { kind } }).find((node) => sameRange(nodeRange(node.range()), range));
    if (found) return found;
  }
  return undefined;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.column === b.start.column &&
    a.end.line === b.end.line &&
    a.end.column === b.end.column
  );
}

/** An edit replacing a node's text. */
export function replace(node: SgNode, text: string): Edit {
  return { range: nodeRange(node.range()), text };
}

/** Python keyword arguments of a call node, by name. */
export function keywordArguments(call: SgNode): Map<string, SgNode> {
  const args = call.field("arguments");
  const out = new Map<string, SgNode>();
  for (const arg of args?.children() ?? []) {
    if (arg.kind() !== "keyword_argument") continue;
    const name = arg.field("name")?.text();
    const value = arg.field("value");
    if (name !== undefined && value) out.set(name, value);
  }
  return out;
}
