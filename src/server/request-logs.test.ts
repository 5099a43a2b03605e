import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonLogger, redactUrl } from "../platform/logger.js";
import { buildServer } from "./build-server.js";
import { ArrayQueue } from "./memory-queue.test-support.js";
import { DEFAULT_LIMITS } from "./server-deps.js";
import { serverFixture, withKey, type ServerFixture } from "./server-fixture.test-support.js";

/**
 * The service's JSON logs (docs/server.md, "Logs"): one object a line, each
 * request's id in its lines and its response header, and never a secret:
 * after authenticated requests carrying real keys in every place a client
 * might put one, the captured output holds none of them.
 */
describe("request logs", () => {
  let f: ServerFixture;
  let app: FastifyInstance;
  const lines: string[] = [];
  beforeAll(async () => {
    f = await serverFixture("sqlite");
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(
          ...chunk
            .toString("utf8")
            .split("\n")
            .filter((line) => line !== ""),
        );
        done();
      },
    });
    app = await buildServer({
      store: f.pool,
      queue: new ArrayQueue(),
      repositories: { allowedUrls: [], roots: [f.root] },
      limits: DEFAULT_LIMITS,
      corsOrigins: [],
      version: "test",
      log: jsonLogger({ name: "codeguardian-serve", level: "info", destination: sink }),
    });
  });
  afterAll(async () => {
    await app.close();
    await f.close();
  });

  it("logs every request as JSON with its id, and no credential anywhere", async () => {
    const ticket = "tk_4f1c9a7be0d2486aa1f3c5e7d9b1a3c5";
    const cookie = "session=s3cr3t-cookie-value-81f2";
    const responses = [
      await app.inject({ method: "GET", url: "/v1/users/me", headers: withKey(f.keys.owner) }),
      await app.inject({ method: "GET", url: "/v1/users/me", headers: { "x-api-key": f.keys.admin } }),
      await app.inject({
        method: "GET",
        url: `/v1/reviews/${f.reviewId}?ticket=${ticket}&x=1`,
        headers: { ...withKey(f.keys.viewer), cookie },
      }),
      await app.inject({ method: "GET", url: `/v1/users/me?api_key=${f.keys.member}` }),
      await app.inject({ method: "GET", url: "/v1/admin/metrics", headers: withKey(f.operatorKey) }),
      // Refused credentials are secrets too: a revoked or mistyped key is one character from a live one.
      await app.inject({
        method: "GET",
        url: "/v1/users/me",
        headers: withKey(`${f.keys.owner.slice(0, -1)}x`),
      }),
      await app.inject({
        method: "POST",
        url: "/v1/api-keys",
        headers: withKey(f.keys.owner),
        payload: { name: "ci", role: "member" },
      }),
    ];
    const created = (responses[6]?.json() as { key: string }).key;
    expect(created).toMatch(/^cg_/);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 401, 200, 401, 201]);

    const logged = lines.join("\n");
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.length).toBeGreaterThanOrEqual(responses.length * 2);
    for (const secret of [
      f.keys.owner,
      f.keys.admin,
      f.keys.viewer,
      f.keys.member,
      f.operatorKey,
      `${f.keys.owner.slice(0, -1)}x`,
      created,
      ticket,
      "s3cr3t-cookie-value",
    ]) {
      expect(logged).not.toContain(secret);
    }
    // Each request's id is in its response header and in its log lines.
    for (const response of responses) {
      const id = response.headers["x-request-id"];
      expect(typeof id).toBe("string");
      expect(parsed.filter((line) => line.reqId === id).length).toBeGreaterThanOrEqual(2);
    }
    expect(logged).toContain("ticket=[Redacted]&x=1");
    expect(parsed.every((line) => line.name === "codeguardian-serve")).toBe(true);
  });

  it("redacts credential-bearing query parameters and leaves others alone", () => {
    expect(redactUrl("/v1/reviews/r1/stream?ticket=abc&follow=1")).toBe(
      "/v1/reviews/r1/stream?ticket=[Redacted]&follow=1",
    );
    expect(redactUrl("/x?follow=1&TOKEN=abc#frag")).toBe("/x?follow=1&TOKEN=[Redacted]#frag");
    expect(redactUrl("/x?tickets=1")).toBe("/x?tickets=1");
  });
});
