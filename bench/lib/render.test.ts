import { describe, expect, it } from "vitest";
import { CLASS_CWES } from "./classes.js";
import { scoreQuality, type ScoredFile } from "./metrics.js";
import { renderMisses, renderScore } from "./render.js";
import { checkTargets } from "./targets.js";

describe("rendering", () => {
  const files: ScoredFile[] = [
    {
      path: "p/89/a.vuln.py",
      language: "python",
      classCwe: "CWE-89",
      kind: "vuln",
      labels: [{ file: "p/89/a.vuln.py", line: 5, cwe: "CWE-89" }],
    },
    { path: "p/89/a.safe.py", language: "python", classCwe: "CWE-89", kind: "safe", labels: [] },
  ];
  const score = scoreQuality(
    files,
    [{ file: "p/89/a.vuln.py", line: 4, cwe: ["CWE-89"], ruleId: "py/sql" }],
    CLASS_CWES,
  );

  it("prints one row per class and language with its counts, and each target's verdict", () => {
    const text = renderScore("rules", score, checkTargets(score));
    const row = text.split("\n").find((l) => l.startsWith("CWE-89 SQL injection"));
    expect(row?.split(/\s{2,}/)).toEqual([
      "CWE-89 SQL injection",
      "python",
      "1",
      "0",
      "1",
      "1",
      "0.00",
      "0.00",
      "0.00",
      "0.00 (0/1)",
    ]);
    expect(text).toContain("NOT met  overall precision >= 0.95  (0.000)");
  });

  it("points a miss at the line where the same class was reported instead", () => {
    expect(renderMisses(score, 10).split("\n")).toEqual([
      "False negatives (1):",
      "  p/89/a.vuln.py:5  CWE-89  (reported on line 4 instead)",
      "False positives (1):",
      "  p/89/a.vuln.py:4  CWE-89  py/sql",
    ]);
  });
});
