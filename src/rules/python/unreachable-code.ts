import { defineRule } from "../define-rule.js";
import { candidates, relationalQuery } from "./dataflow/hub.js";

const JUMPS = ["return_statement", "raise_statement", "continue_statement", "break_statement"];
const STATEMENTS = [
  ...JUMPS,
  "expression_statement",
  "if_statement",
  "for_statement",
  "while_statement",
  "try_statement",
  "with_statement",
  "assert_statement",
  "delete_statement",
  "pass_statement",
  "global_statement",
  "nonlocal_statement",
  "function_definition",
  "class_definition",
  "decorated_definition",
  "match_statement",
  "import_statement",
  "import_from_statement",
];
/** The first statement right after a jump in the same block. */
const QUERY = relationalQuery(
  STATEMENTS,
  {
    any: STATEMENTS.map((kind) => ({ kind })),
    follows: { any: JUMPS.map((kind) => ({ kind })) },
    inside: { kind: "block" },
  },
  // A jump followed, at the same indentation, by a line that is neither blank, a comment nor a new clause.
  hasCodeAfterJump,
);
const JUMP_KINDS = new Set(JUMPS);

export default defineRule(
  {
    id: "py/unreachable-code",
    languages: ["python"],
    category: "logic",
    severity: "medium",
    confidence: 0.9,
    cwe: ["CWE-561"],
    title: "Unreachable code",
    description: "Statements follow a return, raise, continue or break in the same block, so they never run.",
    why: "Code that never runs is usually a mistake: a cleanup or a check the author believes happens, or a leftover that misleads the next reader.",
    howToFix: "Delete the dead statements, or move them before the jump if they were meant to run.",
    references: ["https://cwe.mitre.org/data/definitions/561.html"],
    fixable: false,
    family: "unreachable-code",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      const previous = node.prev();
      if (previous === null || !JUMP_KINDS.has(String(previous.kind())) || node.parent()?.kind() !== "block")
        continue;
      // `return` then `yield` is the idiom for an empty generator: the yield is there on purpose.
      if (previous.kind() === "return_statement" && /^yield\b/.test(node.text())) continue;
      const line = node.range().start.line + 1;
      ctx.report({
        node,
        message: `Line ${line} comes after a return, raise, continue or break in the same block and never runs.`,
      });
    }
  },
);

/**
 * The gate of py/unreachable-code, read line by line: a jump (`return`,
 * `raise`, `continue`, `break`) after a line's indentation, then, past blank
 * and comment-only lines, a line at the same indentation that is neither a
 * comment nor a new clause. It answers as
 * `/^([ \t]+)(?:return|raise|continue|break)\b[^\n]*\n(?:[ \t]*(?:#[^\n]*)?\n)*\1(?![ \t#])(?!(?:else|elif|except|finally|case)\b)\S/m`
 * did (src/rules/regex-rewrites.test.ts): that pattern compared each
 * indentation with a backreference, which the linearity check cannot bound
 * (docs/security-notes/linear-work.md). Here every line is read a bounded
 * number of times: the search from a jump stops at the first line that is not
 * blank or a comment, and a jump line is such a line.
 */
const JUMP = /([ \t]+)(?:return|raise|continue|break)\b/y;
const SKIPPED = /^[ \t]*(?:#[^\n]*)?$/;
const CLAUSE = /(?:else|elif|except|finally|case)\b/y;
/** Where `^` may match under the `m` flag inside one `\n`-separated line: its start and after each other line end. */
const OTHER_LINE_END = /[\r\u2028\u2029]/g;
const ANY_OTHER_LINE_END = /[\r\u2028\u2029]/;
const NON_BLANK = /\S/;

export function hasCodeAfterJump(text: string): boolean {
  const lines = text.split("\n");
  // Most files have no \r, U+2028 or U+2029: each line is then one line, read once from its start.
  const plain = !ANY_OTHER_LINE_END.test(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    const indents = plain ? jumpIndentAtStart(lines[i]!) : jumpIndents(lines[i]!);
    if (indents.length === 0) continue;
    let next = i + 1;
    while (next + 1 < lines.length && SKIPPED.test(lines[next]!)) next++;
    const line = lines[next]!;
    if (indents.some((indent) => startsCodeAt(line, indent))) return true;
  }
  return false;
}

function jumpIndentAtStart(line: string): string[] {
  JUMP.lastIndex = 0;
  const m = JUMP.exec(line);
  return m ? [m[1]!] : [];
}

/** The indentation of each jump that starts a line (or a part of one after `\r`, U+2028 or U+2029). */
function jumpIndents(line: string): string[] {
  const starts = [0, ...[...line.matchAll(OTHER_LINE_END)].map((m) => m.index + 1)];
  const indents: string[] = [];
  for (const start of starts) {
    JUMP.lastIndex = start;
    const m = JUMP.exec(line);
    if (m) indents.push(m[1]!);
  }
  return indents;
}

/** The line starts with exactly `indent` and then code: not a blank, a comment or a new clause. */
function startsCodeAt(line: string, indent: string): boolean {
  if (!line.startsWith(indent)) return false;
  const c = line[indent.length];
  if (c === undefined || c === " " || c === "\t" || c === "#" || !NON_BLANK.test(c)) return false;
  CLAUSE.lastIndex = indent.length;
  return !CLAUSE.test(line);
}
