import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/rules/define-rule.js";
import { runRulesOnCorpus, runRulesOnUnits, unitResolver } from "./rules-run.js";

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
    const run = runRulesOnCorpus([file("python/94/y.vuln.py", "x = = 1\n")], "/corpus", [evalRule], 0.5);
    expect(run.notices.map((n) => n.level)).toEqual(["warning"]);
  });

  it("reviews every file of every unit, templates left to the rules that read them", () => {
    const run = runRulesOnUnits(
      [
        {
          id: "w/python/94/c/vuln",
          files: [
            { path: "w/python/94/c/vuln/app.py", language: "python", text: "from h import run\nrun(q)\n" },
            { path: "w/python/94/c/vuln/h.py", language: "python", text: "def run(q):\n    eval(q)\n" },
            { path: "w/python/94/c/vuln/t.html", language: "html", text: "<p>eval(q)</p>\n" },
          ],
        },
        {
          id: "w/python/94/c/safe",
          files: [{ path: "w/python/94/c/safe/h.py", language: "python", text: "eval('1')\n" }],
        },
      ],
      "/blind/batch1",
      [evalRule],
      0.5,
    );
    expect(run.findings).toEqual([
      { file: "w/python/94/c/vuln/h.py", line: 2, cwe: ["CWE-94"], ruleId: "bench/eval-call" },
    ]);
    expect(run.belowThreshold).toBe(1);
  });
});

describe("unitResolver", () => {
  it("resolves among the unit's files from the folder they share", () => {
    const resolve = unitResolver({
      id: "w/python/94/c/vuln",
      files: [
        { path: "w/python/94/c/vuln/app.py", language: "python", text: "" },
        { path: "w/python/94/c/vuln/h.py", language: "python", text: "" },
      ],
    });
    expect(resolve("w/python/94/c/vuln/app.py", "h", "python")).toBe("w/python/94/c/vuln/h.py");
  });

  it("gives a unit with no reviewable file a resolver that finds nothing (the shared folder was once an endless loop)", () => {
    const resolve = unitResolver({ id: "w/js/94/c/vuln", files: [] });
    expect(resolve("app.js", "./h", "js")).toBeUndefined();
  });
});
