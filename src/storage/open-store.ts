import { statSync } from "node:fs";
import type { Kysely } from "kysely";
import type { ClosableReviewStore } from "../core/store.js";
import type { PostgresStoreOptions } from "./postgres.js";
import type { SqliteStoreOptions } from "./sqlite.js";
import type { KyselyStorePool } from "./store-pool.js";

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

export type StoreKind = "sqlite" | "postgres";

/** Which store a location names: a `postgres://` or `postgresql://` URL, otherwise a SQLite file path. */
export function storeKindOf(location: string): StoreKind {
  return POSTGRES_URL.test(location.trim()) ? "postgres" : "sqlite";
}

/**
 * A SQLite location whose file does not exist yet: a read-only command then
 * has nothing to show, and opening it would create the file. A PostgreSQL
 * URL always names a store that exists or fails to connect.
 */
export function sqliteFileAbsent(location: string): boolean {
  return storeKindOf(location) === "sqlite" && statSync(location, { throwIfNoEntry: false }) === undefined;
}

/**
 * Opens and migrates the store a configuration names, once per process, so
 * callers need not know which database is behind it. Every review, the team
 * tables and the caches then share it until it is closed. Each database's
 * driver (and the query builder) loads on first use: a `--no-store` run
 * never pays for them.
 */
export async function openStorePool(
  location: string,
  options: SqliteStoreOptions & PostgresStoreOptions = {},
): Promise<KyselyStorePool> {
  return storeKindOf(location) === "postgres"
    ? (await import("./postgres.js")).openPostgresPool(location.trim(), options)
    : (await import("./sqlite.js")).openSqlitePool(location, options);
}

/** The CLI's store: {@link openStorePool} bound to the local organisation; closing it closes the pool. */
export async function openReviewStore(
  location: string,
  options: SqliteStoreOptions & PostgresStoreOptions = {},
): Promise<ClosableReviewStore> {
  return (await openStorePool(location, options)).owningLocalStore();
}

/** The review store's database, opened and migrated by the same code whichever part keeps tables in it. */
export interface OpenedDatabase<DB> {
  readonly db: Kysely<DB>;
  /** A file path or a redacted URL, for messages. */
  readonly where: string;
  /** Runs one write at a time where the database needs it (SQLite handles in one process). */
  readonly serialiseWrites: <T>(run: () => Promise<T>) => Promise<T>;
}

/** Opens the database a location names, as {@link openReviewStore} does, without the review store on top. */
export async function openStoreDatabase<DB>(
  location: string,
  options: Pick<SqliteStoreOptions, "busyTimeoutMs"> &
    Pick<PostgresStoreOptions, "schema" | "maxConnections"> = {},
): Promise<OpenedDatabase<DB>> {
  if (storeKindOf(location) === "postgres") {
    const { openPostgresDatabase } = await import("./postgres.js");
    const opened = await openPostgresDatabase<DB>(location.trim(), options);
    // PostgreSQL waits on its own locks without blocking this process.
    return { ...opened, serialiseWrites: (run) => run() };
  }
  const { openSqliteDatabase } = await import("./sqlite.js");
  return openSqliteDatabase<DB>(location, options);
}
