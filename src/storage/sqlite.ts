import { randomUUID } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { CodeGuardianError, isCodeGuardianError } from "../core/errors.js";
import type { ClosableReviewStore } from "../core/store.js";
import { SQLITE } from "./flavour.js";
import { assertSchemaCurrent, migrateToLatest } from "./migrations.js";
import { withPathLock } from "./path-lock.js";
import type { StoreDatabase } from "./schema.js";
import { KyselyStorePool } from "./store-pool.js";
import { classifyStoreFailure, errorCode, failureWords, hintFor } from "./store-errors.js";

export const IN_MEMORY = ":memory:";

export interface SqliteStoreOptions {
  /** How long to wait for another process holding the database, in ms. */
  readonly busyTimeoutMs?: number;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /**
   * Reads an existing store without changing it: no file or folder is
   * created, no migration runs, and saving is refused.
   */
  readonly readOnly?: boolean;
}

/** A SQLite database opened, brought up to date, and ready for Kysely. */
export interface OpenedSqlite<DB> {
  readonly db: Kysely<DB>;
  /** The resolved path (or `":memory:"`), for messages. */
  readonly where: string;
  /** Runs one write transaction at a time among this process's handles on the file. */
  readonly serialiseWrites: <T>(run: () => Promise<T>) => Promise<T>;
}

/**
 * Opens (creating if needed) the embedded store: one SQLite file in WAL
 * mode, so a review can be saved while reports read, migrated once here.
 * `":memory:"` gives a private, throw-away store.
 */
export async function openSqlitePool(
  path: string,
  options: SqliteStoreOptions = {},
): Promise<KyselyStorePool> {
  const { db, where, serialiseWrites } = await openSqliteDatabase<StoreDatabase>(path, options);
  return new KyselyStorePool({
    db,
    flavour: SQLITE,
    where,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? randomUUID,
    serialiseWrites,
    readOnly: options.readOnly ?? false,
  });
}

/** The CLI's store: the local organisation's reviews in a SQLite file; closing it closes the file. */
export async function openSqliteStore(
  path: string,
  options: SqliteStoreOptions = {},
): Promise<ClosableReviewStore> {
  return (await openSqlitePool(path, options)).owningLocalStore();
}

/**
 * The store's database file, opened and migrated (or, read-only, checked),
 * for anything keeping tables in it: the review store and the LLM caches.
 */
export async function openSqliteDatabase<DB>(
  path: string,
  options: Pick<SqliteStoreOptions, "busyTimeoutMs" | "readOnly"> = {},
): Promise<OpenedSqlite<DB>> {
  const inMemory = path === IN_MEMORY;
  const where = inMemory ? IN_MEMORY : resolve(path);
  const readOnly = options.readOnly ?? false;
  if (readOnly && inMemory) {
    throw new CodeGuardianError("CG_STORE_FAILED", "An in-memory review store cannot be opened read-only.");
  }
  const { raw, snapshot } = openFile(where, { inMemory, readOnly, timeout: options.busyTimeoutMs ?? 5000 });
  // Each in-memory database is private, so only files need the shared lock.
  const lockKey = inMemory ? `${IN_MEMORY}:${randomUUID()}` : canonicalPath(where);
  const serialiseWrites = <T>(run: () => Promise<T>): Promise<T> => withPathLock(lockKey, run);
  const statements = new StatementCache(raw);
  const database = {
    // SQLite rolls a transaction back by itself when a write fails on a full
    // disk or an I/O error; Kysely's own ROLLBACK would then fail with "no
    // transaction is active" and hide the real cause (disk full), so it is skipped.
    prepare: (text: string) =>
      /^\s*rollback\s*$/i.test(text) && !raw.inTransaction
        ? statements.get("SELECT 1 WHERE 0")
        : statements.get(text),
    close: () => {
      raw.close();
      if (snapshot !== undefined) rmSync(snapshot, { recursive: true, force: true });
    },
  };
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database }) });
  try {
    if (readOnly) await assertSchemaCurrent(db, SQLITE, where);
    else await serialiseWrites(() => prepare(raw, db, where));
  } catch (error) {
    await db.destroy();
    throw asOpenError(where, error);
  }
  return { db, where, serialiseWrites };
}

/** The same file reached through a symlink must share one lock. */
function canonicalPath(where: string): string {
  try {
    return realpathSync(where);
  } catch {
    return where;
  }
}

function openFile(
  where: string,
  mode: { readonly inMemory: boolean; readonly readOnly: boolean; readonly timeout: number },
): { readonly raw: Database.Database; readonly snapshot?: string } {
  try {
    if (!mode.inMemory) {
      if (!mode.readOnly) mkdirSync(dirname(where), { recursive: true });
      const stat = statSync(where, { throwIfNoEntry: false });
      if (stat?.isDirectory()) throw new Error("it is a directory, not a file");
      if (stat !== undefined && !stat.isFile()) throw new Error("it is not a regular file");
    }
    if (mode.readOnly) return openReadOnly(where, mode.timeout);
    return { raw: new Database(where, { timeout: mode.timeout }) };
  } catch (error) {
    throw asOpenError(where, error);
  }
}

/**
 * A WAL database needs its `-shm` file even to be read; in a folder the user
 * may not write, SQLite cannot create it. History is then read from a private
 * copy (the file and its `-wal`), which is just as read-only for the original.
 */
function openReadOnly(
  where: string,
  timeout: number,
): { readonly raw: Database.Database; readonly snapshot?: string } {
  const direct = new Database(where, { readonly: true, fileMustExist: true, timeout });
  try {
    direct.prepare("SELECT count(*) FROM sqlite_master").get();
    return { raw: direct };
  } catch (error) {
    direct.close();
    const code = errorCode(error);
    if (!/^SQLITE_(READONLY|CANTOPEN|IOERR)/.test(code)) throw error;
  }
  const snapshot = mkdtempSync(join(tmpdir(), "codeguardian-readonly-"));
  try {
    const copy = join(snapshot, basename(where));
    copyFileSync(where, copy);
    if (existsSync(`${where}-wal`)) copyFileSync(`${where}-wal`, `${copy}-wal`);
    return { raw: new Database(copy, { readonly: true, fileMustExist: true, timeout }), snapshot };
  } catch (error) {
    rmSync(snapshot, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Prepared statements kept by their SQL text. Kysely prepares every query
 * afresh, and compiling SQL against this schema costs more than running the
 * server's point queries (docs/benchmarks.md, "bench:server"). Kysely runs one
 * statement at a time on the connection and never streams here, so a cached
 * statement is never busy when it is asked for again; SQLite re-prepares one
 * itself if a migration changed the schema under it.
 */
class StatementCache {
  private readonly cached = new Map<string, Database.Statement>();

  constructor(
    private readonly raw: Database.Database,
    private readonly capacity = 500,
  ) {}

  get(text: string): Database.Statement {
    const hit = this.cached.get(text);
    if (hit !== undefined) {
      // Most recently used last, so the oldest is dropped first.
      this.cached.delete(text);
      this.cached.set(text, hit);
      return hit;
    }
    const statement = this.raw.prepare(text);
    this.cached.set(text, statement);
    if (this.cached.size > this.capacity) {
      const oldest = this.cached.keys().next().value;
      if (oldest !== undefined) this.cached.delete(oldest);
    }
    return statement;
  }
}

async function prepare<DB>(raw: Database.Database, db: Kysely<DB>, where: string): Promise<void> {
  // WAL lets readers work while a review is saved; NORMAL sync is durable enough with WAL.
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  // Off while migrating: rebuilding a referenced table (0005 rebuilds projects)
  // would otherwise cascade into its children. Checked before commit instead.
  raw.pragma("foreign_keys = OFF");
  // IMMEDIATE takes the write lock up front, so two processes migrating the
  // same new file queue on the busy timeout instead of failing on a lock upgrade.
  raw.exec("BEGIN IMMEDIATE");
  try {
    await migrateToLatest(db, SQLITE, where, { disableTransactions: true });
    const broken = raw.prepare("PRAGMA foreign_key_check").all();
    if (broken.length > 0) {
      throw new Error(`the migration left ${broken.length} rows whose parent row is missing`);
    }
    raw.exec("COMMIT");
  } catch (error) {
    if (raw.inTransaction) raw.exec("ROLLBACK");
    throw error;
  } finally {
    raw.pragma("foreign_keys = ON");
  }
}

function asOpenError(where: string, error: unknown): CodeGuardianError {
  if (isCodeGuardianError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const failure = classifyStoreFailure(error);
  const what = failure === "CG_STORE_NOT_A_FILE" ? "" : failureWords(failure);
  const message =
    failure === "CG_STORE_DAMAGED"
      ? `The review store ${where} is not a readable SQLite database (${detail}).`
      : `Could not open the review store ${where}: ${what === "" ? detail : `${what} (${detail})`}`;
  return new CodeGuardianError(failure, message, {
    hint:
      failure === "CG_STORE_FAILED"
        ? "Check that the path's folder exists or can be created, and that it is writable."
        : hintFor(detail),
    cause: error,
  });
}
