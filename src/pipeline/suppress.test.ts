import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import { applyBaseline, applyDismissals, applyInlineSuppressions, parseSuppressions } from "./suppress.js";

describe("parseSuppressions", () => {
  it.each([
    {
      text: "x = eval(a)  # codeguardian-ignore[py/eval-injection]: input is a constant",
      target: 1,
      rules: ["py/eval-injection"],
    },
    {
      text: "// codeguardian-ignore[js/eval-injection, eslint/no-eval]: sandboxed\nrun()",
      target: 2,
      rules: ["js/eval-injection", "eslint/no-eval"],
    },
    { text: "f(); /* codeguardian-ignore[js/x]: reviewed in #12 */", target: 1, rules: ["js/x"] },
  ])("reads $text", ({ text, target, rules }) => {
    const { suppressions, invalid } = parseSuppressions(text);
    expect(invalid).toEqual([]);
    expect(suppressions.map((s) => ({ target: s.target, rules: s.rules }))).toEqual([{ target, rules }]);
  });

  it.each([
    "x()  # codeguardian-ignore[py/x]",
    "x()  # codeguardian-ignore[py/x]:   ",
    "x()  # codeguardian-ignore[]: because",
  ])("refuses a suppression without rules or reason: %s", (text) => {
    expect(parseSuppressions(text)).toEqual({ suppressions: [], invalid: [1] });
  });
});

const finding = (ruleId: string, line: number, relatedRules: string[] = []): Finding => ({
  ruleId,
  file: "a.py",
  range: { start: { line, column: 1 }, end: { line, column: 5 } },
  severity: "high",
  category: "security",
  title: "t",
  description: "d",
  recommendation: "r",
  cwe: ["CWE-95"],
  snippet: "",
  autoFixable: false,
  confidence: 0.9,
  sources: ["rules"],
  relatedRules,
  fingerprint: `${ruleId}@${line}`,
});

describe("applyInlineSuppressions", () => {
  const text = [
    "a = 1",
    "x = eval(a)  # codeguardian-ignore[bandit/B307]: constant input",
    "y = eval(b)",
    "# codeguardian-ignore[py/other]: not this rule",
    "z = eval(c)",
    "w = eval(d)  # codeguardian-ignore[py/eval]",
  ].join("\n");

  it("silences only the named rule (or a merged one) on the targeted line, and flags reasonless comments", () => {
    const result = applyInlineSuppressions(
      [
        finding("py/eval", 2, ["bandit/B307"]),
        finding("py/eval", 3),
        finding("py/eval", 5),
        finding("py/eval", 6),
      ],
      new Map([["a.py", text]]),
    );
    expect(result.kept.map((f) => f.range.start.line)).toEqual([3, 5, 6]);
    expect(result.suppressed).toBe(1);
    expect(result.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^line 6: codeguardian-ignore needs rule ids and a reason/),
    ]);
  });
});

describe("applyBaseline", () => {
  it("drops findings whose fingerprint is in the baseline", () => {
    const result = applyBaseline([finding("py/eval", 2), finding("py/eval", 3)], new Set(["py/eval@2"]));
    expect(result.kept.map((f) => f.fingerprint)).toEqual(["py/eval@3"]);
    expect(result.suppressed).toBe(1);
  });
});

describe("applyDismissals", () => {
  it("leaves out dismissed fingerprints and lists each with who, why and when", () => {
    const at = "2026-12-01T10:00:00.000Z";
    const result = applyDismissals(
      [finding("py/eval", 2), finding("py/eval", 3)],
      new Map([["py/eval@3", { fingerprint: "py/eval@3", by: "ana", reason: "test fixture", at }]]),
    );
    expect(result.kept.map((f) => f.fingerprint)).toEqual(["py/eval@2"]);
    expect(result.dismissed).toEqual([
      {
        fingerprint: "py/eval@3",
        ruleId: "py/eval",
        file: "a.py",
        line: 3,
        severity: "high",
        title: "t",
        by: "ana",
        reason: "test fixture",
        at,
      },
    ]);
  });

  it("keeps everything when nothing is dismissed", () => {
    const findings = [finding("py/eval", 2)];
    expect(applyDismissals(findings, new Map())).toEqual({ kept: findings, dismissed: [] });
  });
});
