import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./build-server.js";
import type { RateLimitStore } from "./rate-limits.js";
import { DEFAULT_LIMITS } from "./server-deps.js";
import { serverFixture, withKey, type ServerFixture } from "./server-fixture.test-support.js";

const LIMITS = { requestsPerWindow: 4, organisationRequestsPerWindow: 7, windowMs: 60_000 };

/**
 * Limits per key and per organisation, counted in this process's memory and
 * in Redis (127.0.0.1:6379, a prefix of this run's own), where two API
 * instances count together.
 */
describe.each(["memory", "redis"] as const)("rate limits in %s", (where) => {
  let f: ServerFixture;
  let redis: Redis | undefined;
  let store: RateLimitStore | undefined;
  beforeAll(async () => {
    if (where === "redis") {
      redis = new Redis("redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
      store = { redis, prefix: `cg-test-${randomBytes(6).toString("hex")}:` };
    }
    f = await serverFixture("sqlite", LIMITS, store === undefined ? {} : { rateLimitStore: store });
  });
  afterAll(async () => {
    await f.close();
    if (redis !== undefined && store !== undefined) {
      const keys = await redis.keys(`${store.prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });

  const me = (key: string, app = f.app) =>
    app.inject({ method: "GET", url: "/v1/users/me", headers: withKey(key) });

  it("limits each key, then the organisation as a whole, with 429 and Retry-After", async () => {
    const viewer: number[] = [];
    for (let i = 0; i < 5; i += 1) viewer.push((await me(f.keys.viewer)).statusCode);
    expect(viewer).toEqual([200, 200, 200, 200, 429]);
    // The refused request counts for the organisation too: 5 so far; two more keys reach 7.
    const others: number[] = [];
    for (const key of [f.keys.member, f.keys.member, f.keys.admin]) others.push((await me(key)).statusCode);
    expect(others).toEqual([200, 200, 429]);
    const refused = await me(f.keys.owner);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ code: "CG_RATE_LIMITED" });
    // Another organisation has its own allowance, and health is never limited.
    expect((await me(f.otherOwnerKey)).statusCode).toBe(200);
    expect((await f.app.inject({ method: "GET", url: "/v1/health" })).statusCode).toBe(200);
  });

  it.runIf(where === "redis")("counts across API processes sharing the Redis store", async () => {
    const second = await buildServer({
      store: f.pool,
      queue: f.queue,
      repositories: { allowedUrls: [], roots: [] },
      limits: { ...DEFAULT_LIMITS, ...LIMITS },
      corsOrigins: [],
      version: "test",
      ...(store === undefined ? {} : { rateLimitStore: store }),
    });
    try {
      // The rival's owner used one request above; three more split between the two instances, then 429.
      const statuses = [
        (await me(f.otherOwnerKey, second)).statusCode,
        (await me(f.otherOwnerKey)).statusCode,
        (await me(f.otherOwnerKey, second)).statusCode,
        (await me(f.otherOwnerKey)).statusCode,
      ];
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await second.close();
    }
  });
});
