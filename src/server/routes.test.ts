import { mkdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverFixture, withKey, type ServerFixture } from "./server-fixture.test-support.js";

interface Page {
  findings: { fingerprint: string; severity: string; category: string; file: string; position: number }[];
  next?: number;
}

describe("readiness", () => {
  it("answers 503 once the store cannot answer, and health stays 200", async () => {
    const f = await serverFixture("sqlite");
    try {
      await f.pool.close();
      const ready = await f.app.inject({ method: "GET", url: "/v1/ready" });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ code: "CG_STORE_UNREACHABLE" });
      expect((await f.app.inject({ method: "GET", url: "/v1/health" })).statusCode).toBe(200);
    } finally {
      await f.close();
    }
  });
});

/** The first set of routes on a real fastify instance and a real SQLite store. */
describe("API routes", () => {
  let f: ServerFixture;
  beforeAll(async () => {
    f = await serverFixture("sqlite");
  });
  afterAll(async () => {
    await f.close();
  });

  const get = (url: string, key = f.keys.viewer) =>
    f.app.inject({ method: "GET", url, headers: withKey(key) });
  const post = (url: string, payload: unknown, key = f.keys.member) =>
    f.app.inject({ method: "POST", url, headers: withKey(key), payload: payload as Record<string, unknown> });

  it("accepts a review of a registered project with 202, records it queued and enqueues it", async () => {
    const accepted = await post("/v1/reviews", {
      projectId: f.project.id,
      scope: { kind: "diff", base: "main" },
    });
    expect(accepted.statusCode).toBe(202);
    const { id } = accepted.json<{ id: string }>();
    const job = f.queue.jobs.find((j) => j.reviewId === id);
    expect(job).toMatchObject({
      organisationId: f.org.id,
      projectId: f.project.id,
      priority: "pull-request",
    });
    expect(job?.request).toMatchObject({
      targets: [f.project.repositoryUrl],
      diff: { base: "main", wholeFiles: false },
      requestedBy: { kind: "api", id: f.userIds.member },
    });
    const summary = await get(`/v1/reviews/${id}`);
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({ id, state: "queued", scope: { kind: "diff", base: "main" } });
  });

  it("refuses a review of an unknown project, or with a ref that could be an option", async () => {
    expect((await post("/v1/reviews", { projectId: "nope" })).statusCode).toBe(404);
    const option = await post("/v1/reviews", {
      projectId: f.project.id,
      scope: { kind: "diff", base: "--upload-pack=x" },
    });
    expect(option.statusCode).toBe(400);
    expect(option.json()).toMatchObject({ code: "CG_REQUEST_INVALID" });
  });

  it("summarises a stored review with its state and completeness", async () => {
    const summary = await get(`/v1/reviews/${f.reviewId}`);
    expect(summary.json()).toMatchObject({
      id: f.reviewId,
      projectId: f.project.id,
      state: "finished",
      completeness: "complete",
      total: 120,
      bySeverity: { critical: 40, low: 80 },
    });
  });

  it("pages findings, 50 by default and 200 at most, in saved order", async () => {
    const first = (await get(`/v1/reviews/${f.reviewId}/findings`)).json<Page>();
    expect(first.findings).toHaveLength(50);
    expect(first.next).toBeDefined();
    const rest = (
      await get(`/v1/reviews/${f.reviewId}/findings?limit=200&after=${first.next ?? 0}`)
    ).json<Page>();
    expect(rest.findings).toHaveLength(70);
    expect(rest.next).toBeUndefined();
    const all = [...first.findings, ...rest.findings].map((x) => x.position);
    expect(new Set(all).size).toBe(120);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    expect((await get(`/v1/reviews/${f.reviewId}/findings?limit=201`)).statusCode).toBe(400);
  });

  it("filters findings by severity, category and file", async () => {
    const critical = (
      await get(`/v1/reviews/${f.reviewId}/findings?severity=critical&limit=200`)
    ).json<Page>();
    expect(critical.findings).toHaveLength(40);
    expect(critical.findings.every((x) => x.severity === "critical")).toBe(true);
    const both = (
      await get(`/v1/reviews/${f.reviewId}/findings?severity=critical,low&category=style&limit=200`)
    ).json<Page>();
    expect(both.findings).toHaveLength(80);
    const file = critical.findings[0]?.file ?? "";
    const inFile = (
      await get(`/v1/reviews/${f.reviewId}/findings?file=${encodeURIComponent(file)}&limit=200`)
    ).json<Page>();
    expect(inFile.findings.length).toBeGreaterThan(0);
    expect(inFile.findings.every((x) => x.file === file)).toBe(true);
    expect((await get(`/v1/reviews/${f.reviewId}/findings?severity=urgent`)).statusCode).toBe(400);
  });

  it("cancels a queued review once, and refuses to cancel a finished one", async () => {
    const { id } = (await post("/v1/reviews", { projectId: f.project.id })).json<{ id: string }>();
    const cancelled = await post(`/v1/reviews/${id}/cancel`, undefined);
    expect(cancelled.statusCode).toBe(200);
    expect(f.queue.cancelled).toContain(id);
    expect((await get(`/v1/reviews/${id}`)).json()).toMatchObject({ state: "cancelled" });
    expect((await post(`/v1/reviews/${id}/cancel`, undefined)).json()).toMatchObject({
      code: "CG_REVIEW_FINAL",
    });
    expect((await post(`/v1/reviews/${f.reviewId}/cancel`, undefined)).statusCode).toBe(409);
  });

  it("dismisses only a finding the review has", async () => {
    const missing = await post(`/v1/reviews/${f.reviewId}/findings/0000/dismiss`, { reason: "gone" });
    expect(missing.statusCode).toBe(404);
  });

  it("registers a project under an operator root or an allowed URL, and nothing else", async () => {
    await mkdir(join(f.root, "svc"), { recursive: true });
    const local = await post("/v1/projects", { name: "svc", repository: join(f.root, "svc") }, f.keys.admin);
    expect(local.statusCode).toBe(201);
    expect(local.json()).toMatchObject({ provider: "local", settings: {} });
    const url = await post(
      "/v1/projects",
      { name: "web", repository: "https://github.com/acme/web.git" },
      f.keys.admin,
    );
    expect(url.json()).toMatchObject({ key: "github.com/acme/web", provider: "git" });
    expect(
      (await post("/v1/projects", { name: "web", repository: "git@github.com:acme/web" }, f.keys.admin))
        .statusCode,
    ).toBe(409);
    // A symbolic link inside a root that leads out of it is judged by where it leads.
    await symlink("/etc", join(f.root, "escape"));
    for (const repository of [
      "/etc",
      join(f.root, "..", ".."),
      join(f.root, "escape"),
      "relative/path",
      "https://github.com/acmeevil/web",
      "https://user:token@github.com/acme/web",
      "file:///etc",
      "ext::sh -c id",
    ]) {
      const refused = await post("/v1/projects", { name: "x", repository }, f.keys.admin);
      expect(refused.statusCode, repository).toBe(400);
      expect(refused.json<{ code: string }>().code, repository).toMatch(
        /^CG_(REPOSITORY_NOT_ALLOWED|REQUEST_INVALID)$/,
      );
    }
  });

  it("reads and updates a project's settings", async () => {
    const url = `/v1/projects/${f.project.id}`;
    expect((await get(url)).json()).toMatchObject({ id: f.project.id, name: "app" });
    const updated = await f.app.inject({
      method: "PUT",
      url: `${url}/settings`,
      headers: withKey(f.keys.admin),
      payload: { failOn: "high", minConfidence: 0.5 },
    });
    expect(updated.json()).toMatchObject({ settings: { failOn: "high", minConfidence: 0.5 } });
    const { id } = (await post("/v1/reviews", { projectId: f.project.id })).json<{ id: string }>();
    expect(f.queue.jobs.find((j) => j.reviewId === id)?.request).toMatchObject({
      settings: { failOn: "high" },
    });
    const bad = await f.app.inject({
      method: "PUT",
      url: `${url}/settings`,
      headers: withKey(f.keys.admin),
      payload: { failOn: "sometimes" },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("creates an API key shown once, lists it without the secret, and revokes it", async () => {
    const created = await post("/v1/api-keys", { name: "ci", role: "member", forMe: false }, f.keys.admin);
    expect(created.statusCode).toBe(201);
    const { key, record } = created.json<{ key: string; record: { id: string; prefix: string } }>();
    expect(key.startsWith(record.prefix)).toBe(true);
    expect((await get("/v1/users/me", key)).json()).toMatchObject({
      role: "member",
      apiKey: { id: record.id },
    });
    const listed = await get("/v1/api-keys", f.keys.admin);
    expect(listed.body).not.toContain(key);
    expect(listed.json<{ keys: { id: string }[] }>().keys.map((k) => k.id)).toContain(record.id);
    const revoke = await f.app.inject({
      method: "DELETE",
      url: `/v1/api-keys/${record.id}`,
      headers: withKey(f.keys.admin),
    });
    expect(revoke.statusCode).toBe(204);
    expect((await get("/v1/users/me", key)).statusCode).toBe(401);
    expect(
      (
        await f.app.inject({
          method: "DELETE",
          url: `/v1/api-keys/${record.id}`,
          headers: withKey(f.keys.admin),
        })
      ).statusCode,
    ).toBe(404);
    const tooHigh = await post("/v1/api-keys", { name: "up", role: "owner" }, f.keys.admin);
    expect(tooHigh.statusCode).toBe(403);
  });

  it("reports readiness from a real store query", async () => {
    expect((await f.app.inject({ method: "GET", url: "/v1/ready" })).json()).toEqual({ status: "ready" });
  });

  it("serves an OpenAPI 3.1 document generated from the schemas", async () => {
    const doc = (await f.app.inject({ method: "GET", url: "/v1/openapi.json" })).json<{
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown; parameters?: { name: string }[] }>>;
    }>();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/v1/reviews"]?.post?.requestBody).toBeDefined();
    const query = doc.paths["/v1/reviews/{id}/findings"]?.get?.parameters?.map((p) => p.name);
    expect(query).toEqual(expect.arrayContaining(["limit", "after", "severity", "category", "file"]));
  });
});
