import type { Kysely, Migration } from "kysely";
import type { Flavour } from "./flavour.js";

/**
 * Migration 0006: what the HTTP service needs beyond the team tables
 * (docs/server.md). `review_requests` holds a review from the moment the API
 * accepts it (queued) until the worker stores the finished review, so a
 * client can follow it by id; `user_identities` maps a JWT's issuer and
 * subject to one of our users, whose roles come only from the store.
 */
export function serviceMigration(flavour: Flavour): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("review_requests")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("organisation_id", "text", (c) =>
          c.notNull().references("organisations.id").onDelete("cascade"),
        )
        .addColumn("project_id", "text", (c) => c.notNull().references("projects.id").onDelete("cascade"))
        .addColumn("state", "varchar(20)", (c) => c.notNull())
        .addColumn("scope", flavour.jsonType, (c) => c.notNull())
        .addColumn("requested_by", flavour.jsonType, (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("idx_review_requests_organisation")
        .on("review_requests")
        .columns(["organisation_id", "project_id", "created_at"])
        .execute();
      await db.schema
        .createTable("user_identities")
        .addColumn("issuer", "text", (c) => c.notNull())
        .addColumn("subject", "text", (c) => c.notNull())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("user_identities_pk", ["issuer", "subject"])
        .execute();
    },
  };
}
