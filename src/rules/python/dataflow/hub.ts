import type { Rule as SgRule, SgNode } from "@ast-grep/napi";
import type { RuleContext } from "../../define-rule.js";
import { collectImports, type ImportMap } from "./imports.js";
import { asciiClasses, isAscii } from "../../shared/ascii-classes.js";

/**
 * Few searches of the syntax tree per file for all Python rules. Measured on
 * the CPython standard library: a search costs about a third of parsing, each
 * extra branch of an `any` rule with a regex or a relation costs nearly as much
 * again, while extra plain kinds are almost free, and every node returned
 * costs a couple of microseconds. So rules register, when their module loads,
 * what they look for with a sharp text hint, and the first rule to run on a
 * file makes one search, an `any` of three branches split again by kind: the
 * calls of every active call query, the file's defs, and the nodes of every
 * active simple query (`kind` + `regex`, merged as an `any` of kinds with one
 * alternation of regexes). Measured on the standard library, the one search
 * with three branches takes about 60% of the time of three searches: walking
 * the tree, not testing a node, is most of a search's cost. Queries that need
 * a relation (inside, follows) run alone, and only in files whose hint
 * matched. Every rule re-checks the nodes it gets: the merged search may
 * return nodes another rule asked for.
 */

/** A cheap test on a file's text that must pass for the file to hold a match. */
export type Hint = RegExp | ((text: string) => boolean);

export function hintMatches(hint: Hint, text: string): boolean {
  return typeof hint === "function" ? hint(text) : hint.test(text);
}

export interface NodeQuery {
  readonly id: number;
  readonly kinds: readonly string[];
  readonly hint: Hint;
  /** Simple queries: a Rust regex on the node's text, merged with the others. */
  readonly regex?: string;
  /** Relational queries: searched alone. */
  readonly rule?: SgRule;
}

interface CallQueryEntry {
  /** Canonical dotted names: the callee is spelled as one, or through an import alias. */
  readonly functions: readonly string[];
  /** Method names: the callee ends with `.name`. */
  readonly methods: readonly string[];
  readonly hint: Hint;
}

const NODE_QUERIES: NodeQuery[] = [];
const CALL_QUERIES: CallQueryEntry[] = [];

/** Registers a simple search: nodes of these kinds whose text matches `regex` (a Rust regex). */
export function nodeQuery(kinds: readonly string[], regex: string, hint: Hint): NodeQuery {
  // The hub's one search tells its calls and defs apart from these queries' nodes by kind.
  if (kinds.includes("call") || kinds.includes("function_definition"))
    throw new Error("nodeQuery: calls and defs come from callQuery and Hub.definitions()");
  const query: NodeQuery = { id: NODE_QUERIES.length, kinds, hint, regex };
  NODE_QUERIES.push(query);
  return query;
}

/** Registers a search that needs relations; it runs as its own search in files whose hint matches. */
export function relationalQuery(kinds: readonly string[], rule: SgRule, hint: Hint): NodeQuery {
  const query: NodeQuery = { id: NODE_QUERIES.length, kinds, hint, rule };
  NODE_QUERIES.push(query);
  return query;
}

/** Registers calls by canonical function names ("os.system") and method names ("execute"). */
export function callQuery(functions: readonly string[], methods: readonly string[], hint: Hint): void {
  CALL_QUERIES.push({ functions, methods, hint });
}

/** Every way the file can spell a canonical name: itself and through each import alias. */
function spellings(name: string, imports: ImportMap): string[] {
  const out = [name];
  for (const [local, target] of imports) {
    if (name === target) out.push(local);
    else if (name.startsWith(`${target}.`)) out.push(local + name.slice(target.length));
  }
  return out;
}

export interface Hub {
  readonly imports: ImportMap;
  /** A hint's answer for this file, computed once however many rules ask. */
  hint(hint: Hint): boolean;
  /** Calls whose callee ends with a name some active call query asked for. */
  readonly calls: readonly SgNode[];
  /** Every def in the file, searched the first time it is asked for. */
  definitions(): readonly SgNode[];
  /** Nodes found for a query (with other queries' nodes of the same kinds when merged). */
  nodes(query: NodeQuery): readonly SgNode[];
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
  const answers = new Map<Hint, boolean>();
  const hint = (h: Hint): boolean => {
    let answer = answers.get(h);
    if (answer === undefined) {
      answer = hintMatches(h, text);
      answers.set(h, answer);
    }
    return answer;
  };
  const root = ctx.root;
  if (root === undefined) return { imports, hint, calls: [], definitions: () => [], nodes: () => [] };
  // The merged searches' regexes are compiled anew for every file; ASCII classes compile far faster (shared/ascii-classes.ts).
  const compiled = isAscii(text) ? asciiClasses : (regex: string): string => regex;

  // Full spellings, not last segments: `requests.get` must not pull in every dict.get() call.
  const spelled = new Set<string>();
  const methods = new Set<string>();
  // A callee spelled `name` or ending `.name` holds the name in the file's text; names the text lacks are
  // left out, which keeps the search's regex short: compiling it costs about half a microsecond a character, per file.
  // Each segment of such a callee is a whole word of the text, so the file's words rule out most names
  // without a scan of the text each (mentions).
  const mentions = mentionTest(text);
  for (const q of CALL_QUERIES) {
    if (!hint(q.hint)) continue;
    for (const fn of q.functions)
      for (const s of spellings(fn, imports)) if (mentions(s) && text.includes(s)) spelled.add(s);
    for (const m of q.methods) if (mentions(m) && text.includes(m)) methods.add(m);
  }
  const branches: SgRule[] = [];
  const alternatives: string[] = [];
  if (spelled.size > 0) alternatives.push(`^(?:${[...spelled].map(escapeRegex).join("|")})$`);
  if (methods.size > 0) alternatives.push(`\\.\\s*(?:${[...methods].map(escapeRegex).join("|")})$`);
  if (alternatives.length > 0)
    branches.push({ kind: "call", has: { field: "function", regex: compiled(alternatives.join("|")) } });
  if (text.includes("def")) branches.push({ kind: "function_definition" });
  const merged = NODE_QUERIES.filter((q) => q.regex !== undefined && hint(q.hint));
  if (merged.length > 0) {
    const kinds = [...new Set(merged.flatMap((q) => q.kinds))];
    const regex = compiled(merged.map((q) => `(?:${q.regex ?? ""})`).join("|"));
    branches.push({ any: kinds.map((kind) => ({ kind })), regex });
  }

  // One walk of the tree for all three, told apart by kind: no simple query asks for calls or defs (nodeQuery).
  const calls: SgNode[] = [];
  const definitions: SgNode[] = [];
  const byKind = new Map<string, SgNode[]>();
  const [only, ...more] = branches;
  const found =
    only === undefined ? [] : root.findAll({ rule: more.length === 0 ? only : { any: branches } });
  for (const node of found) {
    const kind = String(node.kind());
    if (kind === "call") calls.push(node);
    else if (kind === "function_definition") definitions.push(node);
    else {
      const list = byKind.get(kind);
      if (list) list.push(node);
      else byKind.set(kind, [node]);
    }
  }

  const alone = new Map<number, SgNode[]>();
  return {
    imports,
    hint,
    calls,
    definitions: () => definitions,
    nodes: (query) => {
      if (query.rule === undefined) return query.kinds.flatMap((kind) => byKind.get(kind) ?? []);
      let found = alone.get(query.id);
      if (found === undefined) {
        found = root.findAll({ rule: query.rule });
        alone.set(query.id, found);
      }
      return found;
    },
  };
}

/**
 * A test that a dotted name may occur in the text: false only when a segment of
 * it that is a plain ASCII word is no whole word of the text. A callee spelled
 * with the name holds each segment as a whole word: the callee's text starts and
 * ends on a name boundary and its dots part names.
 */
function mentionTest(text: string): (name: string) => boolean {
  let words: Set<string> | undefined;
  return (name) => {
    words ??= new Set(text.match(/[A-Za-z0-9_]+/g));
    for (const segment of name.split("."))
      if (/^[A-Za-z0-9_]+$/.test(segment) && !words.has(segment)) return false;
    return true;
  };
}

/** Nodes for a registered query in this file (other rules' finds included when merged: verify them). */
export function candidates(ctx: RuleContext, query: NodeQuery): readonly SgNode[] {
  const hub = hubOf(ctx);
  return hub.hint(query.hint) ? hub.nodes(query) : [];
}
