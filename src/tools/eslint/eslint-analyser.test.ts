import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyserInputFor, configWith } from "../shared/analyser-input.test-support.js";
import { createEslintAnalyser } from "./eslint-analyser.js";
import { ESLINT_TABLE_IDS } from "./rule-table.js";

// The fixture folder holds an eslint.config.js that throws when loaded: it must
// only ever run when the operator opts in to the project's configuration.
const root = resolve(import.meta.dirname, "../../../test/fixtures/tools/js");
const fixture = (...paths: string[]) =>
  paths.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
const at = (f: {
  file: string;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
}) => `${f.file}:${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`;

describe("eslint adapter (real ESLint, our configuration)", () => {
  const eslint = createEslintAnalyser();

  it("is available from CodeGuardian's own dependencies", async () => {
    expect(await eslint.availability()).toBeNull();
  });

  it("maps JavaScript, TypeScript and TSX findings with UTF-16 columns", async () => {
    const output = await eslint.analyse(analyserInputFor(root, fixture("unsafe.js", "typed.ts", "view.tsx")));
    expect(
      output.findings.map((f) => [at(f), f.ruleId, f.severity, f.cwe[0] ?? null, f.family ?? null]),
    ).toEqual([
      ["unsafe.js:3:10-3:14", "eslint/no-eval", "high", "CWE-95", "code-injection"],
      ["unsafe.js:5:12-5:41", "eslint/no-new-func", "high", "CWE-95", "code-injection"],
      ["unsafe.js:6:1-6:10", "eslint/no-debugger", "low", "CWE-489", "debug-code"],
      // Line 2 holds an emoji (two UTF-16 units) before eval.
      ["typed.ts:2:26-2:30", "eslint/no-eval", "high", "CWE-95", "code-injection"],
      ["view.tsx:2:23-2:30", "eslint/valid-typeof", "high", "CWE-570", null],
    ]);
    expect(output.rules.map((r) => r.id)).toEqual(ESLINT_TABLE_IDS.map((id) => `eslint/${id}`).sort());
    expect(output.analysedPaths).toEqual(["unsafe.js", "typed.ts", "view.tsx"]);
    expect(output.notices).toEqual([]);
  });

  it("ignores inline eslint-disable comments written for another rule set", async () => {
    const output = await eslint.analyse(analyserInputFor(root, fixture("suppressed.js")));
    expect(output.findings.map((f) => [at(f), f.ruleId])).toEqual([
      ["suppressed.js:3:10-3:14", "eslint/no-eval"],
    ]);
  });

  it("turns a parse error into a per-file notice", async () => {
    const output = await eslint.analyse(analyserInputFor(root, fixture("broken.js", "unsafe.js")));
    expect(output.notices).toEqual([
      {
        level: "warning",
        analyser: "eslint",
        file: "broken.js",
        message:
          "eslint could not parse broken.js (Parsing error: Unexpected token (, line 1); it was not checked by eslint",
      },
    ]);
    expect(output.analysedPaths).toEqual(["unsafe.js"]);
  });

  it("says which files ESLint's default ignores left out", async () => {
    const files = [...fixture("unsafe.js"), { path: "node_modules/lib/index.js", text: "eval(x);\n" }];
    const output = await eslint.analyse(analyserInputFor(root, files));
    expect(output.analysedPaths).toEqual(["unsafe.js"]);
    expect(output.notices).toEqual([
      {
        level: "info",
        analyser: "eslint",
        message:
          "eslint ignored 1 file (its default ignores or the configuration cover it): node_modules/lib/index.js",
      },
    ]);
  });

  it("gives the same findings in one-file batches", async () => {
    const files = fixture("unsafe.js", "typed.ts");
    const batched = await createEslintAnalyser({ batch: { maxFiles: 1, maxChars: 1_000_000 } }).analyse(
      analyserInputFor(root, files),
    );
    const whole = await eslint.analyse(analyserInputFor(root, files));
    expect(batched.findings).toEqual(whole.findings);
  });

  it("runs the project's own configuration only when the operator opts in", async () => {
    const config = configWith("eslint", { useProjectConfig: true });
    await expect(eslint.analyse(analyserInputFor(root, fixture("unsafe.js"), { config }))).rejects.toThrow(
      "project eslint config was executed",
    );
  });

  it("fails the whole run when it times out", async () => {
    const config = configWith("eslint", { timeoutSeconds: 0.001 });
    await expect(eslint.analyse(analyserInputFor(root, fixture("unsafe.js"), { config }))).rejects.toThrow(
      "eslint timed out after 1 ms",
    );
  });
});
