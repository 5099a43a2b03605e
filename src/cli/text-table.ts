import { makeVisible } from "../reporters/visible-text.js";

/**
 * A plain-text table for the terminal: a header line and one line per row,
 * each column padded to its widest cell and two spaces apart, the last one
 * left as it is and no trailing blanks. Cells taken from stored text go
 * through {@link tableCell} first.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

/** Stored text as one table cell: line breaks and tabs become a space, controls are shown, never obeyed. */
export function tableCell(text: string): string {
  return makeVisible(text.replace(/[\n\t]+/g, " "));
}

/** `2026-12-07T14:03:59.123Z` → `2026-12-07 14:03` (UTC, as stored). */
export function tableMinute(iso: string): string {
  return iso.replace("T", " ").slice(0, 16);
}
