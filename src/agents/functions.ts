import type { SgNode } from "@ast-grep/napi";
import type { CodeLanguage } from "../core/language.js";
import { parseSource } from "../rules/parse.js";
import { NAME_CHARACTER, NOT_AFTER_NAME, namePattern } from "../rules/shared/name-pattern.js";

/** A function as the logic agent sees it: where it is, how it is called, what it promises. */
export interface ExtractedFunction {
  readonly name: string;
  /** The declaration's first line(s) up to the body. */
  readonly signature: string;
  readonly docstring: string | null;
  readonly startLine: number;
  readonly endLine: number;
  /** Names of functions in the same file that call it. */
  readonly callers: readonly string[];
}

const FUNCTION_KINDS: Readonly<Record<CodeLanguage, readonly string[]>> = {
  python: ["function_definition"],
  javascript: ["function_declaration", "method_definition", "arrow_function", "function_expression"],
  typescript: ["function_declaration", "method_definition", "arrow_function", "function_expression"],
  tsx: ["function_declaration", "method_definition", "arrow_function", "function_expression"],
};

/** Functions and methods of a file from its syntax tree, outermost and nested alike. */
export function extractFunctions(language: CodeLanguage, text: string): ExtractedFunction[] {
  const { root } = parseSource(language, text);
  const nodes = FUNCTION_KINDS[language].flatMap((kind) => root.findAll({ rule: { kind } }));
  const found = nodes
    .map((node) => ({ node, name: nameOf(node) }))
    .filter((f): f is { node: SgNode; name: string } => f.name !== undefined);
  const bodies = found.map((f) => ({ name: f.name, text: f.node.text() }));
  return found
    .map(({ node, name }) => {
      // A call of the name: it does not continue another identifier (`.name(` is a call too).
      const call = new RegExp(String.raw`${NOT_AFTER_NAME}${namePattern(name)}\s*\(`);
      const callers = bodies
        .filter((b) => b.name !== name && call.test(b.text.slice(b.text.indexOf("\n") + 1)))
        .map((b) => b.name);
      return {
        name,
        signature: signatureOf(node),
        docstring: docstringOf(language, node),
        startLine: node.range().start.line + 1,
        endLine: node.range().end.line + 1,
        callers: [...new Set(callers)].sort(),
      };
    })
    .sort((a, b) => a.startLine - b.startLine || a.name.localeCompare(b.name));
}

function nameOf(node: SgNode): string | undefined {
  const own = node.field("name")?.text();
  if (own !== undefined) return own;
  // `const load = (x) => ...` / `load: function () {}`: the name is on the parent.
  const parent = node.parent();
  if (parent?.kind() === "variable_declarator" || parent?.kind() === "pair") {
    return (parent.field("name") ?? parent.field("key"))?.text();
  }
  return undefined;
}

function signatureOf(node: SgNode): string {
  const body = node.field("body");
  const text = node.text();
  const start = node.range().start.index;
  const end = body === null ? node.range().end.index : body.range().start.index;
  // Comments on the declaration's lines (`def handler(request):  # …`) are code text, not
  // facts: they are shown inside the code's fence only, never as the signature.
  let head = "";
  let at = start;
  for (const comment of node.findAll({ rule: { kind: "comment" } })) {
    const { start: from, end: to } = comment.range();
    if (from.index >= end) continue;
    head += text.slice(at - start, from.index - start);
    at = to.index;
  }
  head += text.slice(Math.min(at, end) - start, end - start);
  return head
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?<![:{=>\s])[:{=>\s]+$/, "");
}

function docstringOf(language: CodeLanguage, node: SgNode): string | null {
  if (language === "python") {
    const first = node.field("body")?.children()[0];
    const string = first?.kind() === "expression_statement" ? first.children()[0] : undefined;
    return string?.kind() === "string" ? string.text() : null;
  }
  // The comment sits before the outermost statement: `export`, `const x = () =>`.
  let holder: SgNode = node;
  for (let up = node.parent(); up !== null && WRAPPERS.has(String(up.kind())); up = up.parent()) holder = up;
  const prev = holder.prev();
  return prev?.kind() === "comment" ? prev.text() : null;
}

const WRAPPERS = new Set([
  "variable_declarator",
  "lexical_declaration",
  "variable_declaration",
  "export_statement",
]);

/** A run of identifier characters: JavaScript names may hold `$`, and both languages letters above U+007F. */
const IDENTIFIER_RUN = new RegExp(`${NAME_CHARACTER}+`, "g");

/**
 * Finds any of `names` as a whole identifier; no names find nothing. The
 * text's identifiers are looked up in a set, not matched against an
 * alternation of the names, so the work is one pass over the text.
 */
export function identifierPattern(names: readonly string[]): { test(text: string): boolean } {
  const wanted = new Set(names);
  return {
    test: (text) => {
      for (const m of text.matchAll(IDENTIFIER_RUN)) if (wanted.has(m[0])) return true;
      return false;
    },
  };
}
