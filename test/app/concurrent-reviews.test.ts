import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../../src/app/app-deps.js";
import { reviewProject } from "../../src/app/review.js";
import type { ReviewRequest } from "../../src/app/review-request.js";
import { isCancelled } from "../../src/core/errors.js";
import type { Review } from "../../src/core/review.js";
import { exists, gone, slowTool } from "../../src/platform/process-tree.test-support.js";
import { openReviewStore } from "../../src/storage/open-store.js";
import { RulesPool } from "../../src/workers/rules-pool.js";

/**
 * The application layer as a server process will use it: one rules pool and
 * one store shared by reviews running at once, one of them cancelled midway.
 */
const target = resolve(import.meta.dirname, "../fixtures/tools/python");
const home = mkdtempSync(join(tmpdir(), "cg-app-concurrent-"));
const storePath = join(home, "history.db");
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** An operator whose config file holds these lines: its own XDG_CONFIG_HOME. */
function operatorEnv(name: string, lines: readonly string[]): Record<string, string | undefined> {
  const config = join(home, name, "codeguardian");
  mkdirSync(config, { recursive: true });
  writeFileSync(join(config, "config.yml"), `${lines.join("\n")}\n`);
  return { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: join(home, name), XDG_DATA_HOME: home };
}

const request: ReviewRequest = {
  targets: [target],
  cwd: target,
  baseline: true,
  store: { kind: "at", location: storePath },
  record: true,
  cache: true,
  requestedBy: { kind: "api", id: "key_test" },
};

/** A fixed clock and id: two runs of the same review compare equal. */
function deps(pool: RulesPool, id: string, env: AppDeps["env"], signal?: AbortSignal): AppDeps {
  return {
    shared: { rulesPool: pool },
    env,
    clock: { now: () => new Date("2026-12-07T00:00:00Z"), elapsed: () => 0 },
    log: () => undefined,
    progress: () => undefined,
    version: "test",
    newId: () => id,
    ...(signal ? { signal } : {}),
  };
}

const TOOLS_OFF = [
  "analysers:",
  ...["pylint", "eslint", "semgrep"].map((id) => `  ${id}: { enabled: false }`),
];

describe("two reviews at once on one store and one rules pool", () => {
  const pool = new RulesPool({ threads: 2 });
  afterAll(() => pool.close());

  it("cancelling one stops its tool processes and records it as cancelled; the other finishes as it would alone", async () => {
    const plain = operatorEnv("plain", [...TOOLS_OFF, "  bandit: { enabled: false }"]);
    const solo = (await reviewProject(request, deps(pool, "solo", plain))).review;
    expect(solo.findings.length).toBeGreaterThan(0);
    expect([solo.state, solo.completeness]).toEqual(["finished", "complete"]);

    const tool = await slowTool();
    try {
      const slow = operatorEnv("slow", [
        ...TOOLS_OFF,
        `  bandit: { command: ${JSON.stringify(tool.command)} }`,
      ]);
      const controller = new AbortController();
      const cancelled = reviewProject(request, deps(pool, "cancelled", slow, controller.signal)).then(
        () => undefined,
        (error: unknown) => error,
      );
      const other = reviewProject(request, deps(pool, "other", plain));
      const pids = await tool.pids();
      controller.abort();

      expect(isCancelled(await cancelled)).toBe(true);
      await gone(pids);
      expect(pids.filter(exists)).toEqual([]);
      const finished = (await other).review;
      expect(comparable(finished)).toEqual(comparable(solo));

      const store = await openReviewStore(storePath);
      try {
        const recorded = await store.getReview("cancelled");
        expect(recorded).toMatchObject({ state: "cancelled", completeness: "incomplete", findings: [] });
        expect(recorded?.analysers.find((a) => a.id === "bandit")?.status).toBe("cancelled");
        expect(recorded?.requestedBy).toEqual({ kind: "api", id: "key_test" });
        expect((await store.getReview("other"))?.state).toBe("finished");
      } finally {
        await store.close();
      }
    } finally {
      await tool.remove();
    }
  });
});

/** A review without what differs between two runs of it: its id and what it was compared with. */
function comparable(review: Review): unknown {
  const { id: _id, comparison: _comparison, ...rest } = review;
  return rest;
}
