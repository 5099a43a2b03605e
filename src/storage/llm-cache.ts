import { LOCAL_ORGANISATION } from "../core/team.js";
import { parseOrUndefined, type CacheDatabase, type CacheTables } from "./cache-tables.js";
import { KyselyCheckpoints } from "./checkpoints.js";
import { KyselyFixCache } from "./fix-cache.js";
import { openStoreDatabase } from "./open-store.js";

/**
 * The LLM layer's cache (`LlmCache`: get/set by key) in the review store's
 * database. Values are the validated answers as JSON text; the reader
 * validates them again, so a damaged row is a miss, not a wrong answer.
 */
export class KyselyLlmCache {
  constructor(private readonly store: CacheDatabase) {}

  async get(key: string): Promise<unknown> {
    const row = await this.store.db
      .selectFrom("llm_cache")
      .select("value")
      .where("organisation_id", "=", this.store.organisation)
      .where("project_key", "=", this.store.project)
      .where("key", "=", key)
      .executeTakeFirst();
    return row === undefined ? undefined : parseOrUndefined(row.value);
  }

  async set(key: string, value: unknown): Promise<void> {
    const text = JSON.stringify(value);
    await this.store.serialiseWrites(() =>
      this.store.db
        .insertInto("llm_cache")
        .values({
          organisation_id: this.store.organisation,
          project_key: this.store.project,
          key,
          value: text,
          created_at: this.store.now().toISOString(),
        })
        .onConflict((oc) =>
          oc.columns(["organisation_id", "project_key", "key"]).doUpdateSet({ value: text }),
        )
        .execute(),
    );
  }
}

/** One project's caches in one organisation. */
export interface ProjectCaches {
  readonly cache: KyselyLlmCache;
  readonly checkpoints: KyselyCheckpoints;
  /** The scope (CodeGuardian version and ladder settings) is the caller's, hence a factory. */
  readonly fixes: (scope: string) => KyselyFixCache;
}

export function projectCaches(store: CacheDatabase): ProjectCaches {
  return {
    cache: new KyselyLlmCache(store),
    checkpoints: new KyselyCheckpoints(store),
    fixes: (scope) => new KyselyFixCache(store, scope),
  };
}

export interface LlmStore extends ProjectCaches {
  close(): Promise<void>;
}

/**
 * Opens the caches (LLM answers, checkpoints, validated fixes) of one project
 * (its identity, docs/storage.md) in the review store's database (a SQLite
 * file or a postgres:// URL), migrating it if needed. The organisation is
 * the CLI's implicit one unless named; a long-lived process takes the caches
 * from its StorePool instead (KyselyStorePool.caches).
 */
export async function openLlmStore(
  location: string,
  options: {
    readonly project: string;
    readonly organisation?: string;
    readonly now?: () => Date;
    readonly schema?: string;
  },
): Promise<LlmStore> {
  const { db, serialiseWrites } = await openStoreDatabase<CacheTables>(location, {
    // A few small statements at a time: the review store keeps the larger pool.
    maxConnections: 2,
    ...(options.schema === undefined ? {} : { schema: options.schema }),
  });
  const store: CacheDatabase = {
    db,
    organisation: options.organisation ?? LOCAL_ORGANISATION,
    project: options.project,
    now: options.now ?? (() => new Date()),
    serialiseWrites,
  };
  return { ...projectCaches(store), close: () => db.destroy() };
}
