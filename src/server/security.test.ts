import { createHmac, createPublicKey, type JsonWebKey } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredRoutes } from "./build-server.js";
import {
  AUDIENCE,
  ISSUER,
  KID,
  serverFixture,
  withKey,
  type ServerFixture,
  type StoreKind,
} from "./server-fixture.test-support.js";

/**
 * The security promises of docs/server.md ("Authentication", "Limits and
 * headers"), one test each, on a real server over real SQLite and
 * PostgreSQL. The other files test each part in depth; this one is the list
 * an operator checks: every route refuses a missing or forged credential,
 * roles come from the store, organisations do not see each other, and the
 * limits answer 429 and 413.
 */
describe.each<StoreKind>(["sqlite", "postgres"])("security on %s", (kind) => {
  let f: ServerFixture;
  let fingerprint = "";
  let otherFingerprint = "";
  beforeAll(async () => {
    f = await serverFixture(kind, { requestsPerWindow: 100_000 });
    fingerprint = await firstFingerprint(f, f.reviewId, f.keys.owner);
    otherFingerprint = await firstFingerprint(f, f.otherReviewId, f.otherOwnerKey);
  });
  afterAll(async () => {
    await f.close();
  });

  /** Every registered route that is not public, with the ids of real resources filled in. */
  function guardedCalls(): { method: string; url: string }[] {
    return registeredRoutes(f.app)
      .filter((route) => route.access !== "public")
      .map((route) => ({
        method: route.method,
        url: route.url
          .replace(":fingerprint", fingerprint)
          .replace(/\/v1\/projects\/:id/, `/v1/projects/${f.project.id}`)
          .replace(/:id/, f.reviewId)
          .replace(/:[a-zA-Z]+/g, "x"),
      }));
  }

  it("answers 401 on every route without credentials, or with a forged or unknown one", async () => {
    const calls = guardedCalls();
    expect(calls.length).toBeGreaterThan(10);
    const credentials: Record<string, string>[] = [
      {},
      { authorization: "Basic YWRtaW46YWRtaW4=" },
      { authorization: "Bearer not-a-token" },
      withKey(`cg_${"A".repeat(43)}`),
      { "x-api-key": `cg_${"B".repeat(43)}` },
    ];
    for (const { method, url } of calls) {
      for (const headers of credentials) {
        const response = await f.app.inject({
          method: method as "GET",
          url,
          headers,
          ...(method === "GET" || method === "DELETE" ? {} : { payload: {} }),
        });
        expect(response.statusCode, `${method} ${url} ${JSON.stringify(headers)}`).toBe(401);
        expect(response.json()).toMatchObject({ code: "CG_AUTH_REQUIRED" });
      }
    }
  });

  it.each<[string, (f: ServerFixture) => Promise<string>]>([
    ["alg none", (fx) => Promise.resolve(`${b64({ alg: "none", typ: "JWT" })}.${b64(claims(fx))}.`)],
    ["HS256 signed with the JWKS text", async (fx) => hs256(fx, await readFile(fx.jwksFile, "utf8"))],
    ["HS256 signed with the public key's PEM", async (fx) => hs256(fx, await publicPem(fx))],
    ["expired", (fx) => fx.sign({ exp: Math.floor(Date.now() / 1000) - 120 })],
    ["for another audience", (fx) => fx.sign({ aud: "another-service" })],
    ["with an unknown kid", (fx) => fx.sign({}, { kid: "rotated-out" })],
  ])("refuses a JWT %s with 401 on a guarded route", async (_name, make) => {
    const token = await make(f);
    const response = await f.app.inject({
      method: "GET",
      url: `/v1/reviews/${f.reviewId}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: "CG_AUTH_REQUIRED" });
    // The same route with a good token answers, so the refusal is the token's.
    const good = await f.app.inject({
      method: "GET",
      url: `/v1/reviews/${f.reviewId}`,
      headers: { authorization: `Bearer ${await f.sign()}` },
    });
    expect(good.statusCode).toBe(200);
  });

  it("refuses a key revoked over the API from the next request on", async () => {
    const created = await f.app.inject({
      method: "POST",
      url: "/v1/api-keys",
      headers: withKey(f.keys.owner),
      payload: { name: "short-lived", role: "member" },
    });
    expect(created.statusCode).toBe(201);
    const { key, record } = created.json<{ key: string; record: { id: string } }>();
    const review = { method: "GET" as const, url: `/v1/reviews/${f.reviewId}`, headers: withKey(key) };
    expect((await f.app.inject(review)).statusCode).toBe(200);
    const revoked = await f.app.inject({
      method: "DELETE",
      url: `/v1/api-keys/${record.id}`,
      headers: withKey(f.keys.owner),
    });
    expect(revoked.statusCode).toBe(204);
    expect((await f.app.inject(review)).statusCode).toBe(401);
  });

  it("refuses a viewer dismissing a finding with 403, and dismisses nothing", async () => {
    const response = await f.app.inject({
      method: "POST",
      url: `/v1/reviews/${f.reviewId}/findings/${fingerprint}/dismiss`,
      headers: withKey(f.keys.viewer),
      payload: { reason: "looks fine to me" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: "CG_FORBIDDEN" });
    expect((await (await f.pool.forOrganisation(f.org.id)).dismissals(f.project)).size).toBe(0);
  });

  it("answers 404 for another organisation's review, project and finding", async () => {
    const owner = withKey(f.keys.owner);
    for (const [method, url, payload] of [
      ["GET", `/v1/reviews/${f.otherReviewId}`, undefined],
      ["GET", `/v1/reviews/${f.otherReviewId}/findings`, undefined],
      ["GET", `/v1/projects/${f.otherProject.id}`, undefined],
      ["POST", `/v1/reviews/${f.otherReviewId}/findings/${otherFingerprint}/dismiss`, { reason: "x" }],
    ] as const) {
      const response = await f.app.inject({ method, url, headers: owner, ...(payload ? { payload } : {}) });
      expect(response.statusCode, url).toBe(404);
    }
    // The owner of that organisation sees them: the 404 is the boundary, not a missing resource.
    const theirs = await f.app.inject({
      method: "GET",
      url: `/v1/reviews/${f.otherReviewId}`,
      headers: withKey(f.otherOwnerKey),
    });
    expect(theirs.statusCode).toBe(200);
  });
});

describe("security limits", () => {
  let f: ServerFixture;
  beforeAll(async () => {
    f = await serverFixture("sqlite", { requestsPerWindow: 3, windowMs: 60_000 });
  });
  afterAll(async () => {
    await f.close();
  });

  it("answers 429 with Retry-After once a key is over its rate", async () => {
    const call = () =>
      f.app.inject({ method: "GET", url: `/v1/reviews/${f.reviewId}`, headers: withKey(f.keys.member) });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await call()).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ code: "CG_RATE_LIMITED" });
  });

  it("answers 413 to a body over the default 1 MiB limit", async () => {
    const response = await f.app.inject({
      method: "POST",
      url: "/v1/projects",
      headers: { ...withKey(f.keys.owner), "content-type": "application/json" },
      payload: JSON.stringify({ name: "big", repository: "x".repeat(1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: "CG_BODY_TOO_LARGE" });
  });
});

async function firstFingerprint(f: ServerFixture, reviewId: string, key: string): Promise<string> {
  const page = await f.app.inject({
    method: "GET",
    url: `/v1/reviews/${reviewId}/findings?limit=1`,
    headers: withKey(key),
  });
  const found = page.json<{ findings: { fingerprint: string }[] }>().findings[0]?.fingerprint;
  if (found === undefined) throw new Error(`review ${reviewId} has no findings`);
  return found;
}

/** Claims that would pass: the subject the fixture binds to the first organisation's member. */
function claims(f: ServerFixture): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const tag = f.org.slug.split("-").at(-1) ?? "";
  return { iss: ISSUER, aud: AUDIENCE, sub: `member-${tag}`, iat: now, exp: now + 300 };
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** The key-confusion forgery: HMAC keyed with material the server publishes. */
function hs256(f: ServerFixture, secret: string): string {
  const head = `${b64({ alg: "HS256", typ: "JWT", kid: KID })}.${b64(claims(f))}`;
  return `${head}.${createHmac("sha256", secret).update(head).digest("base64url")}`;
}

async function publicPem(f: ServerFixture): Promise<string> {
  const { keys } = JSON.parse(await readFile(f.jwksFile, "utf8")) as { keys: JsonWebKey[] };
  const jwk = keys[0];
  if (jwk === undefined) throw new Error("the fixture's JWKS is empty");
  return createPublicKey({ key: jwk, format: "jwk" }).export({ type: "spki", format: "pem" }).toString();
}
