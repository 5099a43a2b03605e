import { isCodeLanguage } from "../core/language.js";
import type { SourceFile } from "../core/source-file.js";

/**
 * Large files are analysed in pieces. tree-sitter's tree of a file takes about
 * 43 bytes of native memory per byte of source, so a 10 MB file's tree alone
 * passes the 500 MB a review may use (docs/benchmarks.md, "Hostile inputs").
 * A file over `PIECE_FROM_BYTES` is cut at top-level statements into pieces of
 * about `PIECE_BYTES`, and each piece is parsed and checked on its own.
 *
 * A piece is the whole file's text up to its last line, with every line before
 * its first one blank except the file's top-level imports: line and column
 * numbers stay those of the file, so findings and fix edits need no mapping,
 * and a piece still knows what `sp` means after `import subprocess as sp`.
 * What a piece does not see is the rest of the file: a value defined at the
 * top level of one piece and used in another is of unknown origin there, which
 * caps such a flow at medium (docs/trust-levels.md). A cut is checked by the
 * parser: a piece that does not parse cleanly means a cut fell inside a
 * statement (a string or a bracket spanning it), and the file is then
 * analysed whole, as before.
 */
export const PIECE_FROM_BYTES = 2_000_000;
export const PIECE_BYTES = 1_000_000;

export interface Piece {
  /** The piece as a file of its own: same path and language, text padded to keep line numbers. */
  readonly file: SourceFile;
  /** 1-based lines of the original file this piece holds. */
  readonly firstLine: number;
  readonly lastLine: number;
}

interface Line {
  readonly start: number;
  /** Offset just past the line's terminator. */
  readonly end: number;
  readonly text: string;
}

/** Lines ended by LF, CRLF or a lone CR, as `LineIndex` and the parser (after `parseableText`) count them. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    const contentEnd = i;
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    lines.push({ start, end: i + 1, text: text.slice(start, contentEnd) });
    start = i + 1;
  }
  if (start <= text.length) lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** A line where a top-level Python statement can begin (not a continuation of the one before). */
const PY_TOP =
  /^(?:async\s+def\s|def\s|class\s|@|import\s|from\s|if\s+__name__|[A-Za-z_][\w.]*\s*(?::[^=]*)?=[^=])/;
/** A line where a top-level JavaScript/TypeScript statement can begin. */
const JS_TOP =
  /^(?:export\s|import\s|function[\s*]|async\s+function\s|class\s|const\s|let\s|var\s|interface\s|type\s|enum\s|module\.exports\b|exports\.)/;
/** Ends a JavaScript statement: the next top-level line cannot continue it. */
const JS_STATEMENT_END = /[;}]\s*$/;

function canCutBefore(lines: readonly Line[], index: number, python: boolean): boolean {
  const line = lines[index];
  if (line === undefined) return false;
  if (python) return PY_TOP.test(line.text);
  if (!JS_TOP.test(line.text)) return false;
  for (let i = index - 1; i >= 0; i--) {
    const before = lines[i]?.text.trim() ?? "";
    if (before === "") continue;
    return JS_STATEMENT_END.test(before);
  }
  return true;
}

/** 0-based indexes of the file's top-level import lines (multi-line imports included). */
function importLines(lines: readonly Line[], python: boolean): Set<number> {
  const keep = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    const starts = python
      ? /^(?:import|from)\s/.test(text)
      : /^import\s/.test(text) || /^(?:const|let|var)\s[^=]*=\s*require\(/.test(text);
    if (!starts) continue;
    keep.add(i);
    // A parenthesised Python import or a multi-line JS import runs to its closing line.
    const open = python
      ? text.includes("(") && !text.includes(")")
      : /^import\s/.test(text) && !/\bfrom\s|['"];?\s*$/.test(text);
    if (!open) continue;
    for (let j = i + 1; j < lines.length && j < i + 1000; j++) {
      keep.add(j);
      const next = lines[j]?.text ?? "";
      if (python ? next.includes(")") : /\bfrom\s/.test(next)) {
        i = j;
        break;
      }
    }
  }
  return keep;
}

/**
 * The pieces of a large code file, or undefined when it is analysed whole: a
 * small file, a language without pieces, or a file with no place to cut (one
 * huge statement, such as a minified bundle's single expression).
 */
export function piecesOf(
  file: SourceFile,
  options: { readonly fromBytes?: number; readonly pieceBytes?: number } = {},
): Piece[] | undefined {
  const fromBytes = options.fromBytes ?? PIECE_FROM_BYTES;
  const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
  if (!isCodeLanguage(file.language) || file.text.length < fromBytes) return undefined;
  const python = file.language === "python";
  const lines = linesOf(file.text);
  const cuts: number[] = [0];
  let pieceStart = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.start - pieceStart < pieceBytes) continue;
    if (!canCutBefore(lines, i, python)) continue;
    cuts.push(i);
    pieceStart = line.start;
  }
  if (cuts.length < 2) return undefined;
  const imports = importLines(lines, python);
  const pieces: Piece[] = [];
  for (let c = 0; c < cuts.length; c++) {
    const first = cuts[c] ?? 0;
    const next = cuts[c + 1] ?? lines.length;
    const startOffset = lines[first]?.start ?? 0;
    const endOffset = lines[next - 1]?.end ?? file.text.length;
    const padding: string[] = [];
    for (let i = 0; i < first; i++) padding.push(imports.has(i) ? (lines[i]?.text ?? "") : "");
    const body = file.text.slice(startOffset, endOffset);
    const text = padding.length === 0 ? body : `${padding.join("\n")}\n${body}`;
    pieces.push({
      file: { ...file, text, lines: next },
      firstLine: first + 1,
      lastLine: next,
    });
  }
  return pieces;
}
