import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStorePool } from "../../src/storage/open-store.js";
import { operatorEnv } from "../worker/fixture-repo.js";
import { freePort, stopChild } from "../worker/processes.js";
import { call, createOrganisation, fromSource, listening } from "./serve-process.js";

/**
 * `codeguardian serve` configured from its command line alone (docs/server.md,
 * "Running"): RS256 JWTs checked against a JWKS file, CORS origins, the body
 * limit and the rate limit, each seen from outside the process; and every
 * way of getting the JWT flags wrong answered with a usage error before
 * anything is opened.
 */
const ISSUER = "https://id.acme.test";
const AUDIENCE = "codeguardian";
const ORIGIN = "https://console.acme.test";

const root = mkdtempSync(join(tmpdir(), "cg-serve-settings-"));
const env = operatorEnv(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function jwksFile(name: string, content: string): string {
  const path = join(root, name);
  writeFileSync(path, content);
  return path;
}

describe("codeguardian serve's authentication and limit flags", () => {
  const jwtFlags = (jwks: string) => ["--jwt-issuer", ISSUER, "--jwt-audience", AUDIENCE, "--jwks", jwks];

  // Every wrong combination is a case of src/server/http-flags.test.ts; here, that the process says so.
  it.each([
    ["only an issuer", ["--jwt-issuer", ISSUER], "--jwt-audience and --jwks are missing"],
    ["a JWKS file that is not JSON", jwtFlags(jwksFile("cut.json", '{"keys": [')), "is not JSON"],
  ])("refuses %s with exit 2 and says why", { timeout: 60_000 }, async (_what, args, message) => {
    const serve = fromSource(
      "server/entry.ts",
      ["--port", "0", "--db", join(root, "refused.db"), ...args],
      env,
    );
    expect(await serve.exited, serve.stderr()).toBe(2);
    expect(serve.stderr()).toContain(message);
    // An operator's mistake, not a crash: no stack trace.
    expect(serve.stderr()).not.toMatch(/\n\s+at /);
  });

  describe("a service started with them", () => {
    const db = join(root, "server.db");
    let serve: ReturnType<typeof fromSource>;
    let base = "";
    let key = "";
    let signingKey: CryptoKey;

    beforeAll(async () => {
      const pair = await generateKeyPair("RS256", { extractable: true });
      signingKey = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: "2026-12", alg: "RS256", use: "sig" };
      mkdirSync(join(root, "idp"));
      // A relative --jwks path is taken from serve's working directory; this one is absolute.
      const keys = jwksFile(join("idp", "jwks.json"), JSON.stringify({ keys: [jwk] }));
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      serve = fromSource(
        "server/entry.ts",
        [
          "--port",
          String(port),
          "--db",
          db,
          "--no-worker",
          ...jwtFlags(keys),
          "--cors-origin",
          "https://Console.Acme.test/",
          "--body-limit",
          "2048",
          "--rate-limit",
          "8",
          "--rate-window",
          "600",
        ],
        env,
      );
      await listening(serve);
      key = await createOrganisation(db, env);
      // The identity provider's user `ana-sub` is the owner `admin create-org` made.
      const pool = await openStorePool(db);
      try {
        const owner = await pool.team.userByEmail("ana@acme.test");
        await pool.service.linkIdentity(ISSUER, "ana-sub", String(owner?.id));
      } finally {
        await pool.close();
      }
    }, 120_000);
    afterAll(async () => {
      if (serve !== undefined) await stopChild(serve.child, "SIGKILL");
    });

    const token = (claims: Record<string, unknown> = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: "ana-sub", iat: now, exp: now + 300, ...claims })
        .setProtectedHeader({ alg: "RS256", kid: "2026-12" })
        .sign(signingKey);
    };

    it("authenticates an RS256 token signed by the key in the JWKS file, and refuses a wrong one", async () => {
      const me = await call(base, await token(), "GET", "/v1/users/me");
      expect(me.status, JSON.stringify(me.body)).toBe(200);
      expect(JSON.stringify(me.body)).toContain("ana@acme.test");
      expect((await call(base, await token({ aud: "someone-else" }), "GET", "/v1/users/me")).status).toBe(
        401,
      );
      expect(
        (await call(base, await token({ iss: "https://evil.test" }), "GET", "/v1/users/me")).status,
      ).toBe(401);
    });

    it("opens CORS to the listed origin only", async () => {
      const asked = async (origin: string) =>
        (
          await fetch(`${base}/v1/users/me`, { headers: { authorization: `Bearer ${key}`, origin } })
        ).headers.get("access-control-allow-origin");
      expect(await asked(ORIGIN)).toBe(ORIGIN);
      expect(await asked("https://evil.test")).toBeNull();
    });

    it("answers a body over the limit with 413 and the ninth request in the window with 429", async () => {
      const big = await call(base, await token(), "POST", "/v1/projects", {
        name: "x".repeat(4096),
        repository: "/x",
      });
      expect(big.status).toBe(413);
      // The CORS checks used two of the owner key's eight requests in the window.
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) statuses.push((await call(base, key, "GET", "/v1/users/me")).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
      const limited = await fetch(`${base}/v1/users/me`, { headers: { authorization: `Bearer ${key}` } });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    });
  });
});
