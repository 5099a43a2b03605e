import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { defineRule } from "../src/rules/define-rule.js";
import { parseSource } from "../src/rules/parse.js";
import { parseBanditReport } from "./lib/bandit.js";
import { CLASS_CWES, VULN_CLASSES } from "./lib/classes.js";
import { describeCorpusPath, readCorpus, type Corpus } from "./lib/corpus.js";
import { parseLabels } from "./lib/labels.js";
import { runRulesOnCorpus } from "./lib/rules-run.js";
import { scoreQuality, type ScoredFile, type ScoredFinding } from "./lib/metrics.js";
import { renderMisses, renderScore } from "./lib/render.js";
import { checkTargets } from "./lib/targets.js";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "corpus");

describe("parseLabels", () => {
  const cases = [
    {
      name: "python trailing label",
      language: "python" as const,
      text: "x = 1\ncur.execute(q)  # cg-expect: CWE-89\n",
      labels: [{ file: "f", line: 2, cwe: "CWE-89" }],
      problems: 0,
    },
    {
      name: "js label with two CWEs",
      language: "js" as const,
      text: "db.find(q); // cg-expect: CWE-943, CWE-89",
      labels: [
        { file: "f", line: 1, cwe: "CWE-943" },
        { file: "f", line: 1, cwe: "CWE-89" },
      ],
      problems: 0,
    },
    {
      name: "CRLF line ending",
      language: "js" as const,
      text: "a();\r\neval(x); // cg-expect: CWE-94\r\n",
      labels: [{ file: "f", line: 2, cwe: "CWE-94" }],
      problems: 0,
    },
    { name: "no label", language: "python" as const, text: "print('hi')\n", labels: [], problems: 0 },
    {
      name: "wrong comment marker for the language",
      language: "python" as const,
      text: "eval(x)  // cg-expect: CWE-94",
      labels: [],
      problems: 1,
    },
    {
      name: "missing colon",
      language: "js" as const,
      text: "eval(x); // cg-expect CWE-94",
      labels: [],
      problems: 1,
    },
    {
      name: "bare number",
      language: "js" as const,
      text: "eval(x); // cg-expect: 94",
      labels: [],
      problems: 1,
    },
    {
      name: "label on a line of its own",
      language: "python" as const,
      text: "# cg-expect: CWE-94\neval(x)",
      labels: [],
      problems: 1,
    },
  ];
  it.each(cases)("$name", ({ language, text, labels, problems }) => {
    const parsed = parseLabels(text, language, "f");
    expect(parsed.labels).toEqual(labels);
    expect(parsed.problems).toHaveLength(problems);
  });
});

describe("describeCorpusPath", () => {
  it.each([
    { path: "python/89/a.vuln.py", ok: true },
    { path: "js/1321/merge.safe.ts", ok: true },
    { path: "js/89/a.vuln.py", ok: false },
    { path: "python/12345/a.vuln.py", ok: false },
    { path: "python/89/a.py", ok: false },
    { path: "go/89/a.vuln.go", ok: false },
    { path: "python/89/extra/a.vuln.py", ok: false },
  ])("$path", ({ path, ok }) => {
    expect(typeof describeCorpusPath(path) !== "string").toBe(ok);
  });

  it("reads the class, kind and language from the path", () => {
    expect(describeCorpusPath("js/1333/slug.vuln.ts")).toEqual({
      path: "js/1333/slug.vuln.ts",
      language: "js",
      codeLanguage: "typescript",
      classCwe: "CWE-1333",
      caseName: "slug",
      kind: "vuln",
    });
  });
});

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

describe("runRulesOnCorpus", () => {
  // A real rule on the real engine: eval calls, confident when the argument is not a literal.
  const evalRule = defineRule(
    {
      id: "bench/eval-call",
      languages: ["python"],
      category: "security",
      severity: "high",
      confidence: 0.9,
      cwe: ["CWE-94"],
      title: "eval",
      description: "eval call",
      why: "runs code",
      howToFix: "do not",
      references: [],
      fixable: false,
    },
    (ctx) => {
      for (const node of ctx.root?.findAll("eval($A)") ?? []) {
        const literal = node.getMatch("A")?.kind() === "string";
        ctx.report({ node, ...(literal ? { confidence: 0.2 } : {}) });
      }
    },
  );
  const file = (path: string, text: string) => ({
    path,
    language: "python" as const,
    codeLanguage: "python" as const,
    classCwe: "CWE-94",
    caseName: "x",
    kind: "vuln" as const,
    text,
    labels: [],
  });

  it("keeps findings at or above the threshold with their start line and CWE", () => {
    const run = runRulesOnCorpus(
      [file("python/94/x.vuln.py", "a = 1\neval(a)\neval('1')\n")],
      "/corpus",
      [evalRule],
      0.5,
    );
    expect(run.findings).toEqual([
      { file: "python/94/x.vuln.py", line: 2, cwe: ["CWE-94"], ruleId: "bench/eval-call" },
    ]);
    expect(run.belowThreshold).toBe(1);
  });

  it("passes on the engine's notices about files that do not parse", () => {
    const run = runRulesOnCorpus([file("python/94/y.vuln.py", "def f(:\n")], "/corpus", [evalRule], 0.5);
    expect(run.notices.map((n) => n.level)).toEqual(["warning"]);
  });
});

describe("readCorpus", () => {
  it("refuses a folder that does not exist", async () => {
    await expect(readCorpus(join(CORPUS, "no-such-folder"))).rejects.toThrow(/not found/);
  });
});

describe("the corpus", () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await readCorpus(CORPUS);
  });
  const vuln = () => corpus.files.filter((f) => f.kind === "vuln");
  const safe = () => corpus.files.filter((f) => f.kind === "safe");
  const twinKey = (f: { language: string; classCwe: string; caseName: string; path: string }) =>
    `${f.path.slice(0, f.path.lastIndexOf("/"))}/${f.caseName}.${f.path.split(".").pop() ?? ""}`;

  it("has no misplaced files or malformed labels", () => {
    expect(corpus.problems).toEqual([]);
  });

  it("labels at least one line of every vulnerable case, all with the case's class", () => {
    expect(
      vuln()
        .filter((f) => f.labels.length === 0)
        .map((f) => f.path),
    ).toEqual([]);
    const foreign = vuln().flatMap((f) =>
      f.labels.filter((l) => l.cwe !== f.classCwe).map((l) => `${l.file}:${l.line}`),
    );
    expect(foreign).toEqual([]);
  });

  it("labels nothing in a safe twin", () => {
    expect(
      safe()
        .filter((f) => f.labels.length > 0)
        .map((f) => f.path),
    ).toEqual([]);
  });

  it("pairs every vulnerable case with a safe twin and vice versa, and the twins differ", () => {
    const safeByKey = new Map(safe().map((f) => [twinKey(f), f]));
    const vulnByKey = new Map(vuln().map((f) => [twinKey(f), f]));
    expect([...vulnByKey.keys()].filter((k) => !safeByKey.has(k))).toEqual([]);
    expect([...safeByKey.keys()].filter((k) => !vulnByKey.has(k))).toEqual([]);
    const unchanged = [...vulnByKey].filter(([key, v]) => {
      const stripped = v.text.replace(/[ \t]*(#|\/\/) cg-expect: [^\n]*/g, "");
      return safeByKey.get(key)?.text === stripped;
    });
    expect(unchanged.map(([key]) => key)).toEqual([]);
  });

  it("has at least 150 vulnerable cases and at least 3 per class and language", () => {
    expect(vuln().length).toBeGreaterThanOrEqual(150);
    const thin = VULN_CLASSES.flatMap((c) =>
      c.languages
        .map((language) => ({
          id: `${c.cwe}/${language}`,
          n: vuln().filter((f) => f.classCwe === c.cwe && f.language === language).length,
        }))
        .filter((x) => x.n < 3),
    );
    expect(thin).toEqual([]);
  });

  it("parses every file without syntax errors", () => {
    const broken = corpus.files
      .map((f) => ({ path: f.path, parsed: parseSource(f.codeLanguage, f.text) }))
      .filter((x) => x.parsed.errorCount > 0)
      .map((x) => `${x.path}:${String(x.parsed.firstErrorLine)}`);
    expect(broken).toEqual([]);
  });
});
