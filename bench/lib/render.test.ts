import { describe, expect, it } from "vitest";
import { CLASS_CWES } from "./classes.js";
import { scoreQuality, type ScoredFile } from "./metrics.js";
import { renderMisses, renderScore, renderSideBySide } from "./render.js";
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

describe("renderSideBySide", () => {
  const file = (path: string, cwe: string, kind: "vuln" | "safe", line?: number): ScoredFile => ({
    path,
    language: "python",
    classCwe: cwe,
    kind,
    labels: line === undefined ? [] : [{ file: path, line, cwe }],
  });
  const own = scoreQuality(
    [file("a.py", "CWE-89", "vuln", 2), file("a.safe.py", "CWE-89", "safe")],
    [{ file: "a.py", line: 2, cwe: ["CWE-89"], ruleId: "r" }],
    CLASS_CWES,
  );
  const blind = scoreQuality(
    [
      file("b.py", "CWE-89", "vuln", 3),
      file("c.py", "CWE-78", "vuln", 1),
      file("c.safe.py", "CWE-78", "safe"),
    ],
    [
      { file: "b.py", line: 3, cwe: ["CWE-89"], ruleId: "r" },
      { file: "c.safe.py", line: 1, cwe: ["CWE-78"], ruleId: "r" },
    ],
    CLASS_CWES,
  );

  it("puts each corpus in a column, with a dash where a corpus has no such class", () => {
    const lines = renderSideBySide([
      { name: "own", score: own },
      { name: "batch1", score: blind },
    ]).split("\n");
    const cells = (start: string) => lines.find((l) => l.startsWith(start))?.split(/\s{2,}/);
    expect(cells("CWE-78")).toEqual(["CWE-78 command injection", "python", "–", "0.00 / 0.00 / 0.00 (0/1)"]);
    expect(cells("CWE-89")).toEqual([
      "CWE-89 SQL injection",
      "python",
      "1.00 / 1.00 / 1.00 (1/1)",
      "1.00 / 1.00 / 1.00 (1/1)",
    ]);
    expect(cells("overall")).toEqual(["overall", "1.00 / 1.00 / 1.00 (1/1)", "0.50 / 0.50 / 0.50 (1/2)"]);
    expect(lines[0]).toMatch(/^class\s+lang\s+own P \/ R \/ F1 \(TP\/labels\)\s+batch1 P \/ R \/ F1/);
  });
});
