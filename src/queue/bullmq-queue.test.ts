import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openStorePool } from "../storage/open-store.js";
import type { KyselyStorePool } from "../storage/store-pool.js";
import { BullJobQueue } from "./bullmq-queue.js";
import { FAST, job, jobQueueContract, sync, until } from "./job-queue.contract.js";

const PG_URL = "postgres://postgres@127.0.0.1:5432/test";
const REDIS_URL = "redis://127.0.0.1:6379";
const run = randomBytes(5).toString("hex");
const schemas: string[] = [];

afterAll(async () => {
  const pool = await openStorePool(PG_URL, { schema: `cg_q_${run}_drop` });
  for (const name of [...schemas, `cg_q_${run}_drop`]) {
    await sql`drop schema if exists ${sql.id(name)} cascade`.execute(pool.database);
  }
  await pool.close();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`cgq-${run}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

let opened: { pool: KyselyStorePool; queue: BullJobQueue }[] = [];
let test = 0;

/** Each test gets its own PostgreSQL schema and Redis key prefix; a second open shares both (another process). */
jobQueueContract("BullMQ queue on Redis, store on PostgreSQL", {
  open: async (options = {}) => {
    if (opened.length === 0) test += 1;
    const schema = `cg_q_${run}_${test}`;
    if (!schemas.includes(schema)) schemas.push(schema);
    const pool = await openStorePool(PG_URL, { schema });
    const queue = new BullJobQueue(pool.jobs, {
      url: REDIS_URL,
      prefix: `cgq-${run}-${test}`,
      sweepMs: 200,
      ...FAST,
      ...options,
    });
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

describe("BullMQ queue when Redis loses its data", () => {
  it("the sweeper re-queues every job the store holds and Redis forgot", async () => {
    const schema = `cg_q_${run}_lost`;
    schemas.push(schema);
    const prefix = `cgq-${run}-lost`;
    const pool = await openStorePool(PG_URL, { schema });
    const queue = new BullJobQueue(pool.jobs, { url: REDIS_URL, prefix, sweepMs: 100, ...FAST });
    const jobs = [job(), job(), job("pull-request")];
    for (const j of jobs) await queue.enqueue(j);
    // What a Redis restart without persistence does to this queue.
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
    redis.disconnect();
    const seen: string[] = [];
    const consumer = queue.consume(
      sync((leased) => seen.push(leased.reviewId)),
      { concurrency: 2 },
    );
    await until(async () => (await pool.jobs.countByState()).done === 3);
    await consumer.stop(0);
    await queue.close();
    await pool.close();
    expect(new Set(seen)).toEqual(new Set(jobs.map((j) => j.reviewId)));
    expect(seen).toHaveLength(3);
  });
});
