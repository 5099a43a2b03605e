import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResolvedConfig } from "../core/config.js";
import { runAnalysers } from "../pipeline/analyse.js";
import { createToolAnalysers } from "./index.js";
import { analyserInputFor, configWith } from "./shared/analyser-input.test-support.js";

// The adapters as the pipeline runs them: statuses, not exceptions, come out.
const root = resolve(import.meta.dirname, "../../test/fixtures/tools");
const files = ["python/vulnerable.py", "python/modern_syntax.py", "js/unsafe.js"].map((path) => ({
  path,
  text: readFileSync(join(root, path), "utf8"),
}));

async function statuses(config: ResolvedConfig) {
  const { signal: _signal, ...input } = analyserInputFor(root, files, { config });
  const timeout = (id: string) => (config.analysers[id]?.timeoutSeconds ?? 300) * 1000;
  const results = await runAnalysers(
    createToolAnalysers(),
    input,
    (a) => timeout(a.id),
    () => performance.now(),
  );
  return results.map((r) => [r.run.id, r.run.status, r.run.findings]);
}

describe("tool analysers inside the pipeline", () => {
  it("complete, or are unavailable with a reason", async () => {
    expect(await statuses(configWith("bandit", {}))).toEqual([
      ["bandit", "completed", 7],
      ["pylint", "completed", 2],
      ["eslint", "completed", 3],
      ["semgrep", "unavailable", 0],
    ]);
  });

  it("time out as 'timed-out', not as a failure", async () => {
    const result = await statuses(configWith("pylint", { timeoutSeconds: 0.05 }));
    expect(result[1]).toEqual(["pylint", "timed-out", 0]);
  });
});
