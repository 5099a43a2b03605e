import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LOCAL_ORGANISATION } from "../../src/core/team.js";
import { BullJobQueue } from "../../src/queue/bullmq-queue.js";
import { StoreJobQueue } from "../../src/queue/store-queue.js";
import { until } from "../../src/queue/job-queue.contract.js";
import { openStorePool } from "../../src/storage/open-store.js";
import { operatorEnv, writeFixtureRepo } from "./fixture-repo.js";
import { startRedis, startWorkerProcess, stopChild, type WorkerProcess } from "./processes.js";

/**
 * Fault: a worker process is SIGKILLed in the middle of a review. Real
 * processes (two `codeguardian worker`s), a private Redis, a SQLite store
 * they share; the job must be taken over and the review recorded once.
 * And a worker stopped by SIGTERM hands its running job back.
 */
const root = mkdtempSync(join(tmpdir(), "cg-worker-kill-"));
const started: WorkerProcess[] = [];
let stopRedis = (): Promise<void> => Promise.resolve();
afterAll(async () => {
  await Promise.all(started.map((w) => stopChild(w.child, "SIGKILL")));
  await stopRedis();
  rmSync(root, { recursive: true, force: true });
});

describe("a worker killed mid-review", () => {
  it("the job is taken over by another worker and the review finishes exactly once", async () => {
    // Enough files that the review is still running when the test sees it start.
    const repo = writeFixtureRepo(root, 200);
    const env = operatorEnv(root);
    const redis = await startRedis();
    stopRedis = redis.stop;
    const db = join(root, "service.db");
    const store = await openStorePool(db);
    const producer = new BullJobQueue(store.jobs, { url: redis.url });
    const args = ["--db", db, "--queue", redis.url, "--lease", "2"];
    const doomed = startWorkerProcess(args, env);
    started.push(doomed);
    await until(() => doomed.log().includes("started"));

    await producer.enqueue({
      reviewId: "review-killed",
      organisationId: LOCAL_ORGANISATION,
      projectId: "p-1",
      priority: "full",
      request: { targets: ["."], cwd: repo },
    });
    await until(async () => (await store.jobs.get("review-killed"))?.state === "running");
    doomed.child.kill("SIGKILL");
    expect(await doomed.exited).toBe("SIGKILL");
    expect((await store.jobs.get("review-killed"))?.state).toBe("running");

    const survivor = startWorkerProcess(args, env);
    started.push(survivor);
    await until(async () => (await store.jobs.get("review-killed"))?.state === "done");
    const job = await store.jobs.get("review-killed");
    expect(job?.attempts).toBe(2);

    const rows = await store.database.selectFrom("reviews").select("id").execute();
    expect(rows).toEqual([{ id: "review-killed" }]);
    const review = await (await store.forOrganisation(LOCAL_ORGANISATION)).getReview("review-killed");
    expect(review?.state).toBe("finished");
    expect(review?.files.analysed).toBe(200);
    const findings = await store.database
      .selectFrom("findings")
      .select("id")
      .where("review_id", "=", "review-killed")
      .execute();
    expect(findings).toHaveLength(review!.findings.length);

    // SIGTERM with nothing running: the worker stops cleanly.
    await stopChild(survivor.child);
    expect(await survivor.exited).toBe(0);
    expect(survivor.log()).toMatch(/SIGTERM: taking no more jobs[\s\S]*stopped/);
    await producer.close();
    await store.close();
  }, 120_000);

  it("SIGTERM mid-review hands the job back within the deadline, and another worker finishes it", async () => {
    const repo = writeFixtureRepo(join(root, "term"), 200);
    const env = operatorEnv(join(root, "term"));
    const db = join(root, "term.db");
    const store = await openStorePool(db);
    // No --queue: the store's own jobs table is the queue, shared by both processes.
    const leaving = startWorkerProcess(["--db", db, "--shutdown-deadline", "0.2"], env);
    started.push(leaving);
    await until(() => leaving.log().includes("started"));
    const producer = new StoreJobQueue(store.jobs);
    await producer.enqueue({
      reviewId: "review-handed-back",
      organisationId: LOCAL_ORGANISATION,
      projectId: "p-1",
      priority: "full",
      request: { targets: ["."], cwd: repo },
    });
    await until(async () => (await store.jobs.get("review-handed-back"))?.state === "running");
    await stopChild(leaving.child);
    expect(await leaving.exited).toBe(0);
    const handedBack = await store.jobs.get("review-handed-back");
    expect(handedBack?.state).toBe("queued");
    expect(handedBack?.attempts).toBe(0);
    expect(await store.database.selectFrom("reviews").select("id").execute()).toEqual([]);

    const next = startWorkerProcess(["--db", db], env);
    started.push(next);
    await until(async () => (await store.jobs.get("review-handed-back"))?.state === "done");
    expect((await store.jobs.get("review-handed-back"))?.attempts).toBe(1);
    expect(await store.database.selectFrom("reviews").select("id").execute()).toEqual([
      { id: "review-handed-back" },
    ]);
    await stopChild(next.child);
    await producer.close();
    await store.close();
  }, 120_000);
});
