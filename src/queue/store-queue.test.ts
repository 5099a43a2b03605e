import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openStorePool } from "../storage/open-store.js";
import type { KyselyStorePool } from "../storage/store-pool.js";
import { FAST, job, jobQueueContract, sync, until } from "./job-queue.contract.js";
import { StoreJobQueue } from "./store-queue.js";

const PG_URL = "postgres://postgres@127.0.0.1:5432/test";
const dir = mkdtempSync(join(tmpdir(), "cg-store-queue-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let opened: { pool: KyselyStorePool; queue: StoreJobQueue }[] = [];
let file = 0;
let current = "";

jobQueueContract("store queue on SQLite", {
  open: async (options = {}) => {
    // One database file per test; a second open in the same test is a second process's view of it.
    if (opened.length === 0) current = join(dir, `jobs-${(file += 1)}.db`);
    const pool = await openStorePool(current);
    const queue = new StoreJobQueue(pool.jobs, { ...FAST, pollMs: 40, ...options });
    opened.push({ pool, queue });
    return { queue, table: pool.jobs };
  },
  closeAll: async () => {
    for (const { pool, queue } of opened) {
      await queue.close();
      await pool.close();
    }
    opened = [];
  },
});

let pgOpened: { pool: KyselyStorePool; queue: StoreJobQueue }[] = [];
let pgTest = 0;
const pgRun = randomBytes(5).toString("hex");
const pgSchemas: string[] = [];
afterAll(async () => {
  const pool = await openStorePool(PG_URL, { schema: `cg_sq_${pgRun}_drop` });
  for (const name of [...pgSchemas, `cg_sq_${pgRun}_drop`]) {
    await sql`drop schema if exists ${sql.id(name)} cascade`.execute(pool.database);
  }
  await pool.close();
});

/** The same queue on PostgreSQL (`serve --db postgres://…` without Redis): one schema per test. */
jobQueueContract("store queue on PostgreSQL", {
  open: async (options = {}) => {
    if (pgOpened.length === 0) pgTest += 1;
    const schema = `cg_sq_${pgRun}_${pgTest}`;
    if (!pgSchemas.includes(schema)) pgSchemas.push(schema);
    const pool = await openStorePool(PG_URL, { schema });
    const queue = new StoreJobQueue(pool.jobs, { ...FAST, pollMs: 40, ...options });
    pgOpened.push({ pool, queue });
    return { queue, table: pool.jobs };
  },
  closeAll: async () => {
    for (const { pool, queue } of pgOpened) {
      await queue.close();
      await pool.close();
    }
    pgOpened = [];
  },
});

describe("store queue across a restart", () => {
  it("work queued before the process stopped is done after it starts again", async () => {
    const path = join(dir, "restart.db");
    const before = await openStorePool(path);
    const first = new StoreJobQueue(before.jobs, FAST);
    const jobs = [job(), job("pull-request")];
    for (const j of jobs) await first.enqueue(j);
    await first.close();
    await before.close();

    const after = await openStorePool(path);
    const second = new StoreJobQueue(after.jobs, { ...FAST, pollMs: 40 });
    const seen: string[] = [];
    const consumer = second.consume(
      sync((leased) => seen.push(leased.reviewId)),
      { concurrency: 1 },
    );
    await until(async () => (await after.jobs.countByState()).done === 2);
    await consumer.stop(0);
    await second.close();
    await after.close();
    expect(seen).toEqual([jobs[1]!.reviewId, jobs[0]!.reviewId]);
  });
});
