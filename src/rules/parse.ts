import { Lang, parse, registerDynamicLanguage, type SgNode } from "@ast-grep/napi";
import python from "@ast-grep/lang-python";
import type { CodeLanguage } from "../core/language.js";

let registered = false;

function ensureLanguages(): void {
  if (registered) return;
  registerDynamicLanguage({ python });
  registered = true;
}

const AST_GREP_LANG: Record<CodeLanguage, string> = {
  python: "python",
  javascript: Lang.JavaScript,
  typescript: Lang.TypeScript,
  tsx: Lang.Tsx,
};

export interface ParsedFile {
  readonly root: SgNode;
  /** Number of ERROR and MISSING nodes: 0 means the file parsed cleanly. */
  readonly errorCount: number;
  /** 1-based line of the first syntax error, if any. */
  readonly firstErrorLine?: number;
}

/**
 * Parses source text into a syntax tree. Never throws on bad syntax: errors are
 * counted. Counting MISSING nodes walks the whole tree (about a quarter of the
 * parse time), so the review path, which only reports that a file does not
 * parse, may skip it; fix validation, which compares counts, may not.
 */
export function parseSource(
  language: CodeLanguage,
  text: string,
  options: { countMissing?: boolean } = {},
): ParsedFile {
  ensureLanguages();
  const root = parse(AST_GREP_LANG[language], parseableText(text)).root();
  const errors = root.findAll({ rule: { kind: "ERROR" } });
  const missing = options.countMissing === false ? 0 : countMissing(root);
  const first = errors[0]?.range().start.line;
  return {
    root,
    errorCount: errors.length + missing,
    ...(first === undefined ? {} : { firstErrorLine: first + 1 }),
  };
}

/**
 * MISSING nodes (a dropped bracket) are zero-width leaves: tree-sitter inserts
 * them without an ERROR node, so they are counted separately.
 */
function countMissing(root: SgNode): number {
  return root.findAll({ rule: { regex: "^$" } }).filter((node) => node.isLeaf() && node.id() !== root.id())
    .length;
}

/**
 * The text the parser sees: each lone CR becomes LF. tree-sitter counts rows
 * by LF only, and its Python scanner does not end a statement at a lone CR,
 * while Python and JavaScript both end a line there. The swap keeps every
 * offset (one code unit for one), so node offsets still index the real text
 * and node rows agree with `LineIndex` (docs/security-notes/skips-and-secrets.md).
 */
export function parseableText(text: string): string {
  let out = text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
  // A NUL in a comment or string ends some tree-sitter scanners early; a space keeps the offsets.
  if (out.includes("\0")) out = out.replace(/\0/g, " ");
  return out;
}
