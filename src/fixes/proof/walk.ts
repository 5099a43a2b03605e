import type { SgNode } from "@ast-grep/napi";
import { statementOf } from "../../rules/shared/predictable.js";
import { inSpans, type LineSpans } from "./region.js";

/** One thing a scan found: where, why, and a key that says whether the text before a fix had it too. */
export interface Hit {
  /** 1-based line. */
  readonly line: number;
  readonly reason: string;
  /** The hit's kind with its statement's text: equal keys before and after mean the fix did not write it. */
  readonly key: string;
}

export function line(node: SgNode): number {
  return node.range().start.line + 1;
}

/** Every node that starts on one of the lines, in document order. */
export function nodesIn(root: SgNode, spans: LineSpans): SgNode[] {
  const out: SgNode[] = [];
  const visit = (node: SgNode): void => {
    const r = node.range();
    const first = r.start.line + 1;
    const last = r.end.line + 1;
    if (!spans.some(([a, b]) => first <= b && a <= last)) return;
    if (inSpans(first, spans)) out.push(node);
    for (const child of node.children()) visit(child);
  };
  visit(root);
  return out;
}

/** The statement a node belongs to, whitespace-normalised: the identity of a hit across a fix. */
export function statementKey(node: SgNode): string {
  return statementOf(node).text().replace(/\s+/g, " ").trim();
}

export function hit(node: SgNode, reason: string): Hit {
  return { line: line(node), reason, key: `${reason}\u0000${statementKey(node)}` };
}

export function argumentsOf(call: SgNode): SgNode[] {
  const args = call.field("arguments");
  return args ? args.children().filter((c) => c.isNamed() && c.kind() !== "comment") : [];
}

/** Hits after the fix with no equal key before it (a multiset difference). */
export function newHits(before: readonly Hit[], after: readonly Hit[]): Hit[] {
  const counts = new Map<string, number>();
  for (const h of before) counts.set(h.key, (counts.get(h.key) ?? 0) + 1);
  const added: Hit[] = [];
  for (const h of after) {
    const n = counts.get(h.key) ?? 0;
    if (n > 0) counts.set(h.key, n - 1);
    else added.push(h);
  }
  return added;
}

/** Names of functions called from the given nodes. */
export function calledNames(nodes: readonly SgNode[]): Set<string> {
  const names = new Set<string>();
  for (const n of nodes) {
    if (n.kind() !== "call" && n.kind() !== "call_expression") continue;
    const callee = n.field("function");
    if (callee?.kind() === "identifier") names.add(callee.text());
  }
  return names;
}

const DEFINITIONS = new Set([
  "function_definition",
  "function_declaration",
  "variable_declarator",
  "assignment",
]);

/**
 * Line spans of the file's own functions with these names: code a fix reaches
 * by calling it, so a sink moved into a helper is still looked at.
 */
export function definitionSpans(root: SgNode, names: ReadonlySet<string>): [number, number][] {
  if (names.size === 0) return [];
  const spans: [number, number][] = [];
  const visit = (node: SgNode): void => {
    if (DEFINITIONS.has(String(node.kind()))) {
      const name = (node.field("name") ?? node.field("left"))?.text();
      const value = node.field("value") ?? node.field("right");
      const isFunction =
        String(node.kind()).startsWith("function") ||
        (value !== null &&
          /^(?:arrow_function|function_expression|function|lambda)$/.test(String(value.kind())));
      if (name && names.has(name) && isFunction) {
        const r = node.range();
        spans.push([r.start.line + 1, r.end.line + 1]);
      }
    }
    for (const child of node.children()) visit(child);
  };
  visit(root);
  return spans;
}
