import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finding, review } from "../../test/support/review-builder.js";
import { serverFixture, withKey, type ServerFixture, type StoreKind } from "./server-fixture.test-support.js";

interface Page {
  findings: { fingerprint: string; status: string }[];
  next?: number;
}

/** Finding status and acknowledgement, trends, usage and members, on SQLite and PostgreSQL. */
describe.each<StoreKind>(["sqlite", "postgres"])("service routes on %s", (kind) => {
  let f: ServerFixture;
  beforeAll(async () => {
    f = await serverFixture(kind, { requestsPerWindow: 100_000 });
  });
  afterAll(async () => {
    await f.close();
  });

  const get = (url: string, key = f.keys.viewer) =>
    f.app.inject({ method: "GET", url, headers: withKey(key) });
  const send = (method: "POST" | "PUT" | "DELETE", url: string, payload?: unknown, key = f.keys.admin) =>
    f.app.inject({
      method,
      url,
      headers: withKey(key),
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const all = async (reviewId: string, status?: string): Promise<Page["findings"]> => {
    const query = status === undefined ? "" : `&status=${status}`;
    return (await get(`/v1/reviews/${reviewId}/findings?limit=200${query}`)).json<Page>().findings;
  };

  describe("finding status", () => {
    const reviewId = `status-${kind}`;
    const laterId = `status-later-${kind}`;
    const findings = Array.from({ length: 6 }, (_, n) => finding(200 + n));
    const fp = findings.map((x) => x.fingerprint);

    beforeAll(async () => {
      const store = await f.pool.forOrganisation(f.org.id);
      // An older review of a project of its own, so the fixture's review is not "later".
      const project = { ...f.project, key: `${f.project.key}-status`, name: "status" };
      const registered = await f.pool.service.createProject(f.org.id, { ...project, settings: {} });
      await store.saveReview(
        registered,
        review({ id: reviewId, startedAt: "2026-12-01T10:00:00.000Z", findings }),
      );
      // Later, complete and full: findings 0 and 1 are gone from it.
      await store.saveReview(
        registered,
        review({ id: laterId, startedAt: "2026-12-02T10:00:00.000Z", findings: findings.slice(2) }),
      );
    });

    it("starts open, except what a later complete full review no longer reports", async () => {
      const statuses = Object.fromEntries((await all(reviewId)).map((x) => [x.fingerprint, x.status]));
      expect(statuses).toEqual({
        [fp[0]!]: "fixed",
        [fp[1]!]: "fixed",
        [fp[2]!]: "open",
        [fp[3]!]: "open",
        [fp[4]!]: "open",
        [fp[5]!]: "open",
      });
      expect((await all(laterId)).every((x) => x.status === "open")).toBe(true);
    });

    it("acknowledges and dismisses, and filters by status with dismissed before fixed", async () => {
      const ack = await send(
        "POST",
        `/v1/reviews/${reviewId}/findings/${fp[2]}/acknowledge`,
        { note: "known, scheduled" },
        f.keys.member,
      );
      expect(ack.statusCode).toBe(200);
      expect(ack.json()).toMatchObject({
        fingerprint: fp[2],
        by: f.userIds.member,
        note: "known, scheduled",
      });
      // Acknowledging needs no note; again replaces the record.
      expect(
        (await send("POST", `/v1/reviews/${reviewId}/findings/${fp[2]}/acknowledge`, {})).statusCode,
      ).toBe(200);
      for (const n of [0, 3]) {
        const dismissed = await send(
          "POST",
          `/v1/reviews/${reviewId}/findings/${fp[n]}/dismiss`,
          { reason: "test data" },
          f.keys.member,
        );
        expect(dismissed.statusCode).toBe(200);
      }
      const by = async (status: string) => (await all(reviewId, status)).map((x) => x.fingerprint).sort();
      expect(await by("dismissed")).toEqual([fp[0], fp[3]].sort());
      expect(await by("fixed")).toEqual([fp[1]]);
      expect(await by("acknowledged")).toEqual([fp[2]]);
      expect(await by("open")).toEqual([fp[4], fp[5]].sort());
      expect(await by("open,acknowledged")).toEqual([fp[2], fp[4], fp[5]].sort());
      // The acknowledgement is the project's: the later review shows it too.
      expect((await all(laterId, "acknowledged")).map((x) => x.fingerprint)).toEqual([fp[2]]);
    });

    it("pages a status filter like any other", async () => {
      const first = (await get(`/v1/reviews/${reviewId}/findings?status=open,fixed&limit=2`)).json<Page>();
      expect(first.findings).toHaveLength(2);
      expect(first.next).toBeDefined();
      const second = (
        await get(`/v1/reviews/${reviewId}/findings?status=open,fixed&limit=2&after=${first.next}`)
      ).json<Page>();
      expect(second.findings.map((x) => x.status)).toEqual(["open"]);
      expect(second.next).toBeUndefined();
    });

    it("refuses an unknown status, a finding the review lacks, and another organisation's review", async () => {
      expect((await get(`/v1/reviews/${reviewId}/findings?status=closed`)).statusCode).toBe(400);
      const missing = await send(
        "POST",
        `/v1/reviews/${reviewId}/findings/${"0".repeat(32)}/acknowledge`,
        {},
      );
      expect(missing.statusCode).toBe(404);
      const other = await send(
        "POST",
        `/v1/reviews/${f.otherReviewId}/findings/${fp[0]}/acknowledge`,
        {},
        f.keys.owner,
      );
      expect(other.statusCode).toBe(404);
    });
  });

  describe("review state", () => {
    it("reads a job the queue gave up on as failed, though the request still says running", async () => {
      const id = `gave-up-${kind}`;
      await f.pool.service.recordReviewRequest({
        id,
        organisationId: f.org.id,
        projectId: f.project.id,
        state: "running",
        scope: { kind: "full" },
        requestedBy: { kind: "api" },
      });
      await f.pool.jobs.record({
        reviewId: id,
        organisationId: f.org.id,
        projectId: f.project.id,
        priority: "full",
        request: {},
      });
      expect((await get(`/v1/reviews/${id}`)).json()).toMatchObject({ state: "running" });
      const claimed = await f.pool.jobs.claim(id, "worker-a", 60_000);
      expect(claimed?.reviewId).toBe(id);
      expect(await f.pool.jobs.finish(id, "worker-a", "failed", "store away, last attempt")).toBe(true);
      expect((await get(`/v1/reviews/${id}`)).json()).toMatchObject({ state: "failed" });
    });
  });

  describe("trends", () => {
    it("lists the project's finished reviews over N days, per review or per day", async () => {
      const store = await f.pool.forOrganisation(f.org.id);
      const project = await f.pool.service.createProject(f.org.id, {
        ...f.project,
        key: `${f.project.key}-trend`,
        name: "trend",
        settings: {},
      });
      const day = (d: number, h: number) => new Date(Date.now() - d * 86_400_000 + h * 60_000).toISOString();
      const crit = (n: number) => finding(300 + n, { severity: "critical" });
      await store.saveReview(
        project,
        review({ id: `t-old-${kind}`, startedAt: day(40, 0), findings: [crit(1)] }),
      );
      await store.saveReview(
        project,
        review({ id: `t-a-${kind}`, startedAt: day(3, 0), findings: [crit(1), crit(2)] }),
      );
      await store.saveReview(
        project,
        review({ id: `t-b-${kind}`, startedAt: day(3, 5), findings: [crit(2)] }),
      );
      await store.saveReview(project, review({ id: `t-c-${kind}`, startedAt: day(1, 0), findings: [] }));

      const perReview = await get(`/v1/projects/${project.id}/trends?days=30`);
      expect(perReview.statusCode).toBe(200);
      const body = perReview.json<{
        points: { reviewId: string; total: number; bySeverity: { critical: number } }[];
      }>();
      expect(body.points.map((p) => [p.reviewId, p.total, p.bySeverity.critical])).toEqual([
        [`t-a-${kind}`, 2, 2],
        [`t-b-${kind}`, 1, 1],
        [`t-c-${kind}`, 0, 0],
      ]);
      const perDay = (await get(`/v1/projects/${project.id}/trends?days=30&by=day`)).json<{
        points: { reviewId: string; reviews: number }[];
      }>();
      expect(perDay.points.map((p) => [p.reviewId, p.reviews])).toEqual([
        [`t-b-${kind}`, 2],
        [`t-c-${kind}`, 1],
      ]);
      expect(
        (await get(`/v1/projects/${project.id}/trends?days=60`)).json<Page & { points: unknown[] }>().points,
      ).toHaveLength(4);
      expect((await get(`/v1/projects/${f.otherProject.id}/trends`)).statusCode).toBe(404);
      expect((await get(`/v1/projects/${project.id}/trends?days=0`)).statusCode).toBe(400);
    });
  });

  describe("usage", () => {
    it("counts the caller's own requests by state, with the stored ones' tokens and cost", async () => {
      const accepted = await send("POST", "/v1/reviews", { projectId: f.project.id }, f.keys.member);
      expect(accepted.statusCode).toBe(202);
      // A request the viewer made and a worker stored, with model use.
      const storedId = `usage-${kind}`;
      await f.pool.service.recordReviewRequest({
        id: storedId,
        organisationId: f.org.id,
        projectId: f.project.id,
        state: "queued",
        scope: { kind: "full" },
        requestedBy: { kind: "api", id: f.userIds.viewer },
      });
      const stored = { ...review({ id: storedId }), llm: { tokens: 1234, costCents: 5.5 } };
      await (await f.pool.forOrganisation(f.org.id)).saveReview(f.project, stored);

      const member = (await get("/v1/users/me/usage", f.keys.member)).json<{
        requester: string;
        llmTokens: number;
        byState: Record<string, number>;
      }>();
      expect(member).toMatchObject({ requester: f.userIds.member, llmTokens: 0 });
      expect(member.byState.queued).toBeGreaterThanOrEqual(1);
      const viewer = await get("/v1/users/me/usage?days=7", f.keys.viewer);
      expect(viewer.statusCode).toBe(200);
      expect(viewer.json()).toMatchObject({
        requester: f.userIds.viewer,
        reviews: 1,
        byState: { finished: 1, queued: 0 },
        llmTokens: 1234,
        llmCostCents: 5.5,
      });
      expect((await get("/v1/users/me/usage", f.otherOwnerKey)).json()).toMatchObject({ reviews: 0 });
    });
  });

  describe("members", () => {
    it("adds, lists, changes and removes members; admins cannot touch owners; the last owner stays", async () => {
      const added = await send("POST", "/v1/members", { email: `new-${kind}@acme.test`, role: "member" });
      expect(added.statusCode).toBe(201);
      const { userId } = added.json<{ userId: string }>();
      expect(
        (await send("POST", "/v1/members", { email: `new-${kind}@acme.test`, role: "viewer" })).statusCode,
      ).toBe(409);
      const listed = (await get("/v1/members", f.keys.admin)).json<{
        members: { userId: string; role: string }[];
      }>();
      expect(listed.members.find((m) => m.userId === userId)).toMatchObject({ role: "member" });

      expect((await send("PUT", `/v1/members/${userId}`, { role: "admin" })).json()).toMatchObject({
        role: "admin",
      });
      // An admin neither makes an owner nor changes or removes one.
      const makeOwner = await send("PUT", `/v1/members/${userId}`, { role: "owner" });
      expect(makeOwner.statusCode).toBe(403);
      expect(
        (await send("POST", "/v1/members", { email: `boss-${kind}@acme.test`, role: "owner" })).statusCode,
      ).toBe(403);
      expect((await send("PUT", `/v1/members/${f.userIds.owner}`, { role: "viewer" })).statusCode).toBe(403);
      expect((await send("DELETE", `/v1/members/${f.userIds.owner}`)).statusCode).toBe(403);

      // The owner is the last one: demoting or removing them is refused, even by themselves.
      const demote = await send("PUT", `/v1/members/${f.userIds.owner}`, { role: "admin" }, f.keys.owner);
      expect(demote.statusCode).toBe(409);
      expect(demote.json()).toMatchObject({ code: "CG_LAST_OWNER" });
      expect(
        (await send("DELETE", `/v1/members/${f.userIds.owner}`, undefined, f.keys.owner)).statusCode,
      ).toBe(409);
      // With a second owner, the first may step down.
      expect((await send("PUT", `/v1/members/${userId}`, { role: "owner" }, f.keys.owner)).statusCode).toBe(
        200,
      );
      expect((await send("PUT", `/v1/members/${userId}`, { role: "member" }, f.keys.owner)).statusCode).toBe(
        200,
      );

      expect((await send("DELETE", `/v1/members/${userId}`)).statusCode).toBe(204);
      expect((await send("DELETE", `/v1/members/${userId}`)).statusCode).toBe(404);
      // Another organisation's member is unknown here.
      expect(
        (await send("DELETE", `/v1/members/${f.userIds.admin}`, undefined, f.otherOwnerKey)).statusCode,
      ).toBe(404);
    });
  });
});
