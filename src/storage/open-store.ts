import type { ReviewStore } from "../core/store.js";
import { openPostgresStore, type PostgresStoreOptions } from "./postgres.js";
import { openSqliteStore, type SqliteStoreOptions } from "./sqlite.js";

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

export type StoreKind = "sqlite" | "postgres";

/** Which store a location names: a `postgres://` or `postgresql://` URL, otherwise a SQLite file path. */
export function storeKindOf(location: string): StoreKind {
  return POSTGRES_URL.test(location.trim()) ? "postgres" : "sqlite";
}

/**
 * Opens the review store a configuration names, so callers need not know
 * which database is behind it.
 */
export function openReviewStore(
  location: string,
  options: SqliteStoreOptions & PostgresStoreOptions = {},
): Promise<ReviewStore> {
  return storeKindOf(location) === "postgres"
    ? openPostgresStore(location.trim(), options)
    : openSqliteStore(location, options);
}
