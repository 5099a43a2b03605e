import type { SgNode } from "@ast-grep/napi";
import type { CodeLanguage } from "../../core/language.js";
import { parseSource } from "../../rules/parse.js";
import type { FixRegion, LineSpans } from "./region.js";
import { jsRoutes } from "./routes-js.js";
import { pythonRoutes } from "./routes-python.js";
import { calledNames, definitionSpans, newHits, nodesIn, type Hit } from "./walk.js";

/** One side of a fix: its tree, the lines the fix touched, and the nodes on them. */
export interface Side {
  readonly root: SgNode;
  readonly text: string;
  readonly nodes: readonly SgNode[];
}

/**
 * The nodes a fix wrote, and those of the file's own functions it calls: a
 * sink moved into a helper is still code the fix reaches.
 */
export function sideOf(language: CodeLanguage, text: string, spans: LineSpans): Side {
  const root = parseSource(language, text, { countMissing: false }).root;
  const touched = nodesIn(root, spans);
  const helpers = definitionSpans(root, calledNames(touched)).filter(
    ([a, b]) => !spans.some(([x, y]) => a >= x && b <= y),
  );
  const nodes = helpers.length === 0 ? touched : nodesIn(root, [...spans, ...helpers]);
  return { root, text, nodes };
}

export function routesOf(language: CodeLanguage, side: Side): Hit[] {
  return language === "python" ? pythonRoutes(side.nodes, side.text) : jsRoutes(side.nodes, side.root);
}

/**
 * The noIndirectRoute step: what the patched code reaches that the replaced
 * code did not: a dangerous function by a computed name, an alias, a string
 * built from pieces, a module loaded by name, a shell through an argument
 * list, a switched-off protection, or a new sink. Empty when the fix adds none.
 */
export function indirectRoutes(
  language: CodeLanguage,
  before: string,
  after: string,
  region: FixRegion,
): { hits: Hit[]; before: Side; after: Side } {
  const b = sideOf(language, before, region.before);
  const a = sideOf(language, after, region.after);
  return { hits: newHits(routesOf(language, b), routesOf(language, a)), before: b, after: a };
}
