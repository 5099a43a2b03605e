import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { CodeGuardianError } from "../core/errors.js";
import { KyselyCheckpoints } from "./checkpoints.js";
import { KyselyFixCache, type FixCacheTables } from "./fix-cache.js";
import { POSTGRES, SQLITE } from "./flavour.js";
import { migrateToLatest } from "./migrations.js";

export interface LlmStoreTables extends FixCacheTables {
  llm_cache: { key: string; value: string; created_at: string };
  llm_checkpoints: { review_id: string; step_key: string; value: string; created_at: string };
}

/**
 * The LLM layer's cache (`LlmCache`: get/set by key) in the review store's
 * database. Values are the validated answers as JSON text; the reader
 * validates them again, so a damaged row is a miss, not a wrong answer.
 */
export class KyselyLlmCache {
  constructor(
    private readonly db: Kysely<LlmStoreTables>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(key: string): Promise<unknown> {
    const row = await this.db
      .selectFrom("llm_cache")
      .select("value")
      .where("key", "=", key)
      .executeTakeFirst();
    return row === undefined ? undefined : parseOrUndefined(row.value);
  }

  async set(key: string, value: unknown): Promise<void> {
    const text = JSON.stringify(value);
    await this.db
      .insertInto("llm_cache")
      .values({ key, value: text, created_at: this.now().toISOString() })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: text }))
      .execute();
  }
}

export function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface LlmStore {
  readonly cache: KyselyLlmCache;
  readonly checkpoints: KyselyCheckpoints;
  /** The scope (CodeGuardian version and ladder settings) is the caller's, hence a factory. */
  readonly fixes: (scope: string) => KyselyFixCache;
  close(): Promise<void>;
}

/**
 * Opens the caches (LLM answers, checkpoints, validated fixes) in the review
 * store's database (a SQLite file or a postgres:// URL), migrating it if needed.
 */
export async function openLlmStore(
  location: string,
  options: { readonly now?: () => Date; readonly schema?: string } = {},
): Promise<LlmStore> {
  const now = options.now ?? (() => new Date());
  const postgres = /^postgres(?:ql)?:\/\//i.test(location.trim());
  let db: Kysely<LlmStoreTables>;
  try {
    if (postgres) {
      const schema = options.schema ?? "public";
      if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
      const pool = new pg.Pool({
        connectionString: location.trim(),
        options: `-c search_path=${schema}`,
        max: 2,
      });
      pool.on("error", () => undefined);
      db = new Kysely({ dialect: new PostgresDialect({ pool }) });
      await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
      await migrateToLatest(db, POSTGRES, "the PostgreSQL review store", { migrationTableSchema: schema });
    } else {
      if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
      const raw = new Database(location, { timeout: 5000 });
      if (location !== ":memory:") raw.pragma("journal_mode = WAL");
      db = new Kysely({ dialect: new SqliteDialect({ database: raw }) });
      raw.exec("BEGIN IMMEDIATE");
      try {
        await migrateToLatest(db, SQLITE, location, { disableTransactions: true });
        raw.exec("COMMIT");
      } catch (error) {
        if (raw.inTransaction) raw.exec("ROLLBACK");
        await db.destroy();
        throw error;
      }
    }
  } catch (error) {
    if (error instanceof CodeGuardianError) throw error;
    throw new CodeGuardianError(
      "CG_STORE_FAILED",
      `Could not open the LLM cache in ${postgres ? "the PostgreSQL review store" : location}: ${error instanceof Error ? error.message : String(error)}`,
      { hint: "Run with --no-cache to review without the cache." },
    );
  }
  return {
    cache: new KyselyLlmCache(db, now),
    checkpoints: new KyselyCheckpoints(db, now),
    // The table map only types queries; the fix cache is given a view of its one table.
    fixes: (scope) => new KyselyFixCache(db as unknown as Kysely<FixCacheTables>, scope, now),
    close: () => db.destroy(),
  };
}
