import type { SgNode } from "@ast-grep/napi";
import type { Edit } from "../../core/fix.js";
import type { Position } from "../../core/location.js";
import { nodeRange } from "../run-rules.js";

/**
 * The matched node itself when it is one of `kinds`, else the node of such a
 * kind spanning exactly the same text (a call inside its expression
 * statement). Looks only at the match, never across the file.
 */
export function asKind(node: SgNode | undefined, kinds: readonly string[]): SgNode | undefined {
  if (!node) return undefined;
  if (kinds.includes(String(node.kind()))) return node;
  const same = (n: SgNode | null | undefined): n is SgNode =>
    !!n &&
    n.range().start.index === node.range().start.index &&
    n.range().end.index === node.range().end.index;
  for (let inner = node.children().find(same); inner; inner = inner.children().find(same))
    if (kinds.includes(String(inner.kind()))) return inner;
  for (let outer = node.parent(); same(outer); outer = outer.parent())
    if (kinds.includes(String(outer.kind()))) return outer;
  return undefined;
}

/** An edit replacing a node's text. */
export function replace(node: SgNode, text: string): Edit {
  return { range: nodeRange(node.range()), text };
}

/** An edit inserting `text` at a point. */
export function insert(at: Position, text: string): Edit {
  return { range: { start: at, end: at }, text };
}

/** An edit deleting from the start of `from` to the end of `to`. */
export function remove(from: SgNode, to: SgNode): Edit {
  return { range: { start: nodeRange(from.range()).start, end: nodeRange(to.range()).end }, text: "" };
}

/** The start of a node, in our 1-based terms. */
export function startOf(node: SgNode): Position {
  return nodeRange(node.range()).start;
}

/** Python keyword arguments of a call node, by name. */
export function keywordArguments(call: SgNode): Map<string, SgNode> {
  const out = new Map<string, SgNode>();
  for (const arg of call.field("arguments")?.children() ?? []) {
    if (arg.kind() !== "keyword_argument") continue;
    const name = arg.field("name")?.text();
    const value = arg.field("value");
    if (name !== undefined && value) out.set(name, value);
  }
  return out;
}

/** The positional and keyword argument nodes of a call, comments and punctuation left out. */
export function argumentNodes(call: SgNode): SgNode[] {
  return (
    call
      .field("arguments")
      ?.children()
      .filter((c) => c.isNamed() && c.kind() !== "comment") ?? []
  );
}

/** `import <module>` placed before a Python file's first import (after any `from __future__`); undefined without one. */
export function pythonImport(root: SgNode | undefined, module: string): Edit | undefined {
  const first = root
    ?.children()
    .find(
      (c) =>
        (c.kind() === "import_statement" || c.kind() === "import_from_statement") &&
        !c.text().startsWith("from __future__"),
    );
  if (!first || first.range().start.column !== 0) return undefined;
  return insert({ line: first.range().start.line + 1, column: 1 }, `import ${module}\n`);
}
