import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LOCAL_ORGANISATION } from "../../src/core/team.js";
import { BullJobQueue } from "../../src/queue/bullmq-queue.js";
import { until } from "../../src/queue/job-queue.contract.js";
import { openStorePool } from "../../src/storage/open-store.js";
import { operatorEnv, writeFixtureRepo } from "./fixture-repo.js";
import { startRedis, startWorkerProcess, stopChild, type WorkerProcess } from "./processes.js";

/**
 * Fault: the private Redis is killed during a run and started again empty
 * (no persistence), and jobs are accepted while it is down. Every job the
 * store accepted must still reach a final state, each review recorded once.
 */
const root = mkdtempSync(join(tmpdir(), "cg-redis-restart-"));
const workers: WorkerProcess[] = [];
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => stopChild(w.child, "SIGKILL")));
  for (const stop of stops) await stop();
  rmSync(root, { recursive: true, force: true });
});

describe("Redis restarted without persistence during a run", () => {
  it("every accepted job reaches a final state and is reviewed once", async () => {
    const repo = writeFixtureRepo(root, 20);
    const env = operatorEnv(root);
    const first = await startRedis();
    stops.push(first.stop);
    const port = Number(new URL(first.url).port);
    const db = join(root, "service.db");
    const store = await openStorePool(db);
    const producer = new BullJobQueue(store.jobs, { url: first.url });
    const request = { targets: ["."], cwd: repo };
    const enqueue = (reviewId: string): Promise<void> =>
      producer.enqueue({
        reviewId,
        organisationId: LOCAL_ORGANISATION,
        projectId: "p-1",
        priority: "full",
        request,
      });

    const before = Array.from({ length: 12 }, (_, i) => `before-${i}`);
    for (const id of before) await enqueue(id);
    for (let i = 0; i < 2; i += 1)
      // A lease long enough that a loaded machine does not make the workers' own jobs lapse.
      workers.push(startWorkerProcess(["--db", db, "--queue", first.url, "--lease", "10"], env));
    await until(async () => (await store.jobs.countByState()).done >= 1);

    await stopChild(first.process, "SIGKILL");
    // Killed with work still in it, lost with it.
    expect((await store.jobs.countByState()).done).toBeLessThan(before.length);
    const during = Array.from({ length: 4 }, (_, i) => `during-${i}`);
    // Accepted while Redis is away: recorded in the store, sent later by the sweeper.
    for (const id of during) await enqueue(id);
    const second = await startRedis(port);
    stops.push(second.stop);

    const all = [...before, ...during];
    // Every job reaches a final state; one that failed is named with its error, not waited for.
    await until(async () => {
      const counts = await store.jobs.countByState();
      return counts.done + counts.failed + counts.cancelled === all.length;
    });
    const unfinished = await store.database
      .selectFrom("jobs")
      .select(["review_id", "state", "attempts", "last_error"])
      .where("state", "!=", "done")
      .execute();
    expect(unfinished).toEqual([]);
    const rows = await store.database.selectFrom("reviews").select("id").execute();
    expect(rows.map((r) => r.id).sort()).toEqual([...all].sort());
    const reviews = await store.forOrganisation(LOCAL_ORGANISATION);
    for (const id of all) {
      const review = await reviews.getReview(id);
      const findings = await store.database
        .selectFrom("findings")
        .select("id")
        .where("review_id", "=", id)
        .execute();
      expect(findings).toHaveLength(review!.findings.length);
    }
    await Promise.all(workers.map((w) => stopChild(w.child)));
    await producer.close();
    await store.close();
  }, 180_000);
});
