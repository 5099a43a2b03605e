import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../../src/app/app-deps.js";
import { reviewProject } from "../../src/app/review.js";
import type { ReviewRequest } from "../../src/app/review-request.js";
import { openReviewStore } from "../../src/storage/open-store.js";
import { RulesPool } from "../../src/workers/rules-pool.js";
import { project, review } from "../support/review-builder.js";

/**
 * The review use case on a store: it compares only with a comparable review
 * (docs/storage.md, "Comparison") and leaves dismissed findings out, visibly.
 */
const home = mkdtempSync(join(tmpdir(), "cg-app-compare-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));
// A copy outside any git checkout: its project identity is its real path.
const target = realpathSync(mkdtempSync(join(home, "target-")));
cpSync(resolve(import.meta.dirname, "../fixtures/tools/python"), target, { recursive: true });
const storePath = join(home, "history.db");

const config = join(home, "operator", "codeguardian");
mkdirSync(config, { recursive: true });
writeFileSync(
  join(config, "config.yml"),
  [
    "analysers:",
    ...["pylint", "eslint", "semgrep", "bandit"].map((id) => `  ${id}: { enabled: false }`),
  ].join("\n") + "\n",
);
const env = {
  PATH: process.env.PATH,
  HOME: home,
  XDG_CONFIG_HOME: join(home, "operator"),
  XDG_DATA_HOME: home,
};

const request: ReviewRequest = {
  targets: [target],
  cwd: target,
  baseline: true,
  store: { kind: "at", location: storePath },
  record: true,
  cache: true,
  requestedBy: { kind: "cli" },
};

function deps(pool: RulesPool, id: string): AppDeps {
  return {
    shared: { rulesPool: pool },
    env,
    clock: { now: () => new Date("2026-12-07T00:00:00Z"), elapsed: () => 0 },
    log: () => undefined,
    progress: () => undefined,
    version: "test",
    newId: () => id,
  };
}

describe("the review use case on a store", () => {
  const pool = new RulesPool({ threads: 1 });
  afterAll(() => pool.close());

  it("compares a full review with the last full one, not with a diff review in between, and leaves dismissed findings out", async () => {
    const first = (await reviewProject(request, deps(pool, "00000000-0000-4000-8000-000000000001"))).review;
    expect(first.findings.length).toBeGreaterThan(1);
    const dismissed = first.findings[0]!;

    const store = await openReviewStore(storePath);
    try {
      // A diff review of the same project, stored later: not comparable with a full one.
      await store.saveReview(
        project(target),
        review({
          id: "00000000-0000-4000-8000-000000000002",
          startedAt: "2026-12-08T00:00:00.000Z",
          findings: [],
          scope: { kind: "diff", base: "main", wholeFiles: false },
        }),
      );
      await store.dismiss(project(target), dismissed.fingerprint, { by: "ana", reason: "test fixture" });
    } finally {
      await store.close();
    }

    const second = (await reviewProject(request, deps(pool, "00000000-0000-4000-8000-000000000003"))).review;
    expect(second.comparison?.previousReviewId).toBe(first.id);
    expect(second.comparison?.newFingerprints).toEqual([]);
    expect(second.comparison?.fixed).toEqual([]);
    expect(second.findings.map((f) => f.fingerprint)).not.toContain(dismissed.fingerprint);
    expect(second.findings).toHaveLength(first.findings.length - 1);
    expect(second.suppressed?.dismissed).toBe(1);
    expect(second.dismissed).toEqual([
      expect.objectContaining({ fingerprint: dismissed.fingerprint, by: "ana", reason: "test fixture" }),
    ]);
  });
});
