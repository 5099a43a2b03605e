import { VULN_CLASSES } from "./classes.js";
import type { Counts, Miss, QualityScore } from "./metrics.js";
import { fmt, type TargetCheck } from "./targets.js";

const HEADERS = ["class", "lang", "labels", "TP", "FP", "FN", "prec", "recall", "F1", "FP-rate"];

function cells(label: string, language: string, c: Counts): string[] {
  const rate = c.fpRate === undefined ? "–" : `${fmt(c.fpRate)} (${c.safeTwinsWithFp}/${c.safeTwins})`;
  return [
    label,
    language,
    String(c.labels),
    String(c.tp),
    String(c.fp),
    String(c.fn),
    fmt(c.precision),
    fmt(c.recall),
    fmt(c.f1),
    rate,
  ];
}

/** A share as a percentage with one decimal, or "–" when there is nothing to share. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`;
}

/**
 * A plain-text table: columns padded to their widest cell, the first
 * `labelColumns` left-aligned and the rest (numbers) right-aligned.
 */
export function renderTable(rows: readonly string[][], labelColumns = 2): string {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i < labelColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function renderScore(tool: string, score: QualityScore, targets: readonly TargetCheck[]): string {
  const names = new Map(VULN_CLASSES.map((c) => [c.cwe, c.name]));
  const rows: string[][] = [HEADERS];
  for (const r of score.rows) rows.push(cells(`${r.cwe} ${names.get(r.cwe) ?? ""}`.trim(), r.language, r));
  rows.push(HEADERS.map((h) => "-".repeat(h.length)));
  rows.push(cells("all python", "", score.byLanguage.python));
  rows.push(cells("all js/ts", "", score.byLanguage.js));
  rows.push(cells("overall", "", score.overall));
  const lines = [`Quality of ${tool} on the labelled corpus`, "", renderTable(rows), ""];
  if (score.unscored > 0)
    lines.push(`${score.unscored} finding(s) outside the corpus classes were not scored.`);
  lines.push("Targets:");
  for (const t of targets) lines.push(`  ${t.met ? "met    " : "NOT met"}  ${t.name}  (${t.detail})`);
  return lines.join("\n");
}

export function renderByRule(score: QualityScore): string {
  const entries = Object.entries(score.byRule).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return "";
  const rows = [["rule", "matched", "false positives"]];
  for (const [id, e] of entries) rows.push([id, String(e.matched), String(e.falsePositives)]);
  const width = Math.max(...rows.map((r) => r[0]?.length ?? 0));
  return [
    "By rule:",
    ...rows.map(
      ([id, m, f]) => `  ${(id ?? "").padEnd(width)}  ${(m ?? "").padStart(7)}  ${(f ?? "").padStart(15)}`,
    ),
  ].join("\n");
}

export function renderMisses(score: QualityScore, limit: number): string {
  const lines: string[] = [];
  // A miss with a same-class false positive in the same file is usually an anchoring disagreement.
  const elsewhere = (m: Miss): string => {
    const near = score.falsePositives
      .filter((fp) => fp.file === m.file && fp.cwe === m.cwe)
      .map((fp) => fp.line);
    return near.length === 0 ? "" : `  (reported on line ${near.join(", ")} instead)`;
  };
  const list = (title: string, misses: readonly Miss[], note: (m: Miss) => string): void => {
    if (misses.length === 0) return;
    lines.push(`${title} (${misses.length}):`);
    for (const m of misses.slice(0, limit)) {
      lines.push(`  ${m.file}:${m.line}  ${m.cwe}${m.ruleId === undefined ? "" : `  ${m.ruleId}`}${note(m)}`);
    }
    if (misses.length > limit) lines.push(`  … ${misses.length - limit} more (see --json)`);
  };
  list("False negatives", score.falseNegatives, elsewhere);
  list("False positives", score.falsePositives, () => "");
  return lines.join("\n");
}

/** Side by side on the rows both scores have (for rules vs bandit: the Python classes). */
export function renderComparison(
  left: { name: string; score: QualityScore },
  right: { name: string; score: QualityScore },
): string {
  const header = ["class", `${left.name} P/R/F1`, `${right.name} P/R/F1`];
  const prf = (c: Counts | undefined): string =>
    c === undefined ? "–" : `${fmt(c.precision)} / ${fmt(c.recall)} / ${fmt(c.f1)}`;
  const rows: string[][] = [header];
  for (const r of right.score.rows) {
    const l = left.score.rows.find((x) => x.cwe === r.cwe && x.language === r.language);
    rows.push([`${r.cwe} ${r.language}`, prf(l), prf(r)]);
  }
  rows.push(["overall", prf(left.score.overall), prf(right.score.overall)]);
  const widths = header.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** One scored corpus as a column of the side-by-side table. */
export interface ScoreColumn {
  readonly name: string;
  readonly score: QualityScore;
}

/** "P / R / F1 (TP/labels)" for one cell; "–" when the corpus has no such row. */
function prfCell(c: Counts | undefined): string {
  if (c === undefined) return "–";
  return `${fmt(c.precision)} / ${fmt(c.recall)} / ${fmt(c.f1)} (${c.tp}/${c.labels})`;
}

/**
 * Several corpora scored by the same rules, one column each: every class and
 * language any of them has, then the per-language and overall totals.
 */
export function renderSideBySide(columns: readonly ScoreColumn[]): string {
  const names = new Map(VULN_CLASSES.map((c) => [c.cwe, c.name]));
  const header = ["class", "lang", ...columns.map((c) => `${c.name} P / R / F1 (TP/labels)`)];
  const rows: string[][] = [header];
  for (const cls of VULN_CLASSES) {
    for (const language of ["python", "js"] as const) {
      const found = columns.map((c) =>
        c.score.rows.find((r) => r.cwe === cls.cwe && r.language === language),
      );
      if (found.every((r) => r === undefined)) continue;
      rows.push([`${cls.cwe} ${names.get(cls.cwe) ?? ""}`, language, ...found.map(prfCell)]);
    }
  }
  rows.push(header.map((h) => "-".repeat(Math.min(h.length, 12))));
  rows.push(["all python", "", ...columns.map((c) => prfCell(c.score.byLanguage.python))]);
  rows.push(["all js/ts", "", ...columns.map((c) => prfCell(c.score.byLanguage.js))]);
  rows.push(["overall", "", ...columns.map((c) => prfCell(c.score.overall))]);
  return renderTable(rows);
}
