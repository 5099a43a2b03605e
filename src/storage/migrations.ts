import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import { CodeGuardianError } from "../core/errors.js";
import type { Flavour } from "./flavour.js";
import { serviceMigration } from "./migration-service.js";
import { jobsMigration } from "./migration-jobs.js";
import { findingsAndKeysMigration } from "./migration-findings-keys.js";
import { findingsPageMigration } from "./migration-findings-page.js";
import { streamTicketsMigration } from "./migration-stream-tickets.js";
import { operatorsMigration } from "./migration-operators.js";
import { jobTraceMigration } from "./migration-job-trace.js";
import { teamMigration } from "./migration-team.js";
import { hintFor } from "./store-errors.js";

/**
 * The one migration set, for both databases. Names are versioned and sorted;
 * a migration, once released, is never edited: add `0002_...` instead.
 *
 * Timestamps are canonical ISO-8601 UTC text on both databases, so they sort
 * chronologically as text and read back the same everywhere; the Review's own
 * strings are kept exactly in the `document` column. Ids are text: review ids
 * come from the pipeline, which need not use UUIDs; the store's own are UUIDs.
 */
export function migrationsFor(flavour: Flavour): Readonly<Record<string, Migration>> {
  return {
    "0001_initial": {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable("projects")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("key", "text", (c) => c.notNull().unique())
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("repository_url", "text", (c) => c.notNull())
          .addColumn("provider", "varchar(50)", (c) => c.notNull())
          .addColumn("settings", flavour.jsonType, (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();

        await db.schema
          .createTable("reviews")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("project_id", "text", (c) => c.notNull().references("projects.id").onDelete("cascade"))
          .addColumn("trigger", "varchar(50)", (c) => c.notNull())
          .addColumn("commit_sha", "varchar(64)")
          .addColumn("branch", "text")
          .addColumn("status", "varchar(50)", (c) => c.notNull())
          .addColumn("total_findings", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("critical_count", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("high_count", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("medium_count", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("low_count", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("info_count", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("new_count", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("fixed_count", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("score", "double precision", (c) => c.notNull())
          .addColumn("files_analysed", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("duration_ms", "integer", (c) => c.notNull())
          .addColumn("llm_tokens_used", "integer", (c) => c.notNull().defaultTo(0))
          // Fractions of a cent add up over many small calls, so not an integer.
          .addColumn("llm_cost_cents", "double precision", (c) => c.notNull().defaultTo(0))
          .addColumn("started_at", "text", (c) => c.notNull())
          .addColumn("completed_at", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("document", flavour.jsonType, (c) => c.notNull())
          .execute();

        await db.schema
          .createTable("findings")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("review_id", "text", (c) => c.notNull().references("reviews.id").onDelete("cascade"))
          .addColumn("position", "integer", (c) => c.notNull())
          .addColumn("fingerprint", "varchar(64)", (c) => c.notNull())
          .addColumn("rule_id", "text", (c) => c.notNull())
          .addColumn("file_path", "text", (c) => c.notNull())
          .addColumn("line_start", "integer", (c) => c.notNull())
          .addColumn("line_end", "integer", (c) => c.notNull())
          .addColumn("column_start", "integer", (c) => c.notNull())
          .addColumn("column_end", "integer", (c) => c.notNull())
          .addColumn("severity", "varchar(20)", (c) => c.notNull())
          .addColumn("category", "varchar(50)", (c) => c.notNull())
          .addColumn("title", "text", (c) => c.notNull())
          .addColumn("description", "text", (c) => c.notNull())
          .addColumn("recommendation", "text", (c) => c.notNull())
          .addColumn("cwe_id", "varchar(20)")
          .addColumn("cwe_ids", flavour.jsonType, (c) => c.notNull())
          .addColumn("cvss_score", "double precision")
          .addColumn("code_snippet", "text", (c) => c.notNull())
          .addColumn("suggested_fix", flavour.jsonType)
          .addColumn("auto_fixable", flavour.boolType, (c) => c.notNull())
          .addColumn("confidence", "double precision", (c) => c.notNull())
          .addColumn("sources", flavour.jsonType, (c) => c.notNull())
          .addColumn("related_rules", flavour.jsonType, (c) => c.notNull())
          .addColumn("family", "text")
          .addColumn("is_new", flavour.boolType, (c) => c.notNull())
          .addColumn("fix_applied", flavour.boolType, (c) => c.notNull().defaultTo(flavour.bool(false)))
          .addColumn("dismissed", flavour.boolType, (c) => c.notNull().defaultTo(flavour.bool(false)))
          .addColumn("dismissed_reason", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();

        const indexes: readonly [string, string, readonly string[]][] = [
          ["idx_findings_review_id", "findings", ["review_id"]],
          ["idx_findings_severity", "findings", ["severity"]],
          ["idx_findings_category", "findings", ["category"]],
          ["idx_findings_review_fingerprint", "findings", ["review_id", "fingerprint"]],
          ["idx_reviews_project_id", "reviews", ["project_id"]],
          ["idx_reviews_status", "reviews", ["status"]],
          ["idx_reviews_project_started", "reviews", ["project_id", "started_at"]],
        ];
        for (const [name, table, columns] of indexes) {
          await db.schema
            .createIndex(name)
            .on(table)
            .columns([...columns])
            .execute();
        }
      },
    },
    // LLM answers, cached by what was sent, and each finished step of a review, for --resume.
    "0002_llm": {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable("llm_cache")
          .addColumn("key", "varchar(64)", (c) => c.primaryKey())
          .addColumn("value", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("llm_checkpoints")
          .addColumn("review_id", "text", (c) => c.notNull())
          .addColumn("step_key", "varchar(64)", (c) => c.notNull())
          .addColumn("value", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("llm_checkpoints_pk", ["review_id", "step_key"])
          .execute();
      },
    },
    // Validated fixes, so a fix proven once is not re-applied and re-checked on unchanged code.
    "0003_fix_cache": {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable("fix_cache")
          .addColumn("key", "varchar(64)", (c) => c.primaryKey())
          .addColumn("fingerprint", "text", (c) => c.notNull())
          .addColumn("content_hash", "varchar(64)", (c) => c.notNull())
          .addColumn("value", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
      },
    },
    // Every cache row belongs to one project (docs/storage.md, "Project identity"), so two
    // repositories never share an answer, a checkpoint or a proven fix. The old tables are
    // dropped, not converted: their rows name no project, and a store that used to live
    // inside a reviewed repository may hold rows that repository wrote.
    "0004_project_caches": {
      async up(db: Kysely<unknown>): Promise<void> {
        for (const table of ["llm_cache", "llm_checkpoints", "fix_cache"]) {
          await db.schema.dropTable(table).execute();
        }
        await db.schema
          .createTable("llm_cache")
          .addColumn("project_key", "text", (c) => c.notNull())
          .addColumn("key", "varchar(64)", (c) => c.notNull())
          .addColumn("value", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("llm_cache_pk", ["project_key", "key"])
          .execute();
        await db.schema
          .createTable("llm_checkpoints")
          .addColumn("project_key", "text", (c) => c.notNull())
          .addColumn("review_id", "text", (c) => c.notNull())
          .addColumn("step_key", "varchar(64)", (c) => c.notNull())
          .addColumn("value", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("llm_checkpoints_pk", ["project_key", "review_id", "step_key"])
          .execute();
        await db.schema
          .createTable("fix_cache")
          .addColumn("project_key", "text", (c) => c.notNull())
          .addColumn("key", "varchar(64)", (c) => c.notNull())
          .addColumn("fingerprint", "text", (c) => c.notNull())
          .addColumn("content_hash", "varchar(64)", (c) => c.notNull())
          .addColumn("value", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("fix_cache_pk", ["project_key", "key"])
          .execute();
      },
    },
    "0005_team": teamMigration(flavour),
    "0006_service": serviceMigration(flavour),
    // The review queue's record of every job, for restarts and for re-queueing what Redis lost.
    "0007_jobs": jobsMigration(),
    // Acknowledged findings and API key scopes.
    "0008_findings_keys": findingsAndKeysMigration(),
    // Single-use tickets for the review progress stream, redeemable by every API process.
    "0009_stream_tickets": streamTicketsMigration(),
    // The operator's keys for /v1/admin, apart from every organisation's.
    "0010_operators": operatorsMigration(),
    // Indexes for a review's findings page, read a page at a time in order.
    "0011_findings_page": findingsPageMigration(),
    // The trace context of the request that queued each job, so its review joins that trace.
    "0012_job_trace": jobTraceMigration(),
  };
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly migrations: Readonly<Record<string, Migration>>) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({ ...this.migrations });
  }
}

/**
 * Brings the schema up to date. Kysely records applied migrations in its own
 * tables; a database that has migrations this build does not know (made by a
 * newer CodeGuardian) is refused rather than guessed at.
 */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  flavour: Flavour,
  where: string,
  options: { readonly disableTransactions?: boolean; readonly migrationTableSchema?: string } = {},
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(migrationsFor(flavour)),
    disableTransactions: options.disableTransactions ?? false,
    // Kysely looks for its tables in every schema unless told which one is ours.
    ...(options.migrationTableSchema === undefined
      ? {}
      : { migrationTableSchema: options.migrationTableSchema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === "Error")?.migrationName;
  const detail = error instanceof Error ? error.message : JSON.stringify(error);
  const newer = /missing|corrupted migrations/i.test(detail);
  throw new CodeGuardianError(
    "CG_STORE_FAILED",
    `Could not migrate the review store at ${where}${failed ? ` (migration ${failed})` : ""}: ${detail}`,
    {
      hint: newer
        ? "The database was written by a newer CodeGuardian. Upgrade, or point the store at another database."
        : hintFor(detail),
      cause: error,
    },
  );
}

/**
 * Brings an empty database only up to the named migration: for tests and
 * tools that need a store as an older CodeGuardian left it.
 */
export async function migrateUpTo<DB>(
  db: Kysely<DB>,
  flavour: Flavour,
  name: string,
  options: { readonly migrationTableSchema?: string } = {},
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(migrationsFor(flavour)),
    ...(options.migrationTableSchema === undefined
      ? {}
      : { migrationTableSchema: options.migrationTableSchema }),
  });
  const { error } = await migrator.migrateTo(name);
  if (error !== undefined) throw error instanceof Error ? error : new Error(JSON.stringify(error));
}

/**
 * For stores opened read-only, which must not migrate: refuses a database
 * whose schema is older or newer than this build's, or that has never been
 * a review store.
 */
export async function assertSchemaCurrent<DB>(
  db: Kysely<DB>,
  flavour: Flavour,
  where: string,
): Promise<void> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === "kysely_migration")) {
    throw new CodeGuardianError("CG_STORE_FAILED", `${where} is not a CodeGuardian review store.`, {
      hint: "Open it once for writing to create the store, or point at another file.",
    });
  }
  const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const known = Object.keys(migrationsFor(flavour));
  const names = new Set(applied.rows.map((r) => r.name));
  const unknown = [...names].filter((n) => !known.includes(n));
  const pending = known.filter((n) => !names.has(n));
  if (unknown.length > 0) {
    throw new CodeGuardianError(
      "CG_STORE_FAILED",
      `The review store ${where} has migrations this build does not know: ${unknown.join(", ")}.`,
      {
        hint: "The database was written by a newer CodeGuardian. Upgrade, or point the store at another database.",
      },
    );
  }
  if (pending.length > 0) {
    throw new CodeGuardianError(
      "CG_STORE_FAILED",
      `The review store ${where} needs migrations ${pending.join(", ")}, and it was opened read-only.`,
      {
        hint: "Run one review that stores its result to upgrade the store.",
      },
    );
  }
}
