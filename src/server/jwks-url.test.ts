import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JwksUrl } from "./auth/jwt.js";
import { HTTP_STATUS } from "./error-status.js";
import { AUDIENCE, ISSUER, serverFixture, type ServerFixture } from "./server-fixture.test-support.js";

/**
 * Keys from the identity provider's JWKS URL, rotated without a restart: a
 * local HTTP server publishes the key set and counts fetches; the verifier's
 * clock is the test's, so the minimum interval is exact.
 */
describe("JWKS from a URL", () => {
  let f: ServerFixture;
  let provider: Server;
  let published: { keys: JWK[] } = { keys: [] };
  let fetches = 0;
  let clock = 1_000_000;
  const keys: Record<string, { privateKey: CryptoKey; jwk: JWK }> = {};

  beforeAll(async () => {
    for (const kid of ["old", "new"]) {
      const pair = await generateKeyPair("RS256", { extractable: true });
      keys[kid] = {
        privateKey: pair.privateKey,
        jwk: { ...(await exportJWK(pair.publicKey)), kid, alg: "RS256", use: "sig" },
      };
    }
    published = { keys: [keys.old!.jwk] };
    provider = createServer((_request, response) => {
      fetches += 1;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(published));
    });
    await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
    const { port } = provider.address() as AddressInfo;
    f = await serverFixture(
      "sqlite",
      { requestsPerWindow: 100_000 },
      {
        jwt: {
          issuer: ISSUER,
          audience: AUDIENCE,
          jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
          jwksUrlTiming: { minIntervalMs: 1_000, maxAgeMs: 60_000, now: () => clock },
        },
      },
    );
    await f.pool.service.linkIdentity(ISSUER, "rotating-user", f.userIds.member);
  });
  afterAll(async () => {
    await f.close();
    await new Promise((resolve) => provider.close(resolve));
  });

  const token = (kid: string, key = keys[kid]!.privateKey) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: "rotating-user", iat: now, exp: now + 300 })
      .setProtectedHeader({ alg: "RS256", kid })
      .sign(key);
  };
  const me = async (jwt: string) =>
    (await f.app.inject({ method: "GET", url: "/v1/users/me", headers: { authorization: `Bearer ${jwt}` } }))
      .statusCode;

  it("fetches once, refetches for an unknown kid at most once per interval, and after the maximum age", async () => {
    expect(await me(await token("old"))).toBe(200);
    expect(await me(await token("old"))).toBe(200);
    expect(fetches).toBe(1);

    // The provider rotates: the new key is published and the old one withdrawn.
    published = { keys: [keys.new!.jwk] };
    clock += 500;
    // Within the interval an unknown kid does not refetch.
    expect(await me(await token("new"))).toBe(401);
    expect(fetches).toBe(1);
    clock += 600;
    expect(await me(await token("new"))).toBe(200);
    expect(fetches).toBe(2);
    // The withdrawn key, and kids nobody published, are refused without hammering the provider.
    expect(await me(await token("old"))).toBe(401);
    for (let i = 0; i < 5; i += 1)
      expect(await me(await token(`forged-${i}`, keys.old!.privateKey))).toBe(401);
    expect(fetches).toBe(2);

    clock += 60_001;
    expect(await me(await token("new"))).toBe(200);
    expect(fetches).toBe(3);
  });

  it("keeps the keys it has while the provider is unreachable", async () => {
    await new Promise((resolve) => provider.close(resolve));
    clock += 120_000;
    expect(await me(await token("new"))).toBe(200);
  });

  it("answers 503 CG_AUTH_UNAVAILABLE when the provider has never answered", async () => {
    const unreachable = new JwksUrl("http://127.0.0.1:1/jwks", { timeoutMs: 2_000 });
    await expect(unreachable.keys()).rejects.toMatchObject({ code: "CG_AUTH_UNAVAILABLE" });
    expect(HTTP_STATUS.CG_AUTH_UNAVAILABLE).toBe(503);
  });
});
