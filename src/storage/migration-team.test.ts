import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { LOCAL_ORGANISATION } from "../core/team.js";
import { SQLITE } from "./flavour.js";
import { migrateToLatest, migrateUpTo } from "./migrations.js";
import { openSqlitePool } from "./sqlite.js";

const dir = mkdtempSync(join(tmpdir(), "codeguardian-0005-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store as 0004 left it: one project with one review row (enough to be cascaded away). */
async function storeAt0004(file: string): Promise<void> {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(file) }) });
  try {
    await migrateUpTo(db, SQLITE, "0004_project_caches");
    const t = "2026-09-01T00:00:00.000Z";
    await sql`insert into projects values ('p1', '/srv/app', 'app', '/srv/app', 'local', '{}', ${t}, ${t})`.execute(
      db,
    );
    await sql`insert into reviews (id, project_id, trigger, status, score, duration_ms, started_at, completed_at,
      created_at, document) values ('r1', 'p1', 'manual', 'completed', 100, 5, ${t}, ${t}, ${t}, '{}')`.execute(
      db,
    );
  } finally {
    await db.destroy();
  }
}

describe("migration 0005 on SQLite", () => {
  it("refuses to rebuild projects with foreign keys on, which would delete their reviews", async () => {
    const file = join(dir, "fk-on.sqlite");
    await storeAt0004(file);
    const raw = new Database(file);
    raw.pragma("foreign_keys = ON");
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    try {
      await expect(migrateToLatest(db, SQLITE, file)).rejects.toMatchObject({
        code: "CG_STORE_FAILED",
        message: expect.stringContaining("foreign keys off") as unknown,
      });
      const left = await sql<{ n: number }>`select count(*) as n from reviews`.execute(db);
      expect(left.rows).toEqual([{ n: 1 }]);
    } finally {
      await db.destroy();
    }
  });

  it("keeps every review when the store opens it, and turns foreign keys back on", async () => {
    const file = join(dir, "open.sqlite");
    await storeAt0004(file);
    const pool = await openSqlitePool(file);
    try {
      const rows = await sql<{ id: string; organisation_id: string }>`select r.id, p.organisation_id
        from reviews r join projects p on p.id = r.project_id`.execute(pool.database);
      expect(rows.rows).toEqual([{ id: "r1", organisation_id: LOCAL_ORGANISATION }]);
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(pool.database);
      expect(fk.rows).toEqual([{ foreign_keys: 1 }]);
    } finally {
      await pool.close();
    }
  });
});
