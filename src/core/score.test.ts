import { describe, expect, it } from "vitest";
import type { Category } from "./category.js";
import { qualityScore } from "./score.js";
import type { Severity } from "./severity.js";

const f = (severity: Severity, category: Category) => ({ severity, category });

describe("qualityScore (seed §6.3)", () => {
  it.each([
    { name: "no findings, one file", findings: [], files: 1, score: 100 },
    { name: "no findings, many files clamps at 100", findings: [], files: 500, score: 100 },
    // 100 - 15*2 = 70; × (1 + log10(10)*0.1) = 77
    { name: "one critical security, 10 files", findings: [f("critical", "security")], files: 10, score: 77 },
    // 100 - 8*1.8 - 3*0.5 = 84.1; × 1 = 84.1
    {
      name: "high logic + medium style, 1 file",
      findings: [f("high", "logic"), f("medium", "style")],
      files: 1,
      score: 84.1,
    },
    // policy has no multiplier in the seed table: ×1.0. 100 - 3 = 97; × (1 + log10(2)*0.1) = 99.903 → 99.9
    { name: "policy counts ×1.0", findings: [f("medium", "policy")], files: 2, score: 99.9 },
    { name: "info weighs nothing", findings: [f("info", "security")], files: 1, score: 100 },
    {
      name: "clamps at 0",
      findings: Array.from({ length: 10 }, () => f("critical", "security")),
      files: 1,
      score: 0,
    },
    // zero files is treated as one
    { name: "zero files", findings: [f("low", "performance")], files: 0, score: 98.8 },
  ])("$name → $score", ({ findings, files, score }) => {
    expect(qualityScore(findings, files)).toBe(score);
  });
});
