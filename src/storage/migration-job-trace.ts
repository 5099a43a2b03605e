import type { Kysely, Migration } from "kysely";

/**
 * The W3C trace context of the HTTP request that queued a job (docs/server.md,
 * "Traces"), kept beside the job so whichever worker runs it, in whichever
 * process and after whatever restart, makes the review's span a child of
 * that request's trace. Both columns are empty for jobs queued before this
 * migration, whose reviews start traces of their own.
 */
export function jobTraceMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable("jobs").addColumn("traceparent", "text").execute();
      await db.schema.alterTable("jobs").addColumn("tracestate", "text").execute();
    },
  };
}
