import { createHmac } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AUDIENCE,
  ISSUER,
  serverFixture,
  withKey,
  type ServerFixture,
  type StoreKind,
} from "./server-fixture.test-support.js";

/**
 * Authentication and organisation scoping on a real fastify instance over
 * real SQLite and PostgreSQL, with JWTs signed by an RSA key made here.
 */
describe.each<StoreKind>(["sqlite", "postgres"])("authentication on %s", (kind) => {
  let f: ServerFixture;
  beforeAll(async () => {
    f = await serverFixture(kind);
  });
  afterAll(async () => {
    await f.close();
  });

  const me = (headers: Record<string, string>) =>
    f.app.inject({ method: "GET", url: "/v1/users/me", headers });

  it("answers health without credentials and everything else with 401", async () => {
    expect((await f.app.inject({ method: "GET", url: "/v1/health" })).statusCode).toBe(200);
    const refused = await f.app.inject({ method: "GET", url: `/v1/reviews/${f.reviewId}` });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ code: "CG_AUTH_REQUIRED", details: {} });
  });

  it("accepts an API key as a bearer token or in X-API-Key, and records its use", async () => {
    const viaBearer = await me(withKey(f.keys.viewer));
    expect(viaBearer.statusCode).toBe(200);
    expect(viaBearer.json()).toMatchObject({
      role: "viewer",
      via: "api-key",
      organisation: { id: f.org.id },
    });
    expect((await me({ "x-api-key": f.keys.viewer })).statusCode).toBe(200);
    const listed = await f.pool.team.apiKeys(f.org.id);
    expect(listed.find((k) => k.name === "viewer key")?.lastUsedAt).toBeDefined();
  });

  it("refuses an unknown, malformed or revoked key", async () => {
    expect((await me(withKey(`cg_${"A".repeat(43)}`))).statusCode).toBe(401);
    expect((await me(withKey("cg_short"))).statusCode).toBe(401);
    const { key, record } = await f.pool.team.createApiKey(f.org.id, { name: "to revoke", role: "member" });
    expect((await me(withKey(key))).statusCode).toBe(200);
    await f.pool.team.revokeApiKey(f.org.id, record.id);
    const revoked = await me(withKey(key));
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ code: "CG_AUTH_REQUIRED" });
  });

  it("accepts an RS256 token and takes the role from the store, never from claims", async () => {
    const token = await f.sign({ role: "owner", roles: ["owner"] });
    const response = await me({ authorization: `Bearer ${token}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ role: "member", via: "jwt", user: { id: f.userIds.member } });
  });

  // Each is refused for its own reason (jose's code), not by accident of another check.
  it.each<[string, (f: ServerFixture) => Promise<string>, string]>([
    [
      "alg none",
      (fx) => Promise.resolve(unsigned({ alg: "none" }, { ...claimsNow(), sub: subjectOf(fx) })),
      "ALG_NOT_ALLOWED",
    ],
    [
      "HS256 signed with the public key",
      async (fx) => hmacToken(await readFile(fx.jwksFile, "utf8"), { ...claimsNow(), sub: subjectOf(fx) }),
      "ALG_NOT_ALLOWED",
    ],
    ["expired", (fx) => fx.sign({ exp: Math.floor(Date.now() / 1000) - 60 }), "ERR_JWT_EXPIRED"],
    ["not yet valid", (fx) => fx.sign({ nbf: Math.floor(Date.now() / 1000) + 600 }), "CLAIM_VALIDATION"],
    ["for another audience", (fx) => fx.sign({ aud: "someone-else" }), "CLAIM_VALIDATION"],
    ["from another issuer", (fx) => fx.sign({ iss: "https://evil.example.test" }), "CLAIM_VALIDATION"],
    ["with an unknown kid", (fx) => fx.sign({}, { kid: "not-in-the-jwks" }), "NO_MATCHING_KEY"],
    ["without exp", (fx) => fx.sign({ exp: undefined }), "CLAIM_VALIDATION"],
    ["for an unbound subject", (fx) => fx.sign({ sub: "nobody" }), "No user is bound"],
  ])("refuses a token %s with 401", async (_name, make, reason) => {
    const response = await me({ authorization: `Bearer ${await make(f)}` });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: "CG_AUTH_REQUIRED" });
    expect(response.json<{ message: string }>().message).toContain(reason);
  });

  it("picks up a rotated key from the JWKS file without a restart", async () => {
    const original = await readFile(f.jwksFile, "utf8");
    const token = await f.sign();
    await writeFile(f.jwksFile, JSON.stringify({ keys: [] }));
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
    await writeFile(f.jwksFile, original);
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
  });

  it("keeps accepting tokens while the JWKS file is rewritten with something that is not a key set", async () => {
    const original = await readFile(f.jwksFile, "utf8");
    const token = await f.sign();
    await writeFile(f.jwksFile, "{ half-written");
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
    await writeFile(f.jwksFile, original);
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
  });

  it("hides another organisation's review, findings and project as 404", async () => {
    const key = withKey(f.keys.owner);
    for (const url of [
      `/v1/reviews/${f.otherReviewId}`,
      `/v1/reviews/${f.otherReviewId}/findings`,
      `/v1/projects/${f.otherProject.id}`,
    ]) {
      const response = await f.app.inject({ method: "GET", url, headers: key });
      expect(response.statusCode, url).toBe(404);
    }
    const otherFinding = await f.app.inject({
      method: "GET",
      url: `/v1/reviews/${f.otherReviewId}/findings`,
      headers: withKey(f.otherOwnerKey),
    });
    const fingerprint = otherFinding.json<{ findings: { fingerprint: string }[] }>().findings[0]?.fingerprint;
    expect(fingerprint).toBeDefined();
    const dismiss = await f.app.inject({
      method: "POST",
      url: `/v1/reviews/${f.otherReviewId}/findings/${fingerprint ?? ""}/dismiss`,
      headers: key,
      payload: { reason: "not ours" },
    });
    expect(dismiss.statusCode).toBe(404);
    const cancel = await f.app.inject({
      method: "POST",
      url: `/v1/reviews/${f.otherReviewId}/cancel`,
      headers: key,
    });
    expect(cancel.statusCode).toBe(404);
    const review = await f.app.inject({
      method: "POST",
      url: "/v1/reviews",
      headers: key,
      payload: { projectId: f.otherProject.id },
    });
    expect(review.statusCode).toBe(404);
  });

  it("refuses a viewer dismissing a finding with 403", async () => {
    const page = await f.app.inject({
      method: "GET",
      url: `/v1/reviews/${f.reviewId}/findings?limit=1`,
      headers: withKey(f.keys.viewer),
    });
    const fingerprint = page.json<{ findings: { fingerprint: string }[] }>().findings[0]?.fingerprint ?? "";
    const url = `/v1/reviews/${f.reviewId}/findings/${fingerprint}/dismiss`;
    const viewer = await f.app.inject({
      method: "POST",
      url,
      headers: withKey(f.keys.viewer),
      payload: { reason: "x" },
    });
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json()).toMatchObject({ code: "CG_FORBIDDEN" });
    expect((await f.pool.forOrganisation(f.org.id).then((s) => s.dismissals(f.project))).size).toBe(0);
    const member = await f.app.inject({
      method: "POST",
      url,
      headers: withKey(f.keys.member),
      payload: { reason: "test data" },
    });
    expect(member.statusCode).toBe(200);
    expect(member.json()).toMatchObject({ fingerprint, by: f.userIds.member, reason: "test data" });
  });
});

function claimsNow(): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: ISSUER, aud: AUDIENCE, sub: "member", iat: now, exp: now + 300 };
}

function subjectOf(f: ServerFixture): string {
  // The fixture binds `<role>-<tag>`; the tag is the organisation slug's suffix.
  return `member-${f.org.slug.split("-").at(-1) ?? ""}`;
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function unsigned(header: Record<string, unknown>, claims: Record<string, unknown>): string {
  return `${b64(header)}.${b64(claims)}.`;
}

/** The classic confusion attack: HMAC keyed with the server's public key material. */
function hmacToken(secret: string, claims: Record<string, unknown>): string {
  const head = `${b64({ alg: "HS256", typ: "JWT", kid: "key-2026" })}.${b64(claims)}`;
  return `${head}.${createHmac("sha256", secret).update(head).digest("base64url")}`;
}
