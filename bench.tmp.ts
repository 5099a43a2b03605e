import { renderReport } from "./src/reporters/index.ts";
import { sampleReview, sampleFindings } from "./test/support/sample-review.ts";
import type { Review } from "./src/core/review.ts";
const N = Number(process.argv[2] ?? 10000);
const findings = Array.from({ length: N }, (_, i) => ({ ...sampleFindings[i % 6]!, file: `src/f${i % 500}.py`, fingerprint: `fp${i}`, range: { start: { line: i % 900 + 1, column: 1 }, end: { line: i % 900 + 1, column: 5 } } }));
const skipped = Array.from({ length: N * 5 }, (_, i) => ({ path: `bin/${i}.png`, reason: "binary" as const }));
const notices = Array.from({ length: N }, (_, i) => ({ level: "warning" as const, analyser: "bandit", message: `notice ${i}` }));
const review: Review = { ...sampleReview, findings, skipped, skippedCounts: { binary: skipped.length }, notices };
for (const f of ["terminal", "json", "markdown", "sarif", "html"] as const) {
  const t = performance.now();
  const out = renderReport(f, review, { color: true });
  console.log(f, (performance.now() - t).toFixed(0), "ms", (out.length / 1e6).toFixed(1), "MB");
}
