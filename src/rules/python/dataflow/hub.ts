import type { Rule as SgRule, SgNode } from "@ast-grep/napi";
import type { RuleContext } from "../../define-rule.js";
import { collectImports, type ImportMap } from "./imports.js";

/**
 * One search of the syntax tree per file for every Python rule. A full-tree
 * search costs about an eighth of parsing plus a few microseconds per node
 * returned, and every sub-rule in it is tried on every node, so rules
 * register what they look for when their module loads, each with a sharp
 * text hint; the first rule to run on a file searches once for the union of
 * the sub-rules whose hints match, and each rule filters the few nodes found.
 */
/** A cheap test on a file's text that must pass for the file to hold a match. */
export type Hint = RegExp | ((text: string) => boolean);

export function hintMatches(hint: Hint, text: string): boolean {
  return typeof hint === "function" ? hint(text) : hint.test(text);
}

interface NodeQueryEntry {
  readonly kinds: readonly string[];
  readonly rule: SgRule;
  readonly hint: Hint;
  /** The rule asks data-flow questions about what it finds, so the file's defs are needed. */
  readonly flow: boolean;
}

interface CallQueryEntry {
  /** Last segments of canonical names and method names: the callee text ends with one. */
  readonly names: readonly string[];
  readonly functions: readonly string[];
  readonly hint: Hint;
}

const NODE_QUERIES: NodeQueryEntry[] = [];
const CALL_QUERIES: CallQueryEntry[] = [];

export interface NodeQuery {
  readonly kinds: readonly string[];
  readonly hint: Hint;
}

/** Registers a structural search; `hint` must match the text of any file that can contain a match. */
export function nodeQuery(kinds: readonly string[], rule: SgRule, hint: Hint, flow = false): NodeQuery {
  NODE_QUERIES.push({ kinds, rule, hint, flow });
  return { kinds, hint };
}

/** Registers calls by canonical function names ("os.system") and method names ("execute"). */
export function callQuery(functions: readonly string[], methods: readonly string[], hint: Hint): void {
  const names = [...functions.map((f) => f.slice(f.lastIndexOf(".") + 1)), ...methods];
  CALL_QUERIES.push({ names, functions, hint });
}

export interface Hub {
  readonly imports: ImportMap;
  /** Nodes found, by kind. */
  nodes(kind: string): readonly SgNode[];
  /** Every def in the file (collected whenever some call query was active). */
  readonly definitions: readonly SgNode[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function hubOf(ctx: RuleContext): Hub {
  return ctx.memo("py-hub", () => buildHub(ctx));
}

function buildHub(ctx: RuleContext): Hub {
  const text = ctx.text;
  const imports = collectImports(text);
  const root = ctx.root;
  const byKind = new Map<string, SgNode[]>();
  const definitions: SgNode[] = [];
  const empty: Hub = { imports, nodes: () => [], definitions };
  if (root === undefined) return empty;
  const active = NODE_QUERIES.filter((q) => hintMatches(q.hint, text));
  const rules: SgRule[] = active.map((q) => q.rule);
  let needsFlow = active.some((q) => q.flow);
  const names = new Set<string>();
  for (const q of CALL_QUERIES) {
    if (!hintMatches(q.hint, text)) continue;
    for (const name of q.names) names.add(name);
    // `from os import system as run`: the alias is what the file calls.
    for (const [local, target] of imports) if (q.functions.includes(target)) names.add(local);
  }
  if (names.size > 0) {
    const alternatives = [...names].map(escapeRegex).join("|");
    rules.push({ kind: "call", has: { field: "function", regex: `(?:^|\\.)\\s*(?:${alternatives})$` } });
    needsFlow = true;
  }
  if (needsFlow) rules.push({ kind: "function_definition" });
  if (rules.length === 0) return empty;
  for (const node of root.findAll({ rule: { any: rules } })) {
    const kind = String(node.kind());
    if (kind === "function_definition") definitions.push(node);
    const list = byKind.get(kind);
    if (list) list.push(node);
    else byKind.set(kind, [node]);
  }
  return { imports, nodes: (kind) => byKind.get(kind) ?? [], definitions };
}

/** Nodes of a registered query's kinds found in this file (other rules' finds included: verify them). */
export function candidates(ctx: RuleContext, query: NodeQuery): SgNode[] {
  if (!hintMatches(query.hint, ctx.text)) return [];
  const hub = hubOf(ctx);
  return query.kinds.flatMap((kind) => hub.nodes(kind));
}

/** The registered structural searches (for measuring what each one costs). */
export function registeredQueries(): readonly { readonly kinds: readonly string[]; readonly rule: SgRule }[] {
  return NODE_QUERIES;
}
