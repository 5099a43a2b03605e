import type { SgNode } from "@ast-grep/napi";
import { endOf, FUNCTION_KINDS, startOf } from "./ast.js";

/** Node kinds that can make a definition (declarations, assignments, guards). */
export const DEFINING_KINDS = [
  "variable_declarator",
  "assignment_expression",
  "augmented_assignment_expression",
  "for_in_statement",
  "if_statement",
] as const;

interface Site {
  readonly node: SgNode;
  readonly start: number;
  readonly end: number;
}

/**
 * The definition candidates of every function inside one top-level function,
 * found by a single walk of it. Each function scope owns the defining nodes
 * whose innermost enclosing function is itself (or, as the per-scope search
 * did, a function nested in it that starts at the same offset). Searching each
 * scope's own subtree instead costs the sum of the subtrees' sizes, which for
 * functions nested n deep is n² (see docs/security-notes/linear-work.md).
 */
export class CandidateIndex {
  private byOwnerStart: Map<number, Site[]> | undefined;
  private callbackParents: Map<number, SgNode> | undefined;

  constructor(private readonly top: SgNode) {}

  /** The defining nodes the function spanning [start, end) owns, in document order. */
  candidatesOf(start: number, end: number): SgNode[] {
    this.byOwnerStart ??= this.build();
    const owned = this.byOwnerStart.get(start) ?? [];
    return owned.filter((site) => site.start >= start && site.end <= end).map((site) => site.node);
  }

  /**
   * The parent of a function nested in the top-level one when that parent is
   * an argument list or an export (the only parents that say what a function
   * is for), else null. Asking a node for its parent walks down from the root
   * of the tree, so doing it for each of n nested functions costs n².
   */
  meaningfulParentOf(fn: SgNode): SgNode | null {
    if (!this.callbackParents) {
      this.callbackParents = new Map();
      const parents = this.top.findAll({
        rule: {
          any: [{ kind: "arguments" }, { kind: "export_statement" }],
          has: { any: FUNCTION_KINDS.map((kind) => ({ kind })) },
        },
      });
      for (const parent of parents) {
        for (const child of parent.children()) this.callbackParents.set(child.id(), parent);
      }
    }
    return this.callbackParents.get(fn.id()) ?? null;
  }

  private build(): Map<number, Site[]> {
    const functions = spans(this.top.findAll({ rule: { any: FUNCTION_KINDS.map((kind) => ({ kind })) } }));
    const topStart = startOf(this.top);
    const defining = spans(this.top.findAll({ rule: { any: DEFINING_KINDS.map((kind) => ({ kind })) } }));
    const groups = new Map<number, Site[]>();
    // Functions open at the current position, innermost last: tree nodes nest, so a stack holds them.
    const open: Site[] = [];
    let next = 0;
    for (const site of defining) {
      while (next < functions.length && functions[next]!.start < site.start) {
        const fn = functions[next++]!;
        while (open.length > 0 && open[open.length - 1]!.end <= fn.start) open.pop();
        open.push(fn);
      }
      while (open.length > 0 && open[open.length - 1]!.end <= site.start) open.pop();
      const owner = open.length > 0 ? open[open.length - 1]!.start : topStart;
      const group = groups.get(owner);
      if (group) group.push(site);
      else groups.set(owner, [site]);
    }
    return groups;
  }
}

function spans(nodes: readonly SgNode[]): Site[] {
  return nodes.map((node) => ({ node, start: startOf(node), end: endOf(node) }));
}
