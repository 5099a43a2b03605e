import { z } from "zod";
import type { CachedFix, Edit, Fix, FixCache, FixCacheKey, FixValidation } from "../core/fix.js";
import { sha256Hex } from "../core/hash.js";
import type { Position, Range } from "../core/location.js";
import { parseOrUndefined, type CacheDatabase } from "./cache-tables.js";

// Each `satisfies` fails to compile when the core type gains or loses a field the schema does not mirror.
const position = z.object({
  line: z.number(),
  column: z.number(),
} satisfies Record<keyof Position, z.ZodType>);
const range = z.object({ start: position, end: position } satisfies Record<keyof Range, z.ZodType>);
const edit = z.object({ range, text: z.string() } satisfies Record<keyof Edit, z.ZodType>);
const fix = z.object({
  description: z.string(),
  applicability: z.enum(["safe", "suggested"]),
  edits: z.array(edit),
} satisfies Record<keyof Fix, z.ZodType>);
const validation = z.object({
  status: z.enum(["proven", "model-checked", "rejected"]),
  applies: z.boolean(),
  parses: z.boolean(),
  findingGone: z.boolean(),
  noNewFindings: z.boolean(),
  noIndirectRoute: z.boolean().optional(),
  policy: z.boolean().optional(),
  uses: z.array(z.string()).optional(),
  languageCheck: z.boolean().optional(),
  tests: z.boolean().optional(),
  recheckedWith: z.string().optional(),
  reasons: z.array(z.string()),
  diff: z.string().optional(),
} satisfies Record<keyof FixValidation, z.ZodType>);
const storedFix: z.ZodType<CachedFix> = z.object({
  fix,
  validation,
} satisfies Record<keyof CachedFix, z.ZodType>);

/**
 * Validated fixes in the review store's database. The key hashes the caller's
 * scope (CodeGuardian version and ladder settings) with the finding and the
 * content, so an upgrade or another ladder never reuses a stale verdict; rows
 * belong to one project and are read only for it. Rows are validated on read: a damaged one is a miss, and the fix is simply proven again.
 */
export class KyselyFixCache implements FixCache {
  constructor(
    private readonly store: CacheDatabase,
    private readonly scope: string,
  ) {}

  async get(key: FixCacheKey): Promise<CachedFix | undefined> {
    const row = await this.store.db
      .selectFrom("fix_cache")
      .select("value")
      .where("organisation_id", "=", this.store.organisation)
      .where("project_key", "=", this.store.project)
      .where("key", "=", this.keyOf(key))
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const parsed = storedFix.safeParse(parseOrUndefined(row.value));
    return parsed.success ? parsed.data : undefined;
  }

  async set(key: FixCacheKey, value: CachedFix): Promise<void> {
    const row = {
      fingerprint: key.fingerprint,
      content_hash: key.contentHash,
      value: JSON.stringify(value),
      created_at: this.store.now().toISOString(),
    };
    await this.store.serialiseWrites(() =>
      this.store.db
        .insertInto("fix_cache")
        .values({
          organisation_id: this.store.organisation,
          project_key: this.store.project,
          key: this.keyOf(key),
          ...row,
        })
        .onConflict((oc) => oc.columns(["organisation_id", "project_key", "key"]).doUpdateSet(row))
        .execute(),
    );
  }

  private keyOf(key: FixCacheKey): string {
    // A JSON array, not concatenation, so no two different triples hash the same text.
    return sha256Hex(JSON.stringify([this.scope, key.fingerprint, key.contentHash]));
  }
}
