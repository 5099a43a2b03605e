import { mkdtempSync, rmSync } from "node:fs";
import { readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JwksFile, verifyJwt, type JwtSettings } from "./auth/jwt.js";

/**
 * The JWKS file on a real disk: rotated, half-written, deleted. Keys loaded
 * once stay in use while the file is broken (with one warning per broken
 * version); a file that never held keys is the server's 503, not a 500.
 */
describe("JWKS file", () => {
  const dir = mkdtempSync(join(tmpdir(), "cg-jwks-"));
  const path = join(dir, "jwks.json");
  const settings: JwtSettings = { issuer: "https://id.test", audience: "cg", jwksFile: path };
  let privateKey: CryptoKey;
  let goodText: string;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256", { extractable: true });
    privateKey = pair.privateKey;
    goodText = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256" }] });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const token = () => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iss: settings.issuer, aud: settings.audience, sub: "u1", iat: now, exp: now + 300 })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .sign(privateKey);
  };
  /** A new mtime for each write, so the file's stamp changes even within one clock tick. */
  let tick = 1_700_000_000;
  const write = async (text: string) => {
    await writeFile(path, text);
    tick += 10;
    await utimes(path, tick, tick);
  };

  it("refuses with CG_AUTH_UNAVAILABLE while the file has never held keys", async () => {
    await write("{ not json");
    const source = new JwksFile(path);
    await expect(verifyJwt(await token(), settings, source)).rejects.toMatchObject({
      code: "CG_AUTH_UNAVAILABLE",
      message: expect.stringContaining("is not a valid key set") as unknown,
    });
  });

  it("keeps the last good keys while the file is broken or gone, warning once per broken version", async () => {
    await write(goodText);
    const source = new JwksFile(path);
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    expect(await verifyJwt(await token(), settings, source, warn)).toEqual({
      issuer: settings.issuer,
      subject: "u1",
    });

    await write(goodText.slice(0, 40)); // a rotation caught half-written
    for (let i = 0; i < 3; i += 1) {
      expect((await verifyJwt(await token(), settings, source, warn)).subject).toBe("u1");
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/is not a valid key set; the keys it held before stay in use/);

    await rm(path);
    expect((await verifyJwt(await token(), settings, source, warn)).subject).toBe("u1");
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/cannot be read \(ENOENT\)/);

    await write(goodText);
    expect((await verifyJwt(await token(), settings, source, warn)).subject).toBe("u1");
    expect(await readFile(path, "utf8")).toBe(goodText);
    expect(warnings).toHaveLength(2);
  });

  it("follows a valid rotation that removes every key: tokens are then refused with 401's code", async () => {
    await write(goodText);
    const source = new JwksFile(path);
    expect((await verifyJwt(await token(), settings, source)).subject).toBe("u1");
    await write(JSON.stringify({ keys: [] }));
    await expect(verifyJwt(await token(), settings, source)).rejects.toMatchObject({
      code: "CG_AUTH_REQUIRED",
    });
  });
});
