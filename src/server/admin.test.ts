import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { review } from "../../test/support/review-builder.js";
import { serverFixture, withKey, type ServerFixture, type StoreKind } from "./server-fixture.test-support.js";

/**
 * The operator's routes (docs/server.md, "Operator") on SQLite and
 * PostgreSQL: the operator's key reaches them and nothing else, no
 * organisation role reaches them, and they answer with every organisation,
 * each one's usage over a period, and the process's Prometheus metrics.
 */
describe.each<StoreKind>(["sqlite", "postgres"])("the operator's /v1/admin routes on %s", (kind) => {
  let f: ServerFixture;
  beforeAll(async () => {
    f = await serverFixture(kind);
    // A review with model use in the first organisation, inside the period the test asks for.
    const store = await f.pool.forOrganisation(f.org.id);
    await store.saveReview(f.project, {
      ...review({ id: `llm-review-${f.org.id}`, startedAt: "2026-11-28T10:00:00.000Z" }),
      llm: { tokens: 12_000, costCents: 3.25 },
    });
    // And one outside it.
    await store.saveReview(f.project, {
      ...review({ id: `old-review-${f.org.id}`, startedAt: "2026-01-01T10:00:00.000Z" }),
      llm: { tokens: 99_999, costCents: 99 },
    });
  });
  afterAll(async () => {
    await f.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    f.app.inject({ method: "GET", url, headers });

  it("lists every organisation for the operator's key", async () => {
    const response = await get("/v1/admin/organisations", withKey(f.operatorKey));
    expect(response.statusCode, response.body).toBe(200);
    const slugs = response.json<{ organisations: { slug: string }[] }>().organisations.map((o) => o.slug);
    expect(slugs).toEqual(expect.arrayContaining([f.org.slug, f.other.slug]));
  });

  it("refuses an owner's key with 403, no key and a wrong or revoked operator key with 401", async () => {
    expect((await get("/v1/admin/organisations", withKey(f.keys.owner))).statusCode).toBe(403);
    expect((await get("/v1/admin/usage", { "x-api-key": f.otherOwnerKey })).statusCode).toBe(403);
    expect((await get("/v1/admin/metrics")).statusCode).toBe(401);
    const forged = `cgop_${"A".repeat(43)}`;
    expect((await get("/v1/admin/metrics", withKey(forged))).statusCode).toBe(401);
    expect((await get("/v1/admin/metrics", withKey("cg_not-a-key"))).statusCode).toBe(401);
    const spare = await f.pool.operators.keys.create("spare");
    expect((await get("/v1/admin/organisations", withKey(spare.key))).statusCode).toBe(200);
    expect(await f.pool.operators.keys.revoke(spare.record.id)).toBe(true);
    expect((await get("/v1/admin/organisations", withKey(spare.key))).statusCode).toBe(401);
  });

  it("does not let the operator's key act in an organisation", async () => {
    const me = await get("/v1/users/me", withKey(f.operatorKey));
    expect(me.statusCode).toBe(403);
    expect(me.json()).toMatchObject({ code: "CG_FORBIDDEN" });
    expect((await get(`/v1/reviews/${f.reviewId}`, { "x-api-key": f.operatorKey })).statusCode).toBe(403);
  });

  it("sums each organisation's reviews, tokens and cost over the period asked for", async () => {
    const response = await get(
      "/v1/admin/usage?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z",
      withKey(f.operatorKey),
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{
      from: string;
      to: string;
      organisations: {
        organisation: { id: string };
        reviews: number;
        llmTokens: number;
        llmCostCents: number;
      }[];
    }>();
    expect(body.from).toBe("2026-11-01T00:00:00.000Z");
    const of = (id: string) => body.organisations.find((row) => row.organisation.id === id);
    // The fixture's review (no model use) and the one above; the January review is outside.
    expect(of(f.org.id)).toMatchObject({ reviews: 2, llmTokens: 12_000, llmCostCents: 3.25 });
    expect(of(f.other.id)).toMatchObject({ reviews: 1, llmTokens: 0, llmCostCents: 0 });
    const backwards = await get(
      "/v1/admin/usage?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z",
      withKey(f.operatorKey),
    );
    expect(backwards.statusCode).toBe(400);
    expect((await get("/v1/admin/usage?from=yesterday", withKey(f.operatorKey))).statusCode).toBe(400);
  });

  it("shows the process's metrics in Prometheus's text format, requests counted by route pattern", async () => {
    for (let n = 0; n < 3; n += 1) {
      expect((await get(`/v1/reviews/${f.reviewId}`, withKey(f.keys.viewer))).statusCode).toBe(200);
    }
    expect((await get(`/v1/reviews/${f.reviewId}`)).statusCode).toBe(401);
    const response = await get("/v1/admin/metrics", withKey(f.operatorKey));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    const text = response.body;
    expect(text).toContain(
      'codeguardian_http_requests_total{route="/v1/reviews/:id",method="GET",status="200"} 3',
    );
    expect(text).toContain(
      'codeguardian_http_requests_total{route="/v1/reviews/:id",method="GET",status="401"} 1',
    );
    // Every answered request is timed: the histogram's count is the counter's sum over statuses.
    const answered = [
      ...text.matchAll(
        /codeguardian_http_requests_total\{route="\/v1\/reviews\/:id",method="GET",status="\d+"\} (\d+)/g,
      ),
    ].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(answered).toBeGreaterThanOrEqual(4);
    expect(text).toContain(
      `codeguardian_http_request_duration_seconds_count{route="/v1/reviews/:id",method="GET"} ${answered}`,
    );
    for (const name of [
      "codeguardian_review_duration_seconds",
      "codeguardian_findings_total",
      "codeguardian_llm_tokens_total",
      "codeguardian_llm_cost_cents_total",
      "codeguardian_active_reviews",
      "codeguardian_agent_duration_seconds",
      "codeguardian_queue_jobs",
      "codeguardian_queue_depth",
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    // The URL of a request that matched no route is never a label.
    await get("/v1/no/such/route/7f3a", withKey(f.keys.viewer));
    const after = (await get("/v1/admin/metrics", withKey(f.operatorKey))).body;
    expect(after).not.toContain("7f3a");
    expect(after).toContain('route="unmatched"');
  });
});
