import { describe, expect, it } from "vitest";
import { parseBanditReport } from "./bandit.js";

describe("parseBanditReport", () => {
  it("maps test ids to classes and keeps unmapped ones unscored", () => {
    const json = JSON.stringify({
      errors: [{ filename: "./python/1/x.py", reason: "syntax error" }],
      results: [
        { filename: "./python/78/a.vuln.py", line_number: 4, test_id: "B602" },
        { filename: "python/89/b.vuln.py", line_number: 9, test_id: "B101" },
      ],
    });
    const parsed = parseBanditReport(json);
    expect(parsed.findings).toEqual([
      { file: "python/78/a.vuln.py", line: 4, cwe: ["CWE-78"], ruleId: "bandit/B602" },
      { file: "python/89/b.vuln.py", line: 9, cwe: [], ruleId: "bandit/B101" },
    ]);
    expect(parsed.unmapped).toBe(1);
    expect(parsed.problems).toHaveLength(1);
  });

  it("rejects output that is not a bandit report", () => {
    expect(() => parseBanditReport("Traceback (most recent call last)")).toThrow(/not JSON/);
    expect(() => parseBanditReport("{}")).toThrow(/results/);
  });
});
