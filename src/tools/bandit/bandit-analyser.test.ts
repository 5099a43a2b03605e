import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { FindingDraft } from "../../core/finding.js";
import type { ProgressEvent } from "../../core/progress.js";
import { analyserInputFor, configWith } from "../shared/analyser-input.test-support.js";
import { createBanditAnalyser } from "./bandit-analyser.js";
import { BANDIT_TABLE_IDS } from "./rule-table.js";

const root = resolve(import.meta.dirname, "../../../test/fixtures/tools/python");
const fixture = (...paths: string[]) =>
  paths.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));

describe("bandit adapter (real bandit)", () => {
  const bandit = createBanditAnalyser();

  it("is available here", async () => {
    expect(await bandit.availability()).toBeNull();
  });

  it("says how to install it when the executable is missing", async () => {
    const missing = createBanditAnalyser({ command: "codeguardian-no-such-bandit" });
    expect(await missing.availability()).toBe(
      "bandit is not installed; apt-get install bandit (or pip install bandit)",
    );
  });

  it("maps every issue in the vulnerable fixture, ignoring the repository's .bandit", async () => {
    const output = await bandit.analyse(analyserInputFor(root, fixture("vulnerable.py", "clean.py")));
    const found = output.findings.map((f) => [
      f.ruleId,
      f.range.start.line,
      f.severity,
      f.cwe[0],
      f.family ?? null,
    ]);
    expect(found).toEqual([
      ["bandit/B403", 1, "info", "CWE-502", "insecure-deserialization"],
      ["bandit/B404", 2, "info", "CWE-78", "command-injection"],
      ["bandit/B602", 9, "high", "CWE-78", "command-injection"],
      ["bandit/B605", 10, "high", "CWE-78", "command-injection"],
      ["bandit/B301", 14, "high", "CWE-502", "insecure-deserialization"],
      ["bandit/B307", 18, "high", "CWE-95", "code-injection"],
      ["bandit/B501", 22, "high", "CWE-295", "tls-verification"],
    ]);
    expect(output.analysedPaths).toEqual(["vulnerable.py", "clean.py"]);
    expect(output.filesAnalysed).toBe(2);
    expect(output.notices).toEqual([]);
    // Every rule bandit could have reported, so a silent rule means "fixed"; reported ones carry bandit's own link.
    expect(output.rules.map((r) => r.id)).toEqual(BANDIT_TABLE_IDS.map((id) => `bandit/${id}`).sort());
    expect(output.rules.every((r) => r.analyser === "bandit" && r.languages.includes("python"))).toBe(true);
    expect(output.rules.find((r) => r.id === "bandit/B602")?.references).toEqual([
      "https://bandit.readthedocs.io/en/latest/plugins/b602_subprocess_popen_with_shell_equals_true.html",
    ]);
  });

  it("spans the flagged statement without its indentation (bandit 1.6 gives lines only)", async () => {
    const output = await bandit.analyse(analyserInputFor(root, fixture("vulnerable.py")));
    const b602 = output.findings.find((f) => f.ruleId === "bandit/B602");
    expect(b602?.range).toEqual({ start: { line: 9, column: 5 }, end: { line: 9, column: 37 } });
    expect(b602?.confidence).toBe(0.9);
    expect(b602?.source).toBe("bandit");
  });

  it("turns a file it cannot parse into a per-file notice, not a failure", async () => {
    const output = await bandit.analyse(
      analyserInputFor(root, fixture("modern_syntax.py", "unicode_cols.py")),
    );
    expect(output.notices).toEqual([
      {
        level: "warning",
        analyser: "bandit",
        file: "modern_syntax.py",
        message:
          "bandit could not parse modern_syntax.py (syntax error while parsing AST from file); it was not checked by bandit",
      },
    ]);
    expect(output.analysedPaths).toEqual(["unicode_cols.py"]);
    expect(output.findings.map((f) => [f.file, f.ruleId, f.range.start.line])).toEqual([
      ["unicode_cols.py", "bandit/B307", 2],
    ]);
  });

  it("runs files in batches and gives the same findings, with progress per file", async () => {
    const events: ProgressEvent[] = [];
    const files = fixture("vulnerable.py", "clean.py", "unicode_cols.py");
    const batched = await createBanditAnalyser({ batch: { maxFiles: 1, maxChars: 1000 } }).analyse(
      analyserInputFor(root, files, { events }),
    );
    const whole = await bandit.analyse(analyserInputFor(root, files));
    const byPlace = (f: FindingDraft) =>
      `${f.file}:${String(f.range.start.line).padStart(4, "0")}:${f.ruleId}`;
    expect(batched.findings.map(byPlace).sort()).toEqual(whole.findings.map(byPlace).sort());
    expect(batched.findings).toHaveLength(8);
    expect(events).toEqual(
      files.map((f, i) => ({ kind: "file", analyser: "bandit", file: f.path, done: i + 1, total: 3 })),
    );
  });

  it("does nothing (and runs nothing) without Python files", async () => {
    const output = await createBanditAnalyser({ command: "codeguardian-no-such-bandit" }).analyse(
      analyserInputFor(root, [{ path: "notes.txt", text: "hello" }]),
    );
    expect({ ...output, rules: output.rules.length }).toEqual({
      findings: [],
      notices: [],
      filesAnalysed: 0,
      analysedPaths: [],
      rules: BANDIT_TABLE_IDS.length,
    });
  });

  const failures = [
    { name: "exits without JSON", command: "false", timeoutSeconds: 60, error: "bandit produced no output" },
    { name: "times out", command: "bandit", timeoutSeconds: 0.001, error: "bandit timed out after 1 ms" },
  ];
  for (const c of failures) {
    it(`fails the whole run when the tool ${c.name}`, async () => {
      const config = configWith("bandit", { command: c.command, timeoutSeconds: c.timeoutSeconds });
      await expect(
        createBanditAnalyser().analyse(analyserInputFor(root, fixture("vulnerable.py"), { config })),
      ).rejects.toThrow(c.error);
    });
  }
});
