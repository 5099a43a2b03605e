import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredRoutes } from "./build-server.js";
import { serverFixture, withKey, type ServerFixture } from "./server-fixture.test-support.js";

/** An API key's scopes limit it further than its role (docs/server.md, "API key scopes"). */
describe("API key scopes", () => {
  let f: ServerFixture;
  beforeAll(async () => {
    f = await serverFixture("sqlite", { requestsPerWindow: 100_000 });
  });
  afterAll(async () => {
    await f.close();
  });

  const createKey = async (scopes: readonly string[] | undefined, key = f.keys.owner) =>
    f.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: withKey(key),
      payload: { name: "scoped", role: "owner", ...(scopes === undefined ? {} : { scopes }) },
    });

  it("lets a read-only owner key read reviews and nothing else its role allows", async () => {
    const created = await createKey(["reviews:read"]);
    expect(created.statusCode).toBe(201);
    const { key, record } = created.json<{ key: string; record: { scopes: string[] } }>();
    expect(record.scopes).toEqual(["reviews:read"]);
    const call = (method: "GET" | "POST", url: string, payload?: Record<string, unknown>) =>
      f.app.inject({ method, url, headers: withKey(key), ...(payload === undefined ? {} : { payload }) });

    expect((await call("GET", `/v1/reviews/${f.reviewId}`)).statusCode).toBe(200);
    expect((await call("GET", `/v1/reviews/${f.reviewId}/findings`)).statusCode).toBe(200);
    expect((await call("GET", `/v1/projects/${f.project.id}`)).statusCode).toBe(200);
    // users/me needs no scope: a key can always say what it is.
    expect((await call("GET", "/v1/users/me")).statusCode).toBe(200);
    const refused = await call("POST", "/v1/reviews", { projectId: f.project.id });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "CG_SCOPE_MISSING" });
    expect((await call("GET", "/v1/api-keys")).json()).toMatchObject({ code: "CG_SCOPE_MISSING" });
    expect((await call("GET", "/v1/members")).statusCode).toBe(403);
  });

  it("refuses every scoped route to a key without that scope, and allows it with it", async () => {
    const scoped = registeredRoutes(f.app).filter((r) => r.scope !== undefined);
    expect(scoped.length).toBeGreaterThan(10);
    const none = (await createKey([])).json<{ key: string }>().key;
    for (const route of scoped) {
      const url = route.url.replace(/:[a-zA-Z]+/g, "unknown");
      const method = route.method as "GET";
      const withoutIt = await f.app.inject({ method, url, headers: withKey(none) });
      expect(withoutIt.statusCode, `${route.method} ${route.url}`).toBe(403);
      const only = (await createKey([route.scope ?? ""])).json<{ key: string }>().key;
      const withIt = await f.app.inject({ method, url, headers: withKey(only) });
      expect([401, 403], `${route.method} ${route.url}`).not.toContain(withIt.statusCode);
    }
  });

  it("never lets a scoped key create a key with more scopes than its own", async () => {
    const keysOnly = (await createKey(["keys:write", "reviews:read"])).json<{ key: string }>().key;
    expect((await createKey(["keys:write"], keysOnly)).statusCode).toBe(201);
    expect((await createKey(["projects:write"], keysOnly)).json()).toMatchObject({
      code: "CG_SCOPE_MISSING",
    });
    expect((await createKey(undefined, keysOnly)).statusCode).toBe(403);
    expect((await createKey(["everything"])).statusCode).toBe(400);
  });

  it("lists a key's scopes, and keeps revocation as before", async () => {
    const created = (await createKey(["usage:read"])).json<{ key: string; record: { id: string } }>();
    const listed = (
      await f.app.inject({ method: "GET", url: "/v1/api-keys", headers: withKey(f.keys.owner) })
    ).json<{ keys: { id: string; scopes?: string[] }[] }>();
    expect(listed.keys.find((k) => k.id === created.record.id)?.scopes).toEqual(["usage:read"]);
    const revoked = await f.app.inject({
      method: "DELETE",
      url: `/v1/api-keys/${created.record.id}`,
      headers: withKey(f.keys.owner),
    });
    expect(revoked.statusCode).toBe(204);
    const after = await f.app.inject({
      method: "GET",
      url: "/v1/users/me/usage",
      headers: withKey(created.key),
    });
    expect(after.statusCode).toBe(401);
  });
});
