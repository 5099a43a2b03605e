import type { Kysely, Migration } from "kysely";

/**
 * Migration 0011 (docs/server.md, "Performance"): indexes for a review's
 * findings page. The page is ordered by `position` and stops after one page,
 * so an index ending in `position` lets both databases walk the review's
 * findings in order and stop, where `(organisation_id, review_id)` alone
 * made them read and sort every finding of the review. A page of one file
 * reads only that file's findings. The later review that decides *fixed* is
 * found from its own index instead of every review of the project.
 * `(organisation_id, review_id)` is a prefix of the first and goes.
 */
export function findingsPageMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const indexes: readonly [string, string, readonly string[]][] = [
        ["idx_findings_page", "findings", ["organisation_id", "review_id", "position"]],
        ["idx_findings_page_file", "findings", ["organisation_id", "review_id", "file_path", "position"]],
        [
          "idx_reviews_complete_full",
          "reviews",
          ["organisation_id", "project_id", "scope_kind", "state", "completeness", "completed_at"],
        ],
      ];
      for (const [name, table, columns] of indexes) {
        await db.schema
          .createIndex(name)
          .on(table)
          .columns([...columns])
          .execute();
      }
      await db.schema.dropIndex("idx_findings_organisation_review").execute();
    },
  };
}
