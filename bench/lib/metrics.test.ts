import { describe, expect, it } from "vitest";
import { CLASS_CWES } from "./classes.js";
import { scoreQuality, type ScoredFile, type ScoredFinding } from "./metrics.js";
import { checkTargets } from "./targets.js";

describe("scoreQuality", () => {
  const files: ScoredFile[] = [
    {
      path: "a.vuln.py",
      language: "python",
      classCwe: "CWE-89",
      kind: "vuln",
      labels: [{ file: "a.vuln.py", line: 3, cwe: "CWE-89" }],
    },
    { path: "a.safe.py", language: "python", classCwe: "CWE-89", kind: "safe", labels: [] },
    {
      path: "b.vuln.py",
      language: "python",
      classCwe: "CWE-89",
      kind: "vuln",
      labels: [{ file: "b.vuln.py", line: 7, cwe: "CWE-89" }],
    },
    { path: "b.safe.py", language: "python", classCwe: "CWE-89", kind: "safe", labels: [] },
    {
      path: "c.vuln.js",
      language: "js",
      classCwe: "CWE-78",
      kind: "vuln",
      labels: [{ file: "c.vuln.js", line: 1, cwe: "CWE-78" }],
    },
    { path: "c.safe.js", language: "js", classCwe: "CWE-78", kind: "safe", labels: [] },
  ];
  const f = (file: string, line: number, cwe: string[], ruleId = "r"): ScoredFinding => ({
    file,
    line,
    cwe,
    ruleId,
  });
  const findings = [
    f("a.vuln.py", 3, ["CWE-89"]),
    f("a.vuln.py", 3, ["CWE-89", "CWE-564"], "dup"),
    f("b.vuln.py", 6, ["CWE-89"]),
    f("a.safe.py", 3, ["CWE-89"]),
    f("c.vuln.js", 1, ["CWE-78"]),
    f("c.vuln.js", 1, ["CWE-200"]),
    f("c.safe.js", 4, ["CWE-1004", "CWE-614"]),
  ];
  const score = scoreQuality(files, findings, ["CWE-89", "CWE-78", "CWE-614"]);

  it("counts a label once however many findings match it, and misses on another line", () => {
    const row = score.rows.find((r) => r.cwe === "CWE-89" && r.language === "python");
    expect(row).toMatchObject({ labels: 2, tp: 1, fn: 1, fp: 2, safeTwins: 2, safeTwinsWithFp: 1 });
    expect(row?.precision).toBeCloseTo(1 / 3);
    expect(row?.recall).toBeCloseTo(0.5);
    expect(row?.f1).toBeCloseTo(0.4);
    expect(row?.fpRate).toBeCloseTo(0.5);
  });

  it("attributes a false positive to the first class CWE it carries", () => {
    expect(score.rows.find((r) => r.cwe === "CWE-614")).toMatchObject({ language: "js", fp: 1, labels: 0 });
    expect(score.falsePositives.map((m) => `${m.file}:${m.line}:${m.cwe}`)).toEqual([
      "b.vuln.py:6:CWE-89",
      "a.safe.py:3:CWE-89",
      "c.safe.js:4:CWE-614",
    ]);
  });

  it("leaves findings outside the classes unscored", () => {
    expect(score.unscored).toBe(1);
  });

  it("sums per language and overall", () => {
    expect(score.byLanguage.js).toMatchObject({
      labels: 1,
      tp: 1,
      fp: 1,
      fn: 0,
      safeTwins: 1,
      safeTwinsWithFp: 1,
    });
    expect(score.overall).toMatchObject({ labels: 3, tp: 2, fp: 3, fn: 1, safeTwins: 3, safeTwinsWithFp: 2 });
    expect(score.overall.precision).toBeCloseTo(0.4);
    expect(score.overall.recall).toBeCloseTo(2 / 3);
  });

  it("reports unknown rather than zero when nothing was found or expected", () => {
    const empty = scoreQuality([files[1]!], [], ["CWE-89"]);
    expect(empty.overall.precision).toBeUndefined();
    expect(empty.overall.recall).toBeUndefined();
    expect(empty.overall.fpRate).toBe(0);
  });

  it("checks the targets against the figures", () => {
    expect(checkTargets(score).map((t) => t.met)).toEqual([false, false, false]);
    const perfect = scoreQuality(
      files,
      [f("a.vuln.py", 3, ["CWE-89"]), f("b.vuln.py", 7, ["CWE-89"]), f("c.vuln.js", 1, ["CWE-78"])],
      CLASS_CWES,
    );
    expect(checkTargets(perfect).map((t) => t.met)).toEqual([true, true, true]);
  });
});

describe("scoreQuality on multi-file cases", () => {
  // One cookie case: the handler in app.js, the label in session.js; its safe twin has two files too.
  const vuln = (path: string, labels: ScoredFile["labels"] = []): ScoredFile => ({
    path,
    language: "js",
    classCwe: "CWE-614",
    kind: "vuln",
    labels,
    unit: "w/js/614/c/vuln",
  });
  const safe = (path: string): ScoredFile => ({
    path,
    language: "js",
    classCwe: "CWE-614",
    kind: "safe",
    labels: [],
    unit: "w/js/614/c/safe",
  });
  const files = [
    vuln("c/vuln/app.js"),
    vuln("c/vuln/session.js", [
      { file: "c/vuln/session.js", line: 4, cwe: "CWE-614" },
      { file: "c/vuln/session.js", line: 4, cwe: "CWE-1004" },
    ]),
    safe("c/safe/app.js"),
    safe("c/safe/session.js"),
  ];
  const finding = (file: string, line: number, cwe: string[]) => ({ file, line, cwe, ruleId: "r" });

  it("matches a label through a CWE of the same class, and counts the two ids of one line once", () => {
    const score = scoreQuality(files, [finding("c/vuln/session.js", 4, ["CWE-1004"])], CLASS_CWES);
    expect(score.rows).toEqual([expect.objectContaining({ cwe: "CWE-614", labels: 1, tp: 1, fn: 0, fp: 0 })]);
  });

  it("counts a safe twin once however many of its files carry a false positive", () => {
    const score = scoreQuality(
      files,
      [finding("c/safe/app.js", 2, ["CWE-614"]), finding("c/safe/session.js", 4, ["CWE-1004"])],
      CLASS_CWES,
    );
    expect(score.rows[0]).toMatchObject({ fp: 2, fn: 1, safeTwins: 1, safeTwinsWithFp: 1 });
    expect(score.overall).toMatchObject({ safeTwins: 1, safeTwinsWithFp: 1 });
  });

  it("does not match a label of another class on the same line", () => {
    const score = scoreQuality(files, [finding("c/vuln/session.js", 4, ["CWE-79"])], CLASS_CWES);
    expect(score.rows.find((r) => r.cwe === "CWE-614")).toMatchObject({ tp: 0, fn: 1 });
    expect(score.falsePositives).toEqual([
      { file: "c/vuln/session.js", line: 4, cwe: "CWE-79", ruleId: "r" },
    ]);
  });
});
