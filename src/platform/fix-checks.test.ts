import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isCancelled } from "../core/errors.js";
import { runFixChecks, type FixCheckOptions, type Materialise } from "./fix-checks.js";
import { exists, gone, slowTool } from "./process-tree.test-support.js";
import { makeTree, removeTree } from "./temp-tree.test-support.js";

const CALC = "def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n";
const TEST =
  "import unittest\nfrom calc import add, sub\n\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEqual(add(2, 2), 4)\n        self.assertEqual(sub(3, 1), 2)\n";

/** Each id is one change to calc.py; the materialised text applies the chosen ones in order. */
const CHANGES: Record<string, [string, string]> = {
  rename: ["a + b", "b + a"],
  breaks: ["return a - b", "return a - (b"],
  wrong: ["a - b", "a + b"],
  comment: ["def add", "# adds\ndef add"],
};
const materialise: Materialise = (ids) => {
  let text = CALC;
  for (const id of ids) text = text.replace(...CHANGES[id]!);
  return Promise.resolve(new Map(ids.length === 0 ? [] : [["calc.py", text]]));
};

const PYTHON: FixCheckOptions = { python: "python3", timeoutMs: 20_000 };
const TESTS: FixCheckOptions = {
  testCommand: { command: "python3", args: ["-m", "unittest", "-q", "test_calc"] },
  timeoutMs: 20_000,
};

let root: string;
beforeEach(async () => {
  root = await makeTree({ "calc.py": CALC, "test_calc.py": TEST });
});
afterEach(async () => removeTree(root));

describe("runFixChecks", () => {
  it("runs once when the whole batch passes", async () => {
    const report = await runFixChecks(root, ["rename", "comment"], materialise, { ...PYTHON, ...TESTS });
    expect(report.runs).toBe(1);
    expect(Object.fromEntries(report.verdicts)).toEqual({
      rename: { languageCheck: true, tests: true, reasons: [] },
      comment: { languageCheck: true, tests: true, reasons: [] },
    });
  });

  it("bisects a failing batch to the fix that breaks py_compile", async () => {
    const report = await runFixChecks(root, ["rename", "comment", "breaks"], materialise, PYTHON);
    const verdicts = Object.fromEntries([...report.verdicts].map(([id, v]) => [id, v.languageCheck]));
    expect(verdicts).toEqual({ rename: true, comment: true, breaks: false });
    expect(report.verdicts.get("breaks")?.reasons[0]).toMatch(/^py_compile: python3 exited with 1/);
  });

  it("bisects to the fix that makes the operator's tests fail", async () => {
    const report = await runFixChecks(root, ["rename", "wrong", "comment"], materialise, TESTS);
    expect(Object.fromEntries([...report.verdicts].map(([id, v]) => [id, v.tests]))).toEqual({
      rename: true,
      wrong: false,
      comment: true,
    });
  });

  it("does not blame fixes for tests that fail without them", async () => {
    const broken = await makeTree({ "calc.py": CALC, "test_calc.py": TEST.replace("4)", "5)") });
    try {
      const report = await runFixChecks(broken, ["rename"], materialise, TESTS);
      expect(report.verdicts.get("rename")).toEqual({ reasons: [] });
      expect(report.notes[0]).toMatch(/the test command fails without any fix/);
    } finally {
      await removeTree(broken);
    }
  });

  it("stops a check at its time limit", async () => {
    const slow: FixCheckOptions = {
      testCommand: { command: "python3", args: ["-c", "import time; time.sleep(30)"] },
      timeoutMs: 300,
    };
    const report = await runFixChecks(root, ["rename"], materialise, slow);
    // The unmodified copy times out too, so the check cannot judge the fix.
    expect(report.notes[0]).toMatch(/timed out/);
  });

  it("ends a running test command and its children when cancelled, and gives no verdict", async () => {
    const tool = await slowTool();
    try {
      const controller = new AbortController();
      const pending = runFixChecks(
        root,
        ["rename"],
        materialise,
        { testCommand: { command: tool.command, args: [] }, timeoutMs: 60_000 },
        controller.signal,
      ).catch((error: unknown) => error);
      const pids = await tool.pids();
      controller.abort();
      expect(isCancelled(await pending)).toBe(true);
      await gone(pids);
      expect(pids.filter(exists)).toEqual([]);
    } finally {
      await tool.remove();
    }
  });

  it("never changes the repository itself", async () => {
    await runFixChecks(root, ["breaks"], materialise, PYTHON);
    expect(await readFile(join(root, "calc.py"), "utf8")).toBe(CALC);
  });

  it("runs the TypeScript compiler when the project has a tsconfig", async () => {
    const tsRoot = await makeTree({
      "tsconfig.json": JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, types: [] },
        files: ["a.ts"],
      }),
      "a.ts": "export const n: number = 1;\n",
    });
    try {
      const tsc = join(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsc");
      const edits: Materialise = (ids) =>
        Promise.resolve(
          new Map(
            ids.map((id) => [
              "a.ts",
              id === "bad" ? 'export const n: number = "1";\n' : "export const n: number = 2;\n",
            ]),
          ),
        );
      const good = await runFixChecks(tsRoot, ["good"], edits, { typescript: tsc, timeoutMs: 60_000 });
      const bad = await runFixChecks(tsRoot, ["bad"], edits, { typescript: tsc, timeoutMs: 60_000 });
      expect([good.verdicts.get("good")?.languageCheck, bad.verdicts.get("bad")?.languageCheck]).toEqual([
        true,
        false,
      ]);
      expect(bad.verdicts.get("bad")?.reasons[0]).toMatch(/^tsc: .*TS2322/);
    } finally {
      await removeTree(tsRoot);
    }
  }, 60_000);
});
