import { byteColumnToUtf16, LineIndex, type Range } from "../../core/location.js";

/**
 * The whole of lines `line..endLine` without leading indentation, for tools
 * that report only line numbers (bandit 1.6).
 */
export function lineSpan(lines: LineIndex, line: number, endLine: number = line): Range {
  const first = clampLine(lines, line);
  const last = Math.max(first, clampLine(lines, endLine));
  const firstText = lines.line(first);
  const indent = firstText.length - firstText.trimStart().length;
  return {
    start: { line: first, column: indent + 1 },
    end: { line: last, column: lines.line(last).length + 1 },
  };
}

/**
 * A range from 0-based UTF-8 byte columns (Python's ast col_offset, which
 * bandit and pylint pass on). A missing end means "to the end of that line".
 */
export function byteOffsetRange(
  lines: LineIndex,
  start: { line: number; byteColumn0: number },
  end?: { line: number; byteColumn0: number },
): Range {
  const startLine = clampLine(lines, start.line);
  const startColumn = byteColumnToUtf16(lines.line(startLine), start.byteColumn0 + 1);
  if (end === undefined) {
    return {
      start: { line: startLine, column: startColumn },
      end: { line: startLine, column: lines.line(startLine).length + 1 },
    };
  }
  const endLine = Math.max(startLine, clampLine(lines, end.line));
  const endColumn = byteColumnToUtf16(lines.line(endLine), end.byteColumn0 + 1);
  const ordered = endLine > startLine || endColumn >= startColumn;
  return {
    start: { line: startLine, column: startColumn },
    end: ordered ? { line: endLine, column: endColumn } : { line: startLine, column: startColumn },
  };
}

function clampLine(lines: LineIndex, line: number): number {
  if (!Number.isFinite(line) || line < 1) return 1;
  return Math.min(Math.trunc(line), lines.lineCount);
}

/** A 0-based UTF-8 byte offset into `text` → a 1-based position in UTF-16 columns. */
export function byteOffsetPosition(lines: LineIndex, byteOffset: number): { line: number; column: number } {
  let bytes = 0;
  let units = 0;
  for (const ch of lines.text) {
    if (bytes >= byteOffset) break;
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    units += ch.length;
  }
  return lines.positionAt(units);
}
