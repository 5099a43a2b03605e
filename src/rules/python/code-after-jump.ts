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
const NON_BLANK = /\S/;

export function hasCodeAfterJump(text: string): boolean {
  const lines = text.split("\n");
  for (let i = 0; i + 1 < lines.length; i++) {
    const indents = jumpIndents(lines[i]!);
    if (indents.length === 0) continue;
    let next = i + 1;
    while (next + 1 < lines.length && SKIPPED.test(lines[next]!)) next++;
    const line = lines[next]!;
    if (indents.some((indent) => startsCodeAt(line, indent))) return true;
  }
  return false;
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
