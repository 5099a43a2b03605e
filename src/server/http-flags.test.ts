import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import { checkJwksFile } from "./auth/jwt.js";
import { httpSettingsOf, type HttpFlags } from "./http-flags.js";
import { DEFAULT_LIMITS } from "./server-deps.js";

/**
 * `serve`'s HTTP flags as the service's settings (docs/server.md, "Running"),
 * and the JWKS file checked at start-up: what is accepted, and every way of
 * getting it wrong, refused with a message naming the flag or the file.
 */
const DEFAULTS: HttpFlags = {
  corsOrigin: [],
  bodyLimit: DEFAULT_LIMITS.bodyBytes,
  rateLimit: DEFAULT_LIMITS.requestsPerWindow,
  organisationRateLimit: DEFAULT_LIMITS.organisationRequestsPerWindow,
  rateWindow: DEFAULT_LIMITS.windowMs / 1000,
};
const JWT = { jwtIssuer: "https://id.acme.test", jwtAudience: "codeguardian" };

describe("httpSettingsOf", () => {
  it("keeps the service's defaults: no JWT, CORS closed, the default limits", () => {
    expect(httpSettingsOf(DEFAULTS, "/srv")).toEqual({ corsOrigins: [], limits: DEFAULT_LIMITS });
  });

  it("reads a JWKS file relative to the working directory, a URL as a URL, and origins as browsers send them", () => {
    expect(httpSettingsOf({ ...DEFAULTS, ...JWT, jwks: "keys/jwks.json" }, "/srv").jwt).toEqual({
      issuer: "https://id.acme.test",
      audience: "codeguardian",
      jwksFile: "/srv/keys/jwks.json",
    });
    expect(
      httpSettingsOf({ ...DEFAULTS, ...JWT, jwks: "https://id.acme.test/jwks" }, "/srv").jwt,
    ).toMatchObject({
      jwksUrl: "https://id.acme.test/jwks",
    });
    expect(
      httpSettingsOf({ ...DEFAULTS, ...JWT, jwks: "http://127.0.0.1:9000/jwks" }, "/srv").jwt,
    ).toMatchObject({
      jwksUrl: "http://127.0.0.1:9000/jwks",
    });
    const settings = httpSettingsOf(
      {
        ...DEFAULTS,
        corsOrigin: ["https://Console.Acme.test/", "http://localhost:5173"],
        bodyLimit: 4096,
        rateLimit: 10,
        organisationRateLimit: 50,
        rateWindow: 30,
        streamPoll: 2,
      },
      "/srv",
    );
    expect(settings).toEqual({
      corsOrigins: ["https://console.acme.test", "http://localhost:5173"],
      limits: { bodyBytes: 4096, requestsPerWindow: 10, organisationRequestsPerWindow: 50, windowMs: 30_000 },
      streamPollMs: 2000,
    });
  });

  it.each([
    [{ jwtIssuer: "https://id" }, "--jwt-audience and --jwks are missing"],
    [{ jwtIssuer: "https://id", jwtAudience: "a" }, "--jwks is missing"],
    [{ jwtAudience: "a", jwks: "k.json" }, "--jwt-issuer is missing"],
    [{ ...JWT, jwks: " " }, "--jwks is missing"],
    [{ ...JWT, jwks: "http://id.acme.test/jwks" }, "must be an https:// URL"],
    [{ ...JWT, jwks: "ftp://id.acme.test/jwks" }, "must be an https:// URL"],
    [{ corsOrigin: ["https://console.acme.test/app"] }, "--cors-origin must be an origin"],
    [{ corsOrigin: ["*"] }, "--cors-origin must be an origin"],
    [{ corsOrigin: ["https://user:pw@console.acme.test"] }, "--cors-origin must be an origin"],
    [{ corsOrigin: ["file:///etc"] }, "--cors-origin must be an origin"],
  ])("refuses %j as a usage error", (flags, message) => {
    expect(() => httpSettingsOf({ ...DEFAULTS, ...flags }, "/srv")).toThrow(
      expect.objectContaining({ code: "CG_USAGE", message: expect.stringContaining(message) as string }),
    );
  });
});

describe("checkJwksFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "cg-jwks-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it("accepts a key set of public RS256 keys", async () => {
    const { publicKey } = await generateKeyPair("RS256", { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: "k" };
    await expect(checkJwksFile(file("good.json", JSON.stringify({ keys: [jwk] })))).resolves.toBeUndefined();
  });

  it("refuses a private key, which belongs with the identity provider only", async () => {
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const path = file(
      "private.json",
      JSON.stringify({ keys: [{ ...(await exportJWK(privateKey)), kid: "k" }] }),
    );
    await expect(checkJwksFile(path)).rejects.toMatchObject({
      code: "CG_CONFIG_INVALID",
      message: `The JWKS file ${path} holds a private key (a "d" member); publish only the public halves.`,
    });
  });

  it.each([
    ["absent.json", undefined, "cannot be read (ENOENT)"],
    ["cut.json", '{"keys": [', "is not JSON"],
    ["list.json", "[]", "is not a key set"],
    ["strings.json", '{"keys": ["k"]}', "is not a key set"],
    ["empty.json", '{"keys": []}', "holds no RSA key for RS256"],
    [
      "ec.json",
      '{"keys": [{"kty": "EC", "crv": "P-256", "x": "AQ", "y": "AQ"}]}',
      "holds no RSA key for RS256",
    ],
    ["rs512.json", '{"keys": [{"kty": "RSA", "alg": "RS512", "n": "AQ", "e": "AQAB"}]}', "holds no RSA key"],
    [
      "broken.json",
      '{"keys": [{"kty": "RSA", "kid": "k1", "n": "AQ"}]}',
      "has an RSA key that cannot be used (k1)",
    ],
  ])("refuses %s: %s", async (name, content, message) => {
    const path = content === undefined ? join(dir, name) : file(name, content);
    await expect(checkJwksFile(path)).rejects.toMatchObject({
      code: "CG_CONFIG_INVALID",
      message: expect.stringContaining(`The JWKS file ${path} ${message}`) as string,
    });
  });
});
