import { describe, expect, it } from "vitest";
import type { Log } from "sarif";
import { OUTPUT_FORMATS, type OutputFormat } from "../core/config.js";
import type { Review } from "../core/review.js";
import { sampleFindings, sampleReview } from "../../test/support/sample-review.js";
import { renderReport } from "./index.js";

/**
 * A review far larger than the sample: 20,000 findings (over 300,000 terminal
 * lines), 60,000 skipped files and 20,000 notices. Spreading arrays that size
 * into a call overflows the stack; every reporter must still render it all.
 */
const FINDINGS = 20_000;
const big: Review = {
  ...sampleReview,
  findings: Array.from({ length: FINDINGS }, (_, i) => ({
    ...sampleFindings[i % sampleFindings.length]!,
    file: `src/module_${i % 700}.py`,
    fingerprint: `big${String(i).padStart(28, "0")}`,
  })),
  skipped: Array.from({ length: 60_000 }, (_, i) => ({ path: `assets/${i}.png`, reason: "binary" as const })),
  skippedCounts: { binary: 60_000 },
  notices: Array.from({ length: 20_000 }, (_, i) => ({
    level: "info" as const,
    analyser: "rules",
    message: `note ${i}`,
  })),
};

/** How many findings each format shows, counted the way a reader would. */
const COUNTERS: Record<OutputFormat, (out: string) => number> = {
  terminal: (out) => out.split("How to fix: ").length - 1,
  markdown: (out) => out.split("**How to fix:** ").length - 1,
  json: (out) => (JSON.parse(out) as { findings: unknown[] }).findings.length,
  // Dismissed findings are results too, suppressed; they are not the review's findings.
  sarif: (out) =>
    ((JSON.parse(out) as Log).runs[0]?.results ?? []).filter((r) => r.suppressions === undefined).length,
  html: (out) => out.split('<tr class="finding"').length - 1,
};

describe("a very large review", () => {
  it.each(OUTPUT_FORMATS.map((format) => ({ format })))("renders every finding in $format", ({ format }) => {
    // `--all` lifts the terminal's cut; the other formats ignore it and never cut.
    expect(COUNTERS[format](renderReport(format, big, { color: false, all: true }))).toBe(FINDINGS);
  });

  it("the terminal shows 20 of each severity without --all, and says how many more", () => {
    const out = renderReport("terminal", big, { color: false });
    const perSeverity = new Set(sampleFindings.map((f) => f.severity)).size;
    expect(COUNTERS.terminal(out)).toBe(20 * perSeverity);
    const bySeverity = (s: string): number => big.findings.filter((f) => f.severity === s).length;
    expect(out).toContain(`and ${bySeverity("critical") - 20} more critical (use --all)`);
    expect(out).toContain(`and ${bySeverity("info") - 20} more info (use --all)`);
    expect(COUNTERS.json(renderReport("json", big, { color: false }))).toBe(FINDINGS);
  });
});
