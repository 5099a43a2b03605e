import type { Kysely, Migration } from "kysely";

/**
 * The review queue's own record (docs/server.md, "Queue and workers"): every
 * job is written here before any queue sees it, so the embedded queue can
 * resume after a restart and the Redis queue's sweeper can re-queue what
 * Redis lost. The request is kept as JSON text on both databases, read back
 * exactly as written. `priority` is a number so "pull requests first" is one
 * ORDER BY; `lease_expires_at` is canonical ISO-8601 text, compared as text.
 */
export function jobsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("jobs")
        .addColumn("review_id", "text", (c) => c.primaryKey())
        .addColumn("organisation_id", "text", (c) => c.notNull())
        .addColumn("project_id", "text", (c) => c.notNull())
        .addColumn("priority", "integer", (c) => c.notNull())
        .addColumn("request", "text", (c) => c.notNull())
        .addColumn("state", "varchar(20)", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("lease_owner", "text")
        .addColumn("lease_expires_at", "text")
        .addColumn("not_before", "text", (c) => c.notNull())
        .addColumn("last_error", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("idx_jobs_state_order")
        .on("jobs")
        .columns(["state", "priority", "created_at"])
        .execute();
    },
  };
}
