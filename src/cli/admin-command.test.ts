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
