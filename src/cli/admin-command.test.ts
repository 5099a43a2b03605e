import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../../test/support/cli-harness.js";
import { openStorePool } from "../storage/open-store.js";

/**
 * `codeguardian admin create-org` on a real SQLite file: the key it prints
 * works, it is printed once and stored only as a hash, and the default store
 * is the server's own file, not the CLI's history.
 */
describe("codeguardian admin create-org", () => {
  const cwd = mkdtempSync(join(tmpdir(), "cg-admin-"));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it("creates the organisation and its owner on the server's store and prints an owner key once", async () => {
    const result = await cli(["admin", "create-org", "Acme Corp.", "--owner-email", "Ana@Acme.test"], cwd);
    expect(result.code, result.stderr).toBe(0);
    const key = result.stdout.trim();
    expect(key).toMatch(/^cg_[A-Za-z0-9_-]{43}$/);
    expect(result.stderr).toContain("acme-corp");
    expect(result.stderr).not.toContain(key);
    // The setup file points XDG_DATA_HOME at a fresh directory for this test file.
    const dataDir = join(process.env.XDG_DATA_HOME ?? "", "codeguardian");
    expect(existsSync(join(dataDir, "server.db"))).toBe(true);
    expect(existsSync(join(dataDir, "history.db"))).toBe(false);

    const pool = await openStorePool(join(dataDir, "server.db"));
    try {
      const grant = await pool.team.findApiKey(key);
      expect(grant).toMatchObject({ role: "owner", organisation: { slug: "acme-corp", name: "Acme Corp." } });
      const user = await pool.team.userByEmail("ana@acme.test");
      expect(grant?.key.userId).toBe(user?.id);
      const raw = await pool.database.selectFrom("api_keys").select("key_hash").execute();
      expect(JSON.stringify(raw)).not.toContain(key);
    } finally {
      await pool.close();
    }
  });

  it("refuses a second organisation with the same slug, and a name with no usable slug", async () => {
    const db = join(cwd, "server.db");
    expect(
      (await cli(["admin", "create-org", "Beta", "--owner-email", "b@beta.test", "--db", db], cwd)).code,
    ).toBe(0);
    const again = await cli(["admin", "create-org", "Beta", "--owner-email", "c@beta.test", "--db", db], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect(again.stdout).toBe("");
    const noSlug = await cli(["admin", "create-org", "???", "--owner-email", "d@x.test", "--db", db], cwd);
    expect(noSlug.code).toBe(2);
    expect(noSlug.stderr).toContain("--slug");
  });
});

/**
 * `codeguardian admin link-identity`: the JWT of the operator's identity
 * provider then names that user (the authentication looks it up by issuer
 * and subject); an unknown e-mail and an identity bound to someone else are
 * refused, never moved.
 */
describe("codeguardian admin link-identity", () => {
  const cwd = mkdtempSync(join(tmpdir(), "cg-admin-link-"));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  const db = join(cwd, "server.db");
  const iss = "https://idp.example.test/";

  it("binds an issuer and subject to an existing user, once", async () => {
    for (const [org, email] of [
      ["Gamma", "g@gamma.test"],
      ["Delta", "d@delta.test"],
    ] as const) {
      expect((await cli(["admin", "create-org", org, "--owner-email", email, "--db", db], cwd)).code).toBe(0);
    }
    const link = [
      "admin",
      "link-identity",
      "g@gamma.test",
      "--issuer",
      iss,
      "--subject",
      "auth0|g",
      "--db",
      db,
    ];
    const linked = await cli(link, cwd);
    expect(linked.code, linked.stderr).toBe(0);
    // Linking the same pair again is a no-op, not an error.
    expect((await cli(link, cwd)).code).toBe(0);

    const taken = await cli(
      ["admin", "link-identity", "d@delta.test", "--issuer", iss, "--subject", "auth0|g", "--db", db],
      cwd,
    );
    expect(taken.code).not.toBe(0);
    expect(taken.stderr).toContain("bound to another user");

    const nobody = await cli(
      ["admin", "link-identity", "x@nowhere.test", "--issuer", iss, "--subject", "auth0|x", "--db", db],
      cwd,
    );
    expect(nobody.code).not.toBe(0);
    expect(nobody.stderr).toContain("x@nowhere.test");

    const pool = await openStorePool(db);
    try {
      const user = await pool.service.userByIdentity(iss, "auth0|g");
      expect(user?.email).toBe("g@gamma.test");
      expect(await pool.service.userByIdentity(iss, "auth0|x")).toBeUndefined();
    } finally {
      await pool.close();
    }
  });
});
