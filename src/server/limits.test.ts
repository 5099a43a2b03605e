import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverFixture, withKey, type ServerFixture } from "./server-fixture.test-support.js";

/** Body size, rate limit, security headers and CORS, on a real listening-free fastify instance. */
describe("limits and headers", () => {
  let f: ServerFixture;
  beforeAll(async () => {
    f = await serverFixture("sqlite", { bodyBytes: 2048, requestsPerWindow: 5, windowMs: 60_000 });
  });
  afterAll(async () => {
    await f.close();
  });

  it("refuses a body over the limit with 413 in the one error shape", async () => {
    const response = await f.app.inject({
      method: "POST",
      url: "/v1/projects",
      headers: withKey(f.keys.owner),
      payload: { name: "big", repository: "x".repeat(4096) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      code: "CG_BODY_TOO_LARGE",
      message: expect.any(String) as string,
      details: {},
    });
  });

  it("limits each key on its own and answers 429 with Retry-After", async () => {
    const statuses: number[] = [];
    let last = await f.app.inject({ method: "GET", url: "/v1/users/me", headers: withKey(f.keys.viewer) });
    statuses.push(last.statusCode);
    while (last.statusCode !== 429 && statuses.length < 10) {
      last = await f.app.inject({ method: "GET", url: "/v1/users/me", headers: withKey(f.keys.viewer) });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(Number(last.headers["retry-after"])).toBeGreaterThan(0);
    expect(last.json()).toMatchObject({ code: "CG_RATE_LIMITED" });
    // Another key of the same organisation has its own allowance.
    const other = await f.app.inject({ method: "GET", url: "/v1/users/me", headers: withKey(f.keys.member) });
    expect(other.statusCode).toBe(200);
    // Health is never limited: a load balancer polls it.
    for (let i = 0; i < 8; i += 1) {
      expect((await f.app.inject({ method: "GET", url: "/v1/health" })).statusCode).toBe(200);
    }
  });

  it("sends security headers on every response, errors included", async () => {
    for (const response of [
      await f.app.inject({ method: "GET", url: "/v1/health" }),
      await f.app.inject({ method: "GET", url: "/v1/users/me" }),
      await f.app.inject({ method: "GET", url: "/v1/no-such-route" }),
    ]) {
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
      expect(response.headers["cache-control"]).toBe("no-store");
    }
  });

  it("keeps CORS closed except for the operator's listed origins", async () => {
    const stranger = await f.app.inject({
      method: "OPTIONS",
      url: "/v1/reviews",
      headers: { origin: "https://evil.test", "access-control-request-method": "POST" },
    });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.headers["access-control-allow-origin"]).toBeUndefined();
    const listed = await f.app.inject({
      method: "OPTIONS",
      url: "/v1/reviews",
      headers: { origin: "https://console.acme.test", "access-control-request-method": "POST" },
    });
    expect(listed.statusCode).toBe(204);
    expect(listed.headers["access-control-allow-origin"]).toBe("https://console.acme.test");
    const simple = await f.app.inject({
      method: "GET",
      url: "/v1/health",
      headers: { origin: "https://evil.test" },
    });
    expect(simple.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("refuses control characters in text a person typed", async () => {
    const response = await f.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: withKey(f.keys.owner),
      payload: { name: "ci\u0000key", role: "viewer" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "CG_REQUEST_INVALID" });
  });

  it("answers an unknown route and malformed JSON in the one error shape", async () => {
    const unknown = await f.app.inject({ method: "GET", url: "/v1/nothing", headers: withKey(f.keys.admin) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: "CG_NOT_FOUND" });
    const malformed = await f.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: { ...withKey(f.keys.admin), "content-type": "application/json" },
      payload: "{not json",
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: "CG_REQUEST_INVALID", details: {} });
  });
});
