/**
 * A plain-text table for the terminal: a header line and one line per row,
 * each column padded to its widest cell and two spaces apart, the last one
 * left as it is and no trailing blanks. The cells must already be single-line
 * visible text (reporters/visible-text.ts).
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
