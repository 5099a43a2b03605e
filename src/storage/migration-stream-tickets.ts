import type { Kysely, Migration } from "kysely";

/**
 * Tickets for the review progress stream (docs/server.md, "Live progress"):
 * the SHA-256 of each single-use ticket, the review and organisation it is
 * bound to, and its expiry as canonical ISO-8601 text, compared as text.
 */
export function streamTicketsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("stream_tickets")
        .addColumn("ticket_hash", "varchar(64)", (c) => c.primaryKey())
        .addColumn("organisation_id", "text", (c) => c.notNull())
        .addColumn("review_id", "text", (c) => c.notNull())
        .addColumn("role", "varchar(20)", (c) => c.notNull())
        .addColumn("holder", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("idx_stream_tickets_expiry")
        .on("stream_tickets")
        .column("expires_at")
        .execute();
    },
  };
}
