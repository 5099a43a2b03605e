import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Analyser } from "../core/analyser.js";
import { childrenMatching, exists, gone, slowTool } from "../platform/process-tree.test-support.js";
import { createBanditAnalyser } from "./bandit/bandit-analyser.js";
import { CHILD_ERROR_PREFIX } from "./eslint/child-script.js";
import { createEslintAnalyser } from "./eslint/eslint-analyser.js";
import { createPylintAnalyser } from "./pylint/pylint-analyser.js";
import { analyserInputFor } from "./shared/analyser-input.test-support.js";

const fixtures = resolve(import.meta.dirname, "../../test/fixtures/tools");
const read = (dir: string, ...paths: string[]) =>
  paths.map((path) => ({ path, text: readFileSync(join(fixtures, dir, path), "utf8") }));

describe("an aborted external tool leaves no process behind", () => {
  const pythonTools: { name: string; create: (command: string) => Analyser }[] = [
    { name: "bandit", create: (command) => createBanditAnalyser({ command }) },
    { name: "pylint", create: (command) => createPylintAnalyser({ command }) },
  ];

  it.each(pythonTools)("$name: the tool and the process it started are killed", async ({ create }) => {
    const tool = await slowTool();
    try {
      const controller = new AbortController();
      const input = analyserInputFor(join(fixtures, "python"), read("python", "clean.py"), {
        signal: controller.signal,
      });
      const pending = create(tool.command).analyse(input);
      const pids = await tool.pids();
      controller.abort();
      await expect(pending).rejects.toThrow("was cancelled");
      await gone(pids);
      expect(pids.filter(exists)).toEqual([]);
    } finally {
      await tool.remove();
    }
  });

  it("eslint: its child Node processes are killed", async () => {
    const controller = new AbortController();
    const input = analyserInputFor(join(fixtures, "js"), read("js", "unsafe.js", "typed.ts", "view.tsx"), {
      signal: controller.signal,
    });
    const pending = createEslintAnalyser({
      parallel: 2,
      batch: { maxFiles: 2, maxChars: 1_000_000 },
    }).analyse(input);
    // The child script is the command line; its error marker is in it.
    let children: number[] = [];
    while (children.length === 0) children = await childrenMatching(CHILD_ERROR_PREFIX);
    controller.abort();
    await expect(pending).rejects.toThrow("was cancelled");
    await gone(children);
    expect(await childrenMatching(CHILD_ERROR_PREFIX)).toEqual([]);
  });
});
