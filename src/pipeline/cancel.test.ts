import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Analyser } from "../core/analyser.js";
import { DEFAULT_CONFIG } from "../core/config.js";
import { isCancelled } from "../core/errors.js";
import type { SourceFile } from "../core/source-file.js";
import { exists, gone, slowTool } from "../platform/process-tree.test-support.js";
import { createBanditAnalyser } from "../tools/bandit/bandit-analyser.js";
import { analyserInputFor } from "../tools/shared/analyser-input.test-support.js";
import { MARKERS, testRules } from "../workers/hostile-rules.test-support.js";
import { createRulesAnalyser } from "../workers/rules-analyser.js";
import { RulesPool } from "../workers/rules-pool.js";
import { ReviewCancelledError } from "./cancelled.js";
import { runReview, type ReviewPorts } from "./run-review.js";

const root = resolve(import.meta.dirname, "../../test/fixtures/tools/python");
const sources = (...extra: { path: string; text: string }[]): readonly SourceFile[] =>
  analyserInputFor(root, [
    ...["vulnerable.py", "clean.py"].map((path) => ({ path, text: readFileSync(join(root, path), "utf8") })),
    ...extra,
  ]).files;

/** Ports with a fixed clock and ids, so two runs of the same review compare equal. */
function ports(
  files: readonly SourceFile[],
  analysers: readonly Analyser[],
  signal?: AbortSignal,
): ReviewPorts {
  return {
    scope: () => Promise.resolve({ files, skipped: [] }),
    analysers,
    progress: () => undefined,
    now: () => new Date("2026-12-07T00:00:00Z"),
    elapsed: () => 0,
    newId: () => "review",
    version: "test",
    ...(signal === undefined ? {} : { signal }),
  };
}

const request = {
  target: { kind: "path" as const, input: ".", root },
  config: DEFAULT_CONFIG,
  requestedBy: { kind: "cli" as const },
};

/** Settles with the rejection, so a test can assert on it after doing other things. */
function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error("expected a rejection"),
    (error: unknown) => error,
  );
}

describe("a cancelled review", () => {
  // One pool for both reviews, as one server process would have; its test rules add one that spins.
  const pool = new RulesPool({ threads: 2, testRules });
  afterAll(() => pool.close());

  it("stops its tool processes and its rules job, while a concurrent review finishes as it would alone", async () => {
    const rules = createRulesAnalyser({ pool });
    const other = [rules, createBanditAnalyser()];
    const otherFiles = sources();
    const solo = await runReview(request, ports(otherFiles, other));
    expect(solo.findings.length).toBeGreaterThan(0);

    const tool = await slowTool();
    try {
      const controller = new AbortController();
      // A file the rules spin on keeps the cancelled review's rules job busy until the cancel.
      const stuckFiles = sources({ path: "spin.py", text: `# ${MARKERS.spin}\n` });
      const cancelled = rejection(
        runReview(
          request,
          ports(stuckFiles, [rules, createBanditAnalyser({ command: tool.command })], controller.signal),
        ),
      );
      const finished = runReview(request, ports(otherFiles, other));
      const pids = await tool.pids();
      controller.abort();

      const error = await cancelled;
      expect(error).toBeInstanceOf(ReviewCancelledError);
      expect(isCancelled(error)).toBe(true);
      const progress = (error as ReviewCancelledError).progress;
      expect(progress.stage).toBe("analyse");
      expect(progress.filesInScope).toBe(3);
      expect([...progress.stopped].sort()).toEqual(["bandit", "rules"]);
      await gone(pids);
      expect(pids.filter(exists)).toEqual([]);

      expect(await finished).toEqual(solo);
      // The pool still serves reviews after the cancel.
      expect(await runReview(request, ports(otherFiles, other))).toEqual(solo);
    } finally {
      await tool.remove();
    }
  });

  it("that is cancelled before it starts never scopes and never runs an analyser", async () => {
    const controller = new AbortController();
    controller.abort();
    let scoped = false;
    let analysed = false;
    const analyser: Analyser = {
      id: "probe",
      kind: "builtin",
      availability: () => Promise.resolve(null),
      analyse: () => {
        analysed = true;
        return Promise.reject(new Error("must not run"));
      },
    };
    const error = await rejection(
      runReview(request, {
        ...ports([], [analyser], controller.signal),
        scope: () => {
          scoped = true;
          return Promise.resolve({ files: [], skipped: [] });
        },
      }),
    );
    expect((error as ReviewCancelledError).progress).toMatchObject({
      stage: "scope",
      finished: [],
      stopped: [],
    });
    expect([scoped, analysed]).toEqual([false, false]);
  });

  it("keeps the runs of analysers that finished before the cancel, and stops waiting for one that ignores it", async () => {
    const controller = new AbortController();
    const quick: Analyser = {
      id: "quick",
      kind: "builtin",
      availability: () => Promise.resolve(null),
      analyse: () => {
        // Cancelled once this one is done: the other is still running.
        setImmediate(() => controller.abort());
        return Promise.resolve({ findings: [], notices: [], filesAnalysed: 0, analysedPaths: [], rules: [] });
      },
    };
    const deaf: Analyser = {
      id: "deaf",
      kind: "external",
      availability: () => Promise.resolve(null),
      analyse: () => new Promise(() => undefined),
    };
    const error = await rejection(runReview(request, ports(sources(), [quick, deaf], controller.signal)));
    const progress = (error as ReviewCancelledError).progress;
    expect(progress.finished.map((r) => [r.id, r.status])).toEqual([["quick", "completed"]]);
    expect(progress.stopped).toEqual(["deaf"]);
  });

  it("turns a scope port that fails on the cancel into the same cancellation", async () => {
    const controller = new AbortController();
    const error = await rejection(
      runReview(request, {
        ...ports([], [], controller.signal),
        scope: () => {
          controller.abort();
          return Promise.reject(new Error("git diff was cancelled"));
        },
      }),
    );
    expect(error).toBeInstanceOf(ReviewCancelledError);
    expect((error as ReviewCancelledError).progress.stage).toBe("scope");
  });
});
