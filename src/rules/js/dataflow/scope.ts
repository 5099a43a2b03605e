import type { SgNode } from "@ast-grep/napi";
import { endOf, FUNCTION_KINDS, isConstantFalse, isFunctionKind, startOf } from "./ast.js";
import { CandidateIndex, DEFINING_KINDS } from "./candidate-index.js";

/** Where an assignment happens and what it assigns, evaluated on demand. */
export interface Definition {
  readonly name: string;
  /** Offset after which the definition holds. */
  readonly pos: number;
  /** The node whose ancestors decide whether the definition is conditional. */
  readonly anchor: SgNode;
  /**
   * Set for definitions that hold only inside a range (the body of a positive
   * allow-list check): uses outside it also see the earlier definitions.
   */
  readonly onlyWithin?: readonly [number, number];
  readonly compute: (mode: EvalMode) => import("./taint.js").Value;
}

/**
 * `call-sites` binds parameters to what same-file callers pass; `summary`
 * keeps them symbolic, to learn which parameters reach a function's result;
 * `xfile` is `summary` that also marks results of calls to other modules'
 * functions, for the cross-file summaries (src/rules/xfile/).
 */
export type EvalMode = "call-sites" | "summary" | "xfile";

export interface Branch {
  /** Innermost conditional region holding the definition, or null when it dominates later code. */
  readonly region: readonly [number, number] | null;
  /** Inside an `if (false)` body: never runs. */
  readonly dead: boolean;
}

const LOOP_OR_BRANCH: ReadonlySet<string> = new Set([
  "else_clause",
  "switch_case",
  "switch_default",
  "catch_clause",
  "for_statement",
  "for_in_statement",
  "while_statement",
  "do_statement",
  "ternary_expression",
]);

/**
 * Finds the innermost conditional region around a node within its function,
 * and whether the node sits in a constant-false branch.
 */
export function branchOf(node: SgNode): Branch {
  let region: readonly [number, number] | null = null;
  const start = startOf(node);
  for (const ancestor of node.ancestors()) {
    const kind = String(ancestor.kind());
    if (isFunctionKind(kind)) break;
    if (kind === "if_statement") {
      const consequence = ancestor.field("consequence");
      if (consequence && startOf(consequence) <= start && start < endOf(consequence)) {
        if (isConstantFalse(ancestor.field("condition"))) return { region, dead: true };
        region ??= [startOf(consequence), endOf(consequence)];
      }
      continue;
    }
    if (kind === "binary_expression") {
      const op = ancestor.field("operator")?.text();
      const right = ancestor.field("right");
      if ((op === "&&" || op === "||" || op === "??") && right && startOf(right) <= start) {
        region ??= [startOf(right), endOf(right)];
      }
      continue;
    }
    if (LOOP_OR_BRANCH.has(kind)) region ??= [startOf(ancestor), endOf(ancestor)];
  }
  return { region, dead: false };
}

/** A function (or the whole program) with its definitions, collected on first use. */
export class Scope {
  readonly start: number;
  readonly end: number;
  private definitions: Map<string, Definition[]> | undefined;
  private readonly branches = new Map<Definition, Branch>();

  constructor(
    readonly node: SgNode,
    readonly parent: Scope | undefined,
    private readonly collect: (scope: Scope, nodes: readonly SgNode[]) => Definition[],
  ) {
    this.start = startOf(node);
    this.end = endOf(node);
    // Every function inside one top-level function shares that function's index, so nested scopes are found in one walk.
    if (parent !== undefined) this.index = parent.isProgram ? new CandidateIndex(node) : parent.index;
  }

  private readonly index: CandidateIndex | undefined;

  /**
   * This function's parent node when it is an argument list or an export
   * statement, else null (the program scope: null).
   */
  meaningfulParent(): SgNode | null {
    if (this.parent === undefined) return null;
    if (this.parent.isProgram) {
      const kind = this.node.parent()?.kind();
      return kind === "arguments" || kind === "export_statement" ? this.node.parent() : null;
    }
    return this.index?.meaningfulParentOf(this.node) ?? null;
  }

  get isProgram(): boolean {
    return this.parent === undefined;
  }

  /** Definitions of `name` in this scope, ordered by position. */
  definitionsOf(name: string): readonly Definition[] | undefined {
    this.definitions ??= this.build();
    return this.definitions.get(name);
  }

  branch(def: Definition): Branch {
    let b = this.branches.get(def);
    if (!b) {
      b = branchOf(def.anchor);
      this.branches.set(def, b);
    }
    return b;
  }

  private build(): Map<string, Definition[]> {
    const candidates =
      this.end - this.start > LARGE_SCOPE
        ? this.directCandidates()
        : (this.index?.candidatesOf(this.start, this.end) ?? this.allCandidates());
    const map = new Map<string, Definition[]>();
    for (const def of this.collect(this, candidates)) {
      const list = map.get(def.name);
      if (list) list.push(def);
      else map.set(def.name, [def]);
    }
    for (const list of map.values()) list.sort((a, b) => a.pos - b.pos);
    return map;
  }

  private allCandidates(): SgNode[] {
    const nested = outermost(
      this.node
        .findAll({ rule: { any: FUNCTION_KINDS.map((kind) => ({ kind })) } })
        .map((n) => [startOf(n), endOf(n)] as const)
        .filter(([s]) => s !== this.start),
    );
    return this.node
      .findAll({ rule: { any: DEFINING_KINDS.map((kind) => ({ kind })) } })
      .filter((n) => !insideAny(nested, startOf(n)));
  }

  /** Definitions made by the scope's own statements (declarations, assignments, guards). */
  private directCandidates(): SgNode[] {
    const body = this.isProgram ? this.node : (this.node.field("body") ?? this.node);
    const out: SgNode[] = [];
    for (let statement of body.namedChildren()) {
      if (statement.kind() === "export_statement") statement = statement.field("declaration") ?? statement;
      const kind = String(statement.kind());
      if (kind === "lexical_declaration" || kind === "variable_declaration") {
        out.push(...statement.namedChildren().filter((c) => c.kind() === "variable_declarator"));
      } else if (kind === "expression_statement") {
        const expression = statement.namedChildren()[0];
        if (expression && /assignment_expression$/.test(String(expression.kind()))) out.push(expression);
      } else if (kind === "for_in_statement" || kind === "if_statement") {
        out.push(statement);
      }
    }
    return out;
  }
}

/**
 * Scopes larger than this (bundles wrapped in one function, generated code)
 * only get the definitions made by their own statements, not those nested in
 * blocks: walking every declarator of a multi-megabyte scope costs more than
 * the precision is worth.
 */
const LARGE_SCOPE = 200_000;

type Span = readonly [number, number];

/** Keeps the ranges not nested in another, sorted by start (findAll yields them in document order). */
function outermost(ranges: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) continue;
    out.push(r);
  }
  return out;
}

/** Binary search over disjoint sorted ranges. */
function insideAny(ranges: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset <= r[0]) hi = mid - 1;
    else if (offset >= r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}
