import { describe, expect, it } from "vitest";
import type { Severity } from "../../src/core/severity.js";
import { qualityScore } from "../../src/core/score.js";
import { calibrate, MAX_BAND_WIDTH, renderCalibration, type ScoredProjectInput } from "./score-table.js";

const findings = (severity: Severity, count: number) =>
  Array.from({ length: count }, () => ({ severity, category: "security" as const }));

const mature = (project: string, lines: number, mediums: number): ScoredProjectInput => ({
  project,
  group: "mature",
  productionLines: lines,
  findings: findings("medium", mediums),
});
const vulnerable = (project: string, criticals: number): ScoredProjectInput => ({
  project,
  group: "vulnerable",
  productionLines: 2_000,
  findings: findings("critical", criticals),
});

describe("calibrate", () => {
  it("scores each project by the product's formula and finds the band", () => {
    const c = calibrate([mature("a", 50_000, 5), mature("b", 10_000, 5), vulnerable("corpus", 80)]);
    expect(c.rows.map((r) => r.score)).toEqual([
      qualityScore(findings("medium", 5), 50_000),
      qualityScore(findings("medium", 5), 10_000),
      qualityScore(findings("critical", 80), 2_000),
    ]);
    expect(c.band).toEqual({ low: c.rows[1]!.score, high: c.rows[0]!.score });
    expect(c.bandMet).toBe(true);
    expect(c.separated).toBe(true);
    expect(renderCalibration(c)).toMatch(/: met\n.*below the mature band/);
  });

  it("says when the band is too wide or the vulnerable code is not below it", () => {
    const c = calibrate([
      mature("clean", 50_000, 0),
      mature("noisy", 1_000, 40),
      vulnerable("clean-vuln", 0),
    ]);
    expect(c.band!.high - c.band!.low).toBeGreaterThan(MAX_BAND_WIDTH);
    expect(c.bandMet).toBe(false);
    expect(c.separated).toBe(false);
    expect(renderCalibration(c)).toMatch(/NOT met\n.*NOT below/);
  });
});
