import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyserInputFor, configWith } from "../shared/analyser-input.test-support.js";
import { createPylintAnalyser } from "./pylint-analyser.js";
import { PYLINT_TABLE_IDS } from "./rule-table.js";

// The fixture folder holds a .pylintrc and a pyproject.toml whose init-hook exits 99/98:
// any run that read them would fail these tests.
const root = resolve(import.meta.dirname, "../../../test/fixtures/tools/python");
const fixture = (...paths: string[]) =>
  paths.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));

describe("pylint adapter (real pylint)", () => {
  const pylint = createPylintAnalyser();

  it("is available here, and says how to install it when missing", async () => {
    expect(await pylint.availability()).toBeNull();
    expect(await createPylintAnalyser({ command: "codeguardian-no-such-pylint" }).availability()).toBe(
      "pylint is not installed; apt-get install pylint (or pip install pylint)",
    );
  });

  it("maps messages with UTF-16 columns, ignoring the repository's pylint configuration", async () => {
    const output = await pylint.analyse(
      analyserInputFor(root, fixture("vulnerable.py", "clean.py", "unicode_cols.py")),
    );
    const found = output.findings.map((f) => ({
      at: `${f.file}:${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`,
      rule: f.ruleId,
      category: f.category,
      severity: f.severity,
      cwe: f.cwe,
      family: f.family,
    }));
    expect(found).toEqual([
      {
        at: "vulnerable.py:18:12-18:22",
        rule: "pylint/W0123",
        category: "security",
        severity: "high",
        cwe: ["CWE-95"],
        family: "code-injection",
      },
      {
        at: "vulnerable.py:25:1-25:11",
        rule: "pylint/W0102",
        category: "logic",
        severity: "medium",
        cwe: [],
        family: "mutable-default-argument",
      },
      // "é" is two bytes: pylint's byte column 25 is UTF-16 column 25 (1-based), not 26.
      {
        at: "unicode_cols.py:2:25-2:32",
        rule: "pylint/W0123",
        category: "security",
        severity: "high",
        cwe: ["CWE-95"],
        family: "code-injection",
      },
      {
        at: "unicode_cols.py:2:5-2:10",
        rule: "pylint/W0612",
        category: "style",
        severity: "info",
        cwe: [],
        family: undefined,
      },
    ]);
    expect(output.rules.map((r) => r.id)).toEqual(PYLINT_TABLE_IDS.map((id) => `pylint/${id}`).sort());
    expect(output.rules.find((r) => r.id === "pylint/W0102")).toMatchObject({
      title: "Dangerous default value",
      family: "mutable-default-argument",
      references: [
        "https://pylint.readthedocs.io/en/stable/user_guide/messages/warning/dangerous-default-value.html",
      ],
    });
    expect(output.analysedPaths).toEqual(["vulnerable.py", "clean.py", "unicode_cols.py"]);
    expect(output.notices).toEqual([]);
  });

  it("turns a syntax error into a per-file notice", async () => {
    const output = await pylint.analyse(analyserInputFor(root, fixture("modern_syntax.py", "clean.py")));
    expect(output.notices).toEqual([
      {
        level: "warning",
        analyser: "pylint",
        file: "modern_syntax.py",
        message:
          "pylint could not parse modern_syntax.py (Parsing failed: 'invalid syntax (<unknown>, line 1)'); it was not checked by pylint",
      },
    ]);
    expect(output.findings).toEqual([]);
    expect(output.analysedPaths).toEqual(["clean.py"]);
  });

  const failures = [
    { name: "exits without JSON", command: "sh", error: "pylint produced no output" },
    { name: "times out", command: "pylint", timeoutSeconds: 0.001, error: "pylint timed out after 1 ms" },
  ];
  for (const c of failures) {
    it(`fails the whole run when the tool ${c.name}`, async () => {
      const config = configWith("pylint", { command: c.command, timeoutSeconds: c.timeoutSeconds ?? 60 });
      await expect(pylint.analyse(analyserInputFor(root, fixture("clean.py"), { config }))).rejects.toThrow(
        c.error,
      );
    });
  }
});
