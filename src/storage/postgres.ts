import { randomUUID } from "node:crypto";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { CodeGuardianError } from "../core/errors.js";
import type { ClosableReviewStore } from "../core/store.js";
import { POSTGRES } from "./flavour.js";
import { migrateToLatest } from "./migrations.js";
import type { StoreDatabase } from "./schema.js";
import { storeError } from "./store-errors.js";
import { KyselyStorePool } from "./store-pool.js";

export interface PostgresStoreOptions {
  /**
   * Schema holding the tables (created if missing). Lets several installations
   * or test runs share one database without seeing each other. Default "public".
   */
  readonly schema?: string;
  readonly maxConnections?: number;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
type TypeId = Parameters<typeof pg.types.getTypeParser>[0];
const RAW_TEXT: readonly TypeId[] = [pg.types.builtins.JSON, pg.types.builtins.JSONB];

/**
 * JSON columns stay text, as SQLite returns them, so both stores decode with
 * the same code; everything else keeps pg's default parsing.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: TypeId, format?: "text" | "binary") =>
    RAW_TEXT.includes(oid)
      ? (value: string) => value
      : (pg.types.getTypeParser(oid, format) as unknown)) as pg.CustomTypesConfig["getTypeParser"],
};

/** Opens the store on a PostgreSQL server and brings its schema up to date, once. */
export async function openPostgresPool(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<KyselyStorePool> {
  const { db, where } = await openPostgresDatabase<StoreDatabase>(url, options);
  return new KyselyStorePool({
    db,
    flavour: POSTGRES,
    where,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? randomUUID,
  });
}

/** The local organisation's reviews on a PostgreSQL server; closing it closes the connections. */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<ClosableReviewStore> {
  return (await openPostgresPool(url, options)).owningLocalStore();
}

/**
 * The store's database, connected and migrated, for anything keeping tables
 * in it: the review store and the LLM caches.
 */
export async function openPostgresDatabase<DB>(
  url: string,
  options: Pick<PostgresStoreOptions, "schema" | "maxConnections"> = {},
): Promise<{ readonly db: Kysely<DB>; readonly where: string }> {
  const schema = options.schema ?? "public";
  const where = redact(url) + (schema === "public" ? "" : ` (schema ${schema})`);
  if (!SCHEMA_NAME.test(schema)) {
    throw new CodeGuardianError(
      "CG_STORE_FAILED",
      `Invalid PostgreSQL schema name "${schema}" for ${where}.`,
      {
        hint: "Use lower-case letters, digits and underscores, starting with a letter or underscore.",
      },
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    // Unqualified table names resolve in the chosen schema, migrations included.
    options: `-c search_path=${schema}`,
    max: options.maxConnections ?? 10,
    types,
  });
  // An idle connection dropped by the server must not crash the process; the
  // next query fails with a catalogued error instead.
  pool.on("error", () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      throw storeError("connect", where, error);
    }
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db).catch(async (error: unknown) => {
      // Two openers racing on `if not exists` can still collide; fine if the schema is there.
      const found = await sql<{
        n: number;
      }>`select 1 as n from pg_namespace where nspname = ${schema}`.execute(db);
      if (found.rows.length === 0) throw storeError("create the schema", where, error);
    });
    await migrateToLatest(db, POSTGRES, where, { migrationTableSchema: schema });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, where };
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable PostgreSQL URL>";
  }
}
