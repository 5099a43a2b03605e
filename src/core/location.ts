import type { Language } from "./language.js";

/**
 * Positions are 1-based. Columns count UTF-16 code units, SARIF's default
 * `columnKind`, which is also what JavaScript string indexes count.
 * `end` is exclusive in column terms: a range covering "abc" at the start of
 * line 3 is {start: {line: 3, column: 1}, end: {line: 3, column: 4}}.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export function rangesOverlapLines(a: Range, b: Range): boolean {
  return a.start.line <= b.end.line && b.start.line <= a.end.line;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

export interface LineIndexOptions {
  /**
   * Count U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR as line ends.
   * JavaScript does (they are ECMAScript LineTerminators, so ESLint's lines
   * count them); Python's tokenizer does not. See {@link countsUnicodeSeparators}.
   */
  readonly unicodeSeparators?: boolean;
}

/**
 * Whether a language's own line numbering counts U+2028/U+2029. NEL (U+0085)
 * is a line end in neither JavaScript nor Python source, so it never is here.
 */
export function countsUnicodeSeparators(language: Language): boolean {
  return language === "javascript" || language === "typescript" || language === "tsx";
}

/** A line index numbering lines as the language's own tools do. */
export function lineIndexFor(language: Language, text: string): LineIndex {
  return new LineIndex(text, { unicodeSeparators: countsUnicodeSeparators(language) });
}

/**
 * Line-start offsets of a text, for converting offsets to positions and back.
 * LF, CRLF and a lone CR each end a line (Python and JavaScript both accept
 * all three, and editors show them so), so a file saved with old Mac line
 * endings is numbered as its author sees it.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(
    readonly text: string,
    options: LineIndexOptions = {},
  ) {
    const starts = [0];
    const unicode = options.unicodeSeparators === true;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) starts.push(i + 1);
      else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (unicode && (code === 0x2028 || code === 0x2029)) starts.push(i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** UTF-16 offset → 1-based position. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (this.starts[lo] ?? 0) + 1 };
  }

  /** 1-based position → UTF-16 offset (clamped to the text). */
  offsetAt(position: Position): number {
    const lineStart = this.starts[position.line - 1];
    if (lineStart === undefined) return this.text.length;
    const next = this.starts[position.line] ?? this.text.length + 1;
    return Math.min(lineStart + position.column - 1, next - 1, this.text.length);
  }

  /** The text of a 1-based line, without its line terminator. */
  line(lineNumber: number): string {
    const start = this.starts[lineNumber - 1];
    if (start === undefined) return "";
    const next = this.starts[lineNumber];
    if (next === undefined) return this.text.slice(start);
    const crlf = this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13;
    return this.text.slice(start, next - (crlf ? 2 : 1));
  }

  /** Lines `from..to` inclusive, joined with "\n". */
  lines(from: number, to: number): string {
    const out: string[] = [];
    for (let n = Math.max(1, from); n <= Math.min(to, this.lineCount); n++) out.push(this.line(n));
    return out.join("\n");
  }
}

/**
 * Converts a column counted in UTF-8 bytes (as some tools report) to UTF-16
 * code units on the given line text. Both are 1-based.
 */
export function byteColumnToUtf16(lineText: string, byteColumn: number): number {
  let bytes = 0;
  let units = 0;
  for (const ch of lineText) {
    if (bytes >= byteColumn - 1) break;
    bytes += utf8Length(ch);
    units += ch.length;
  }
  return units + 1;
}

/** Converts a 1-based column counted in code points to UTF-16 code units. */
export function codePointColumnToUtf16(lineText: string, codePointColumn: number): number {
  let points = 0;
  let units = 0;
  for (const ch of lineText) {
    if (points >= codePointColumn - 1) break;
    points += 1;
    units += ch.length;
  }
  return units + 1;
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}
