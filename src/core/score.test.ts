import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CATEGORIES, type Category } from "./category.js";
import {
  CURVE_EXPONENT,
  HALF_SCORE_DENSITY,
  MIN_SCORED_LINES,
  penaltyDensity,
  penaltyPoints,
  qualityScore,
  type ScoredFinding,
} from "./score.js";
import { SEVERITIES, severityRank, type Severity } from "./severity.js";

const f = (severity: Severity, category: Category, nonProduction?: true): ScoredFinding =>
  nonProduction
    ? { severity, category, nonProduction: { kind: "test", reason: "tests/" } }
    : { severity, category };

describe("penaltyPoints", () => {
  it.each([
    { name: "critical security", findings: [f("critical", "security")], points: 30 },
    { name: "high logic + medium style", findings: [f("high", "logic"), f("medium", "style")], points: 15.9 },
    { name: "policy counts ×1", findings: [f("medium", "policy")], points: 3 },
    { name: "info weighs nothing", findings: [f("info", "security")], points: 0 },
    { name: "non-production findings weigh nothing", findings: [f("critical", "security", true)], points: 0 },
  ])("$name → $points", ({ findings, points }) => {
    expect(penaltyPoints(findings)).toBeCloseTo(points, 10);
  });
});

describe("qualityScore", () => {
  it.each([
    { name: "no findings", findings: [], lines: 250_000, score: 100 },
    { name: "no lines and no findings", findings: [], lines: 0, score: 100 },
    // d = H exactly: half the scale.
    {
      name: "density at the half point",
      findings: Array.from({ length: HALF_SCORE_DENSITY }, () => f("low", "testing")),
      lines: 1_000,
      score: 50,
    },
    // d = 30 points / 10 KLOC = 3 → 100 / (1 + (3 / H)²)
    {
      name: "one critical in 10,000 lines",
      findings: [f("critical", "security")],
      lines: 10_000,
      score: Math.round(1000 / (1 + (3 / HALF_SCORE_DENSITY) ** CURVE_EXPONENT)) / 10,
    },
    // d = 2H: 100 / (1 + 2^exponent)
    {
      name: "twice the half density",
      findings: Array.from({ length: 2 * HALF_SCORE_DENSITY }, () => f("low", "testing")),
      lines: 1_000,
      score: Math.round(1000 / (1 + 2 ** CURVE_EXPONENT)) / 10,
    },
    {
      name: "test-code findings leave the score at 100",
      findings: [f("high", "security", true)],
      lines: 500,
      score: 100,
    },
  ])("$name → $score", ({ findings, lines, score }) => {
    expect(qualityScore(findings, lines)).toBe(score);
  });

  it("scores a tiny project as if it had the minimum line count", () => {
    const one = [f("medium", "security")];
    expect(penaltyDensity(one, 10)).toBe(penaltyDensity(one, MIN_SCORED_LINES));
    expect(qualityScore(one, 10)).toBe(qualityScore(one, MIN_SCORED_LINES));
  });

  it("treats a non-finite line count as the minimum, never as NaN", () => {
    expect(qualityScore([f("high", "security")], Number.NaN)).toBe(qualityScore([f("high", "security")], 0));
  });
});

const severity = fc.constantFrom(...SEVERITIES);
const category = fc.constantFrom(...CATEGORIES);
const finding = fc.record({
  severity,
  category,
  nonProduction: fc.constantFrom(undefined, { kind: "test" }),
});
const scored = (x: {
  severity: Severity;
  category: Category;
  nonProduction: { kind: string } | undefined;
}) => (x.nonProduction === undefined ? { severity: x.severity, category: x.category } : x);
const findings = fc.array(finding.map(scored), { maxLength: 60 });
const lines = fc.integer({ min: 0, max: 2_000_000 });

describe("qualityScore properties", () => {
  it("stays within 0–100", () => {
    fc.assert(
      fc.property(findings, lines, (fs, n) => {
        const s = qualityScore(fs, n);
        return s >= 0 && s <= 100;
      }),
    );
  });

  it("never rises when a finding is added", () => {
    fc.assert(
      fc.property(findings, finding.map(scored), lines, (fs, extra, n) => {
        return qualityScore([...fs, extra], n) <= qualityScore(fs, n);
      }),
    );
  });

  it("never rises when a finding becomes more severe", () => {
    fc.assert(
      fc.property(findings, fc.nat(), severity, lines, (fs, pick, to, n) => {
        if (fs.length === 0) return true;
        const i = pick % fs.length;
        const before = fs[i]!;
        if (severityRank(to) < severityRank(before.severity)) return true;
        const worse = fs.map((x, j) => (j === i ? { ...x, severity: to } : x));
        return qualityScore(worse, n) <= qualityScore(fs, n);
      }),
    );
  });

  it("does not depend on findings in non-production code", () => {
    fc.assert(
      fc.property(findings, severity, category, lines, (fs, s, c, n) => {
        const moved = { severity: s, category: c, nonProduction: { kind: "test" } };
        return qualityScore([...fs, moved], n) === qualityScore(fs, n);
      }),
    );
  });

  it("never rises when the same findings sit in fewer production lines", () => {
    fc.assert(
      fc.property(findings, lines, lines, (fs, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        return qualityScore(fs, small) <= qualityScore(fs, large);
      }),
    );
  });
});
