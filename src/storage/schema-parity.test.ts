import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { POSTGRES, SQLITE } from "./flavour.js";
import { migrateToLatest } from "./migrations.js";
import type { CacheTables } from "./cache-tables.js";
import type { StoreDatabase } from "./schema.js";

const PG_URL = "postgres://postgres@127.0.0.1:5432/test";
const schema = `cg_parity_${randomBytes(6).toString("hex")}`;

/**
 * The team tables; the review tables' columns (plus the review document and
 * finding order); and the caches', each of which names its organisation and
 * project.
 */
const EXPECTED: Readonly<Record<keyof StoreDatabase | keyof CacheTables, readonly string[]>> = {
  organisations: ["id", "slug", "name", "created_at"],
  users: ["id", "email", "name", "created_at"],
  memberships: ["organisation_id", "user_id", "role", "created_at"],
  api_keys: [
    "id",
    "organisation_id",
    "user_id",
    "name",
    "role",
    "prefix",
    "key_hash",
    "created_at",
    "last_used_at",
    "revoked_at",
    "scopes",
  ],
  operator_keys: ["id", "name", "prefix", "key_hash", "created_at", "last_used_at", "revoked_at"],
  dismissals: ["organisation_id", "project_id", "fingerprint", "dismissed_by", "reason", "created_at"],
  acknowledgements: ["organisation_id", "project_id", "fingerprint", "acknowledged_by", "note", "created_at"],
  review_requests: [
    "id",
    "organisation_id",
    "project_id",
    "state",
    "scope",
    "requested_by",
    "created_at",
    "updated_at",
  ],
  user_identities: ["issuer", "subject", "user_id", "created_at"],
  jobs: [
    "review_id",
    "organisation_id",
    "project_id",
    "priority",
    "request",
    "state",
    "attempts",
    "lease_owner",
    "lease_expires_at",
    "not_before",
    "last_error",
    "created_at",
    "updated_at",
    "traceparent",
    "tracestate",
  ],
  stream_tickets: [
    "ticket_hash",
    "organisation_id",
    "review_id",
    "role",
    "holder",
    "expires_at",
    "created_at",
  ],
  llm_cache: ["organisation_id", "project_key", "key", "value", "created_at"],
  llm_checkpoints: ["organisation_id", "project_key", "review_id", "step_key", "value", "created_at"],
  fix_cache: ["organisation_id", "project_key", "key", "fingerprint", "content_hash", "value", "created_at"],
  projects: [
    "id",
    "organisation_id",
    "key",
    "name",
    "repository_url",
    "provider",
    "settings",
    "created_at",
    "updated_at",
  ],
  reviews: [
    "id",
    "organisation_id",
    "project_id",
    "trigger",
    "commit_sha",
    "branch",
    "status",
    "state",
    "completeness",
    "scope_kind",
    "base_ref",
    "requested_by",
    "total_findings",
    "critical_count",
    "high_count",
    "medium_count",
    "low_count",
    "info_count",
    "new_count",
    "fixed_count",
    "score",
    "files_analysed",
    "duration_ms",
    "llm_tokens_used",
    "llm_cost_cents",
    "started_at",
    "completed_at",
    "created_at",
    "document",
  ],
  findings: [
    "id",
    "organisation_id",
    "review_id",
    "position",
    "fingerprint",
    "rule_id",
    "file_path",
    "line_start",
    "line_end",
    "column_start",
    "column_end",
    "severity",
    "category",
    "title",
    "description",
    "recommendation",
    "cwe_id",
    "cwe_ids",
    "cvss_score",
    "code_snippet",
    "suggested_fix",
    "auto_fixable",
    "confidence",
    "sources",
    "related_rules",
    "family",
    "is_new",
    "fix_applied",
    "dismissed",
    "dismissed_reason",
    "created_at",
  ],
};

async function columnsOf(db: Kysely<StoreDatabase>, only?: string): Promise<Record<string, string[]>> {
  const tables = await db.introspection.getTables();
  const ours = tables.filter((t) => t.name in EXPECTED && (only === undefined || t.schema === only));
  return Object.fromEntries(ours.map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
}

const expectedSorted = Object.fromEntries(Object.entries(EXPECTED).map(([t, cols]) => [t, [...cols].sort()]));

describe("the one migration set", () => {
  const pool = new pg.Pool({ connectionString: PG_URL, max: 2 });
  const postgres = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  const schemas: string[] = [];
  afterAll(async () => {
    for (const name of schemas) await sql`drop schema if exists ${sql.id(name)} cascade`.execute(postgres);
    await postgres.destroy();
  });

  /** A Kysely on a new, empty PostgreSQL schema (dropped after the file). */
  async function freshPostgres(suffix: string): Promise<{ db: Kysely<StoreDatabase>; name: string }> {
    const name = `${schema}_${suffix}`;
    schemas.push(name);
    await sql`create schema ${sql.id(name)}`.execute(postgres);
    const scoped = new pg.Pool({ connectionString: PG_URL, options: `-c search_path=${name}`, max: 1 });
    return { db: new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool: scoped }) }), name };
  }

  it("creates the same tables and columns on SQLite and PostgreSQL", async () => {
    const sqlite = new Kysely<StoreDatabase>({
      dialect: new SqliteDialect({ database: new Database(":memory:") }),
    });
    const { db, name } = await freshPostgres("a");
    try {
      await migrateToLatest(sqlite, SQLITE, ":memory:");
      expect(await columnsOf(sqlite)).toEqual(expectedSorted);
      await migrateToLatest(db, POSTGRES, PG_URL, { migrationTableSchema: name });
      expect(await columnsOf(db, name)).toEqual(expectedSorted);
    } finally {
      await sqlite.destroy();
      await db.destroy();
    }
  });

  it("runs again without failing or re-applying anything", async () => {
    const { db, name } = await freshPostgres("b");
    try {
      await migrateToLatest(db, POSTGRES, PG_URL, { migrationTableSchema: name });
      await migrateToLatest(db, POSTGRES, PG_URL, { migrationTableSchema: name });
      const applied = await sql<{
        name: string;
      }>`select name from ${sql.id(name, "kysely_migration")}`.execute(db);
      expect(applied.rows.map((r) => r.name)).toEqual([
        "0001_initial",
        "0002_llm",
        "0003_fix_cache",
        "0004_project_caches",
        "0005_team",
        "0006_service",
        "0007_jobs",
        "0008_findings_keys",
        "0009_stream_tickets",
        "0010_operators",
        "0011_findings_page",
        "0012_job_trace",
      ]);
    } finally {
      await db.destroy();
    }
  });
});
