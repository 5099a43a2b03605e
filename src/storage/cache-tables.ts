import type { Kysely } from "kysely";

/**
 * The caches' tables in the review store's database (migrations 0004 and
 * 0005): every row carries the organisation and the project identity it was
 * written for (docs/storage.md).
 */
export interface CacheTables {
  llm_cache: { organisation_id: string; project_key: string; key: string; value: string; created_at: string };
  llm_checkpoints: {
    organisation_id: string;
    project_key: string;
    review_id: string;
    step_key: string;
    value: string;
    created_at: string;
  };
  fix_cache: {
    organisation_id: string;
    project_key: string;
    key: string;
    fingerprint: string;
    content_hash: string;
    value: string;
    created_at: string;
  };
}

/** What every cache is built on: one shared handle, its clock, and its write discipline. */
export interface CacheDatabase {
  readonly db: Kysely<CacheTables>;
  /** The organisation every read is limited to and every write is recorded under. */
  readonly organisation: string;
  /** The project identity every read is limited to and every write is recorded under. */
  readonly project: string;
  readonly now: () => Date;
  /** The review store's per-file write lock, so this handle never waits on its sibling's transaction. */
  readonly serialiseWrites: <T>(run: () => Promise<T>) => Promise<T>;
}

/** Cached values are JSON text; text that is not JSON reads as a miss, not an error. */
export function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
