import type { SgNode } from "@ast-grep/napi";
import type { Range } from "../../core/location.js";

/** A node's place as findings give it: 1-based lines and columns (ast-grep's are 0-based), as run-rules.ts does. */
export function rangeOf(node: SgNode): Range {
  const r = node.range();
  return {
    start: { line: r.start.line + 1, column: r.start.column + 1 },
    end: { line: r.end.line + 1, column: r.end.column + 1 },
  };
}
