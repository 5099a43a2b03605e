import { createTwoFilesPatch, OMIT_HEADERS } from "diff";
import type { Edit } from "../core/fix.js";
import { comparePositions, LineIndex, type Position, type Range } from "../core/location.js";
import { gitQuotePath } from "./git-quote.js";

/** An edit resolved to UTF-16 offsets of the text it applies to. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type ApplyResult =
  | { readonly ok: true; readonly text: string; readonly edits: readonly OffsetEdit[] }
  | { readonly ok: false; readonly reason: string };

export type LineEnding = "\n" | "\r\n";

/** The file's own line ending: CRLF when most of its line breaks are CRLF. */
export function detectLineEnding(text: string): LineEnding {
  let lf = 0;
  let crlf = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}

/** Rewrites bare "\n" in inserted text to the file's line ending, so CRLF files stay CRLF. */
export function withLineEnding(text: string, eol: LineEnding): string {
  return eol === "\n" ? text : text.replace(/\r?\n/g, "\r\n");
}

/**
 * A position is valid when it names an existing line and a column no further
 * than that line's end (the line terminator's place).
 */
function toOffset(lines: LineIndex, position: Position): number | undefined {
  if (position.line < 1 || position.column < 1 || position.line > lines.lineCount) return undefined;
  const offset = lines.offsetAt(position);
  const back = lines.positionAt(offset);
  return back.line === position.line && back.column === position.column ? offset : undefined;
}

/**
 * Columns count UTF-16 units, so a position can fall between the two halves
 * of an astral character (an emoji); an edit there would write a lone
 * surrogate, which the file system stores as U+FFFD.
 */
function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function describe(range: Range): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

/** Resolves edits to offsets, sorted; fails on an out-of-bounds, inverted or overlapping edit. */
export function resolveEdits(text: string, edits: readonly Edit[]): OffsetEdit[] | string {
  if (edits.length === 0) return "the fix has no edits";
  const lines = new LineIndex(text);
  const eol = detectLineEnding(text);
  const resolved: OffsetEdit[] = [];
  for (const edit of edits) {
    if (comparePositions(edit.range.start, edit.range.end) > 0)
      return `edit ${describe(edit.range)} ends before it starts`;
    const start = toOffset(lines, edit.range.start);
    const end = toOffset(lines, edit.range.end);
    if (start === undefined || end === undefined) return `edit ${describe(edit.range)} is outside the file`;
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end))
      return `edit ${describe(edit.range)} cuts a character in half`;
    resolved.push({ start, end, text: withLineEnding(edit.text, eol) });
  }
  resolved.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < resolved.length; i++) {
    const prev = resolved[i - 1]!;
    const cur = resolved[i]!;
    // Two insertions at one point have no defined order, so they overlap too.
    if (
      cur.start < prev.end ||
      (cur.start === prev.start && cur.start === cur.end && prev.start === prev.end)
    ) {
      return "the fix's edits overlap";
    }
  }
  return resolved;
}

/** Applies non-overlapping edits (1-based, UTF-16 columns) to a text. */
export function applyEdits(text: string, edits: readonly Edit[]): ApplyResult {
  const resolved = resolveEdits(text, edits);
  if (typeof resolved === "string") return { ok: false, reason: resolved };
  return { ok: true, text: applyOffsetEdits(text, resolved), edits: resolved };
}

/** Applies edits already resolved and sorted by {@link resolveEdits}. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = "";
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

export interface DiffOptions {
  /** The file starts with a UTF-8 byte-order mark that the texts had stripped. */
  readonly bom?: boolean;
  /** Lines of context around each change (git's default is 3). */
  readonly context?: number;
}

/**
 * A unified diff of one file that `git apply` accepts from the repository
 * root: `diff --git` header, a/ and b/ prefixes (names quoted as git quotes
 * them, see git-quote.ts), the file's own line endings,
 * and "\ No newline at end of file" where the trailing newline is missing.
 * Empty when nothing changed.
 */
export function renderUnifiedDiff(
  path: string,
  before: string,
  after: string,
  options: DiffOptions = {},
): string {
  if (before === after) return "";
  const bom = options.bom === true ? "\uFEFF" : "";
  const hunks = createTwoFilesPatch("", "", bom + before, bom + after, undefined, undefined, {
    context: options.context ?? 3,
    headerOptions: OMIT_HEADERS,
  });
  // Every header line names the file the same way git does, quoted when the
  // name needs it, so a name cannot spill onto a line of its own.
  const from = gitQuotePath(`a/${path}`);
  const to = gitQuotePath(`b/${path}`);
  // git ends these two lines with a tab when the name holds a space, so that
  // tools reading up to the first whitespace still see the whole name.
  const tab = path.includes(" ") ? "\t" : "";
  return `diff --git ${from} ${to}\n--- ${from}${tab}\n+++ ${to}${tab}\n${hunks}`;
}
