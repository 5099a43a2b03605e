import type { Kysely, Migration } from "kysely";

/**
 * The operator's credentials (docs/server.md, "Operator"): keys for the
 * `/v1/admin` routes, which belong to no organisation. Like API keys only a
 * SHA-384 of each key is kept, with a prefix to find it by.
 */
export function operatorsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("operator_keys")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("prefix", "varchar(32)", (c) => c.notNull())
        .addColumn("key_hash", "varchar(96)", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_used_at", "text")
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema.createIndex("idx_operator_keys_prefix").on("operator_keys").column("prefix").execute();
    },
  };
}
