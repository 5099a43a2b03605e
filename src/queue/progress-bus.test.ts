import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll } from "vitest";
import type { ProgressBus } from "../core/progress-bus.js";
import { MemoryProgressBus } from "./memory-progress-bus.js";
import { progressBusContract } from "./progress-bus.contract.js";
import { RedisProgressBus } from "./redis-progress-bus.js";

const REDIS_URL = "redis://127.0.0.1:6379";
const prefix = `cgp-${randomBytes(5).toString("hex")}`;

afterAll(async () => {
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

let memory: ProgressBus[] = [];
progressBusContract("in memory (one process)", {
  open: (keepMs) => {
    const bus = new MemoryProgressBus(keepMs === undefined ? {} : { keepMs });
    memory.push(bus);
    return Promise.resolve({ publisher: bus, follower: bus });
  },
  closeAll: async () => {
    await Promise.all(memory.map((bus) => bus.close()));
    memory = [];
  },
});

let redis: ProgressBus[] = [];
/** Two buses on one Redis stand for the worker's process and an API process. */
progressBusContract("Redis pub/sub (two processes)", {
  open: (keepMs) => {
    const options = { url: REDIS_URL, prefix, ...(keepMs === undefined ? {} : { keepMs }) };
    const publisher = new RedisProgressBus(options);
    const follower = new RedisProgressBus(options);
    redis.push(publisher, follower);
    return Promise.resolve({ publisher, follower });
  },
  closeAll: async () => {
    await Promise.all(redis.map((bus) => bus.close()));
    redis = [];
  },
});
