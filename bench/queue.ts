/**
 * `npm run bench:queue`: two `codeguardian worker` processes drain 50 queued
 * reviews of a small repository (docs/server.md, "Queue and workers"), once
 * with the store's own jobs table as the queue and once with BullMQ on a
 * private Redis. Prints reviews per minute and checks exactly-once
 * completion: 50 jobs done, 50 reviews recorded under their job ids, each
 * with its findings stored once.
 *
 *   npm run bench:queue                  # 50 reviews, 2 workers, both queues
 *   npm run bench:queue -- --reviews 20 --files 8
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { LOCAL_ORGANISATION } from "../src/core/team.js";
import type { JobQueue } from "../src/core/queue.js";
import { BullJobQueue } from "../src/queue/bullmq-queue.js";
import { StoreJobQueue } from "../src/queue/store-queue.js";
import { openStorePool } from "../src/storage/open-store.js";
import type { KyselyStorePool } from "../src/storage/store-pool.js";
import { operatorEnv, writeFixtureRepo } from "../test/worker/fixture-repo.js";
import { startRedis, startWorkerProcess, stopChild } from "../test/worker/processes.js";

const { values } = parseArgs({
  options: {
    reviews: { type: "string", default: "50" },
    files: { type: "string", default: "4" },
    workers: { type: "string", default: "2" },
  },
});
const REVIEWS = Number(values.reviews);
const FILES = Number(values.files);
const WORKERS = Number(values.workers);

interface Outcome {
  readonly queue: string;
  readonly seconds: number;
  readonly perMinute: number;
  readonly done: number;
  readonly recorded: number;
  readonly redelivered: number;
  readonly findingsOk: boolean;
}

async function drain(name: string, root: string, redisUrl: string | undefined): Promise<Outcome> {
  const repo = writeFixtureRepo(join(root, name), FILES);
  const env = operatorEnv(join(root, name));
  const db = join(root, name, "service.db");
  const store = await openStorePool(db);
  const queue: JobQueue =
    redisUrl === undefined ? new StoreJobQueue(store.jobs) : new BullJobQueue(store.jobs, { url: redisUrl });
  const ids = Array.from({ length: REVIEWS }, (_, i) => `bench-${name}-${i}`);
  for (const reviewId of ids) {
    await queue.enqueue({
      reviewId,
      organisationId: LOCAL_ORGANISATION,
      projectId: "bench",
      priority: "full",
      request: { targets: ["."], cwd: repo },
    });
  }
  const args = ["--db", db, ...(redisUrl === undefined ? [] : ["--queue", redisUrl])];
  const started = performance.now();
  const workers = Array.from({ length: WORKERS }, () => startWorkerProcess(args, env));
  while ((await store.jobs.countByState()).done + (await store.jobs.countByState()).failed < REVIEWS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(workers.map((w) => stopChild(w.child)));
  const outcome = await check(name, store, ids, seconds);
  await queue.close();
  await store.close();
  return outcome;
}

async function check(
  name: string,
  store: KyselyStorePool,
  ids: readonly string[],
  seconds: number,
): Promise<Outcome> {
  const counts = await store.jobs.countByState();
  const rows = await store.database.selectFrom("reviews").select("id").execute();
  const recorded = new Set(rows.map((r) => r.id));
  let redelivered = 0;
  let findingsOk = rows.length === ids.length && ids.every((id) => recorded.has(id));
  const reviews = await store.forOrganisation(LOCAL_ORGANISATION);
  for (const id of ids) {
    redelivered += ((await store.jobs.get(id))?.attempts ?? 0) > 1 ? 1 : 0;
    const review = await reviews.getReview(id);
    const stored = await store.database
      .selectFrom("findings")
      .select("id")
      .where("review_id", "=", id)
      .execute();
    if (review === undefined || stored.length !== review.findings.length) findingsOk = false;
  }
  return {
    queue: name,
    seconds,
    perMinute: (counts.done / seconds) * 60,
    done: counts.done,
    recorded: rows.length,
    redelivered,
    findingsOk,
  };
}

const root = mkdtempSync(join(tmpdir(), "cg-bench-queue-"));
const redis = await startRedis();
try {
  const results = [await drain("store", root, undefined), await drain("bullmq", root, redis.url)];
  console.log(
    `${REVIEWS} reviews of a ${FILES}-file repository, ${WORKERS} worker processes (concurrency 1 each)`,
  );
  console.log("queue    seconds  reviews/min  jobs done  reviews recorded  redelivered  exactly once");
  for (const r of results) {
    const once = r.done === REVIEWS && r.recorded === REVIEWS && r.findingsOk;
    console.log(
      `${r.queue.padEnd(8)} ${r.seconds.toFixed(1).padStart(7)}  ${r.perMinute.toFixed(0).padStart(11)}  ${String(r.done).padStart(9)}  ${String(r.recorded).padStart(16)}  ${String(r.redelivered).padStart(11)}  ${once ? "yes" : "NO"}`,
    );
  }
  if (results.some((r) => r.done !== REVIEWS || r.recorded !== REVIEWS || !r.findingsOk))
    process.exitCode = 1;
} finally {
  await redis.stop();
  rmSync(root, { recursive: true, force: true });
}
