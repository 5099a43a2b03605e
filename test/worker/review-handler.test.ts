import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TransientJobError, type LeasedJob } from "../../src/core/queue.js";
import { LOCAL_ORGANISATION } from "../../src/core/team.js";
import { openStorePool } from "../../src/storage/open-store.js";
import { reviewJobHandler } from "../../src/app/review-job.js";
import { RulesPool } from "../../src/workers/rules-pool.js";
import { operatorEnv, writeFixtureRepo } from "./fixture-repo.js";

/** The worker's handler on a real review of a small repository, recorded in a real SQLite store. */
const root = mkdtempSync(join(tmpdir(), "cg-worker-handler-"));
const repo = writeFixtureRepo(root);
const env = operatorEnv(root);
const rulesPool = new RulesPool();
afterAll(async () => {
  await rulesPool.close();
  rmSync(root, { recursive: true, force: true });
});

function leased(reviewId: string, request: Record<string, unknown>): LeasedJob {
  return {
    reviewId,
    organisationId: LOCAL_ORGANISATION,
    projectId: "p",
    priority: "full",
    request,
    attempt: 1,
  };
}

describe("the worker's review handler", () => {
  it("runs the review and records it in the job's organisation under the job's review id", async () => {
    const store = await openStorePool(join(root, "one.db"));
    const handler = reviewJobHandler({
      shared: { rulesPool },
      store,
      env,
      version: "test",
      log: () => undefined,
    });
    await handler(leased("review-one", { targets: ["."], cwd: repo }), {
      signal: new AbortController().signal,
    });
    const review = await (await store.forOrganisation(LOCAL_ORGANISATION)).getReview("review-one");
    expect(review?.state).toBe("finished");
    expect(review?.id).toBe("review-one");
    expect(review?.findings.length).toBeGreaterThan(0);
    await store.close();
  });

  it("the same job delivered twice at once yields one review with no duplicate findings", async () => {
    const store = await openStorePool(join(root, "twice.db"));
    const handler = reviewJobHandler({
      shared: { rulesPool },
      store,
      env,
      version: "test",
      log: () => undefined,
    });
    const job = leased("review-twice", {
      targets: ["."],
      cwd: repo,
      requestedBy: { kind: "api", id: "key_1" },
    });
    await Promise.all([
      handler(job, { signal: new AbortController().signal }),
      handler({ ...job, attempt: 2 }, { signal: new AbortController().signal }),
    ]);
    const reviews = await store.database.selectFrom("reviews").select("id").execute();
    expect(reviews).toEqual([{ id: "review-twice" }]);
    const review = await (await store.forOrganisation(LOCAL_ORGANISATION)).getReview("review-twice");
    const findings = await store.database
      .selectFrom("findings")
      .select("fingerprint")
      .where("review_id", "=", "review-twice")
      .execute();
    expect(findings).toHaveLength(review!.findings.length);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
    await store.close();
  });

  it("refuses a malformed request with a coded usage error, which is not retried", async () => {
    const store = await openStorePool(join(root, "bad.db"));
    const handler = reviewJobHandler({
      shared: { rulesPool },
      store,
      env,
      version: "test",
      log: () => undefined,
    });
    const error: unknown = await handler(leased("review-bad", { targets: "not a list", cwd: repo }), {
      signal: new AbortController().signal,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CG_USAGE" });
    expect(error).not.toBeInstanceOf(TransientJobError);
    await store.close();
  });
});
