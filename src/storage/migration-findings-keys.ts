import type { Kysely, Migration } from "kysely";

/**
 * Migration 0008 (docs/server.md, "Finding status" and "API key scopes"):
 * findings a person acknowledged in a project (seen, kept open, unlike a
 * dismissal which leaves them out of later reviews), and the scopes an API
 * key is limited to. `scopes` is a JSON array as text on both databases;
 * null means every scope its role allows, which is what keys created before
 * this migration keep.
 */
export function findingsAndKeysMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("acknowledgements")
        .addColumn("organisation_id", "text", (c) => c.notNull())
        .addColumn("project_id", "text", (c) => c.notNull())
        .addColumn("fingerprint", "text", (c) => c.notNull())
        .addColumn("acknowledged_by", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("acknowledgements_pk", ["organisation_id", "project_id", "fingerprint"])
        .execute();
      await db.schema.alterTable("api_keys").addColumn("scopes", "text").execute();
    },
  };
}
