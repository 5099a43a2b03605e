import { describe, expect, it } from "vitest";
import type { Severity } from "../../src/core/severity.js";
import { computeFigures, type ProjectInput, type ReportedFinding } from "./fp-figures.js";
import { isProductionPath } from "./fp-production.js";
import type { Verdict } from "./fp-verdicts.js";

function finding(fingerprint: string, file: string, severity: Severity): ReportedFinding {
  return { fingerprint, ruleId: "r", file, line: 1, severity, title: "t", description: "d", cwe: [] };
}

function project(name: string, productionLines: number, findings: ReportedFinding[]): ProjectInput {
  return { project: name, productionLines, nonProductionLines: 10, findings, seconds: 1, reviewSeconds: 0.5 };
}

function verdict(v: Verdict["verdict"]): Verdict {
  return { verdict: v, reason: "r", project: "p", rule: "r", file: "f", line: 1 };
}

const byPath = (f: ReportedFinding): boolean => isProductionPath(f.file);

describe("computeFigures", () => {
  const inputs = [
    project("a", 20_000, [
      finding("a1", "lib/x.py", "critical"),
      finding("a2", "lib/y.py", "high"),
      finding("a3", "tests/test_x.py", "high"),
      finding("a4", "lib/x.py", "medium"),
      finding("a5", "tests/test_x.py", "low"),
      finding("a6", "lib/x.py", "info"),
    ]),
    project("b", 30_000, [finding("b1", "lib/z.js", "high"), finding("b2", "lib/z.js", "low")]),
  ];
  const verdicts = new Map([
    ["a1", verdict("true")],
    ["b1", verdict("debatable")],
    ["gone", verdict("false")],
  ]);
  const figures = computeFigures(inputs, byPath, verdicts);

  it("counts high and critical production findings per 10,000 production lines", () => {
    const [a, b] = figures.projects;
    expect(a).toMatchObject({
      severe: 2,
      per10k: 1,
      severeNonProduction: 1,
      mediumLowProduction: 1,
      mediumLowNonProduction: 1,
    });
    expect(b).toMatchObject({ severe: 1, per10k: 10_000 / 30_000, mediumLowProduction: 1 });
    expect(figures.total).toMatchObject({
      severe: 3,
      productionLines: 50_000,
      per10k: 0.6,
      nonProductionLines: 20,
    });
  });

  it("splits the severe findings by verdict, unjudged for those without one", () => {
    expect(figures.projects[0]?.judged).toEqual({ true: 1, false: 0, debatable: 0, unjudged: 1 });
    expect(figures.total.judged).toEqual({ true: 1, false: 0, debatable: 1, unjudged: 1 });
    expect(figures.staleVerdicts).toBe(1);
    expect(figures.severeByRule).toEqual([["r", 3]]);
  });

  it("checks the targets: an unjudged finding does not count as true", () => {
    expect(figures.targets).toEqual({ per10k: true, trueShare: false, unjudged: false });
    const allTrue = new Map([
      ["a1", verdict("true")],
      ["a2", verdict("true")],
      ["b1", verdict("true")],
    ]);
    expect(computeFigures(inputs, byPath, allTrue).targets).toEqual({
      per10k: true,
      trueShare: true,
      unjudged: true,
    });
  });

  it("misses the density target above 1 per 10,000 lines", () => {
    const dense = [project("c", 5_000, [finding("c1", "x.py", "high")])];
    expect(computeFigures(dense, byPath, new Map()).targets.per10k).toBe(false);
  });

  it("reports zero density for a project without production lines", () => {
    expect(computeFigures([project("d", 0, [])], byPath, new Map()).total.per10k).toBe(0);
  });
});
