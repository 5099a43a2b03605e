import type { Kysely, Transaction } from "kysely";
import { CodeGuardianError } from "../core/errors.js";
import { ApiKeyGrantCache } from "./api-key-cache.js";
import type { Flavour } from "./flavour.js";
import type { StoreDatabase } from "./schema.js";
import { storeError } from "./store-errors.js";

export interface StoreContextOptions {
  readonly db: Kysely<StoreDatabase>;
  readonly flavour: Flavour;
  /** Where the data lives, for error messages: a file path or a redacted URL. */
  readonly where: string;
  readonly now: () => Date;
  readonly newId: () => string;
  /**
   * Runs one write transaction at a time where the database needs it (SQLite
   * handles in one process would otherwise wait on each other's locks).
   */
  readonly serialiseWrites?: <T>(run: () => Promise<T>) => Promise<T>;
  /** Refuse writes: the store was opened only to read history. */
  readonly readOnly?: boolean;
}

/**
 * What every handle on one opened database shares: the connection, the
 * clock, the write discipline, and whether the pool has been closed. Every
 * operation goes through {@link guard}, so a database failure is a catalogued
 * store error and a closed pool refuses work.
 */
export class StoreContext {
  private closed = false;
  /** Recently found API keys' grants, shared by every handle so any of them can invalidate it. */
  readonly apiKeyGrants = new ApiKeyGrantCache();

  constructor(readonly options: StoreContextOptions) {}

  get db(): Kysely<StoreDatabase> {
    return this.options.db;
  }

  get flavour(): Flavour {
    return this.options.flavour;
  }

  get where(): string {
    return this.options.where;
  }

  nowMs(): number {
    return this.options.now().getTime();
  }

  nowIso(): string {
    return this.options.now().toISOString();
  }

  newId(): string {
    return this.options.newId();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.options.db.destroy();
  }

  async guard<T>(action: string, run: () => Promise<T>): Promise<T> {
    if (this.closed) {
      throw new CodeGuardianError(
        "CG_STORE_FAILED",
        `Could not ${action}: the review store at ${this.options.where} is closed.`,
      );
    }
    try {
      return await run();
    } catch (error) {
      // Our own refusals (not found, conflicts) pass through storeError unchanged.
      throw storeError(action, this.options.where, error);
    }
  }

  /** Refuses a write on a store opened only to read history. */
  assertWritable(action: string): void {
    if (this.options.readOnly) {
      throw new CodeGuardianError(
        "CG_STORE_FAILED",
        `Could not ${action}: the review store at ${this.options.where} was opened read-only.`,
      );
    }
  }

  /** One write transaction, serialised where needed; refused on a read-only store. */
  async write<T>(action: string, run: (trx: Transaction<StoreDatabase>) => Promise<T>): Promise<T> {
    this.assertWritable(action);
    const serialise = this.options.serialiseWrites ?? ((go) => go());
    return this.guard(action, () => serialise(() => this.options.db.transaction().execute(run)));
  }

  /**
   * A write that changes what an API key grants (a key revoked, a member's
   * role changed or removed): once it has committed, or failed, no grant read
   * before it is reused.
   */
  async writeCredentials<T>(
    action: string,
    run: (trx: Transaction<StoreDatabase>) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.write(action, run);
    } finally {
      this.apiKeyGrants.changed();
    }
  }

  /**
   * Reads that take several queries run in one snapshot, so a concurrent
   * re-save cannot pair an old review row with new findings. (SQLite's
   * transactions are snapshots already and ignore the level.)
   */
  async read<T>(action: string, run: (trx: Transaction<StoreDatabase>) => Promise<T>): Promise<T> {
    return this.guard(action, () =>
      this.options.db.transaction().setIsolationLevel("repeatable read").execute(run),
    );
  }
}
