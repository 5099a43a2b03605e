import { sql, type Kysely, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import type { FindingsPage, FindingsQuery, FindingStatus } from "../core/service-store.js";
import { FINDING_COLUMNS, isTrue, rowToFinding } from "./review-rows.js";
import type { StoreDatabase } from "./schema.js";
import type { StoreContext } from "./store-context.js";

/** The review the page is of, and the later review that says which of its findings are fixed. */
interface PageContext {
  readonly subject: { readonly project_id: string; readonly completed_at: string };
  readonly later_review: { readonly id: string };
}

type PageBuilder = ExpressionBuilder<
  StoreDatabase & PageContext,
  "findings" | "dismissals" | "acknowledgements"
>;

/** The three facts a finding's status is made of, as SQL on the row being read. */
interface StatusFacts {
  readonly dismissed: Expression<SqlBool>;
  readonly fixed: Expression<SqlBool>;
  readonly acknowledged: Expression<SqlBool>;
}

/**
 * A page of a stored review's findings with each one's status (docs/server.md,
 * "Finding status"). The status is derived when read, never stored on the
 * finding: dismissals and acknowledgements belong to the project, and
 * `fixed` to the project's later reviews, so one review's findings read
 * differently as the project moves on.
 *
 * One statement, so one snapshot on both databases without a transaction.
 * The review's project and its later review are sub-queries the database
 * evaluates once; the findings are walked in `position` order on
 * `idx_findings_page` (migration 0011) and the walk stops after the page, so
 * a finding's status facts (two joins and one probe of the later review) are
 * computed only for the rows the filters look at, never for every finding
 * of the review before sorting.
 */
export async function findingsPage(
  ctx: StoreContext,
  organisationId: string,
  reviewId: string,
  query: FindingsQuery,
): Promise<FindingsPage> {
  const select = pageQuery(ctx.db, organisationId, reviewId, query);
  const rows = await ctx.guard(`read findings of review ${reviewId}`, () => select.execute());
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    findings: page.map((row) => ({
      ...rowToFinding(row),
      position: row.position,
      isNew: isTrue(row.is_new),
      status: statusOf(isTrue(row.is_dismissed), isTrue(row.is_fixed), isTrue(row.is_acknowledged)),
    })),
    ...(rows.length > query.limit && last !== undefined ? { next: last.position } : {}),
  };
}

/** The page's one statement, built apart so a test can read its plan (findings-page.test.ts). */
export function pageQuery(
  db: Kysely<StoreDatabase>,
  organisationId: string,
  reviewId: string,
  query: FindingsQuery,
) {
  const facts = (eb: PageBuilder): StatusFacts => {
    const laterId = eb.selectFrom("later_review").select("later_review.id");
    return {
      dismissed: eb("dismissals.fingerprint", "is not", null),
      fixed: eb.and([
        eb.exists(laterId),
        eb.not(
          eb.exists(
            eb
              .selectFrom("findings as later")
              .select("later.fingerprint")
              // The later review was found in this organisation, and review ids are unique: naming
              // the organisation here too would steer SQLite off the (review_id, fingerprint) index.
              .where("later.review_id", "=", laterId)
              .whereRef("later.fingerprint", "=", "findings.fingerprint"),
          ),
        ),
      ]),
      acknowledged: eb("acknowledgements.fingerprint", "is not", null),
    };
  };
  let select = db
    .with("subject", (db) =>
      db
        .selectFrom("reviews")
        .select(["project_id", "completed_at"])
        .where("organisation_id", "=", organisationId)
        .where("id", "=", reviewId),
    )
    // Only a complete full review can say a finding is gone; a partial one may simply not have looked.
    .with("later_review", (db) =>
      db
        .selectFrom("reviews")
        .innerJoin("subject", "subject.project_id", "reviews.project_id")
        .select("reviews.id")
        .where("reviews.organisation_id", "=", organisationId)
        .where("reviews.scope_kind", "=", "full")
        .where("reviews.state", "=", "finished")
        .where("reviews.completeness", "=", "complete")
        .whereRef("reviews.completed_at", ">", "subject.completed_at")
        .orderBy("reviews.completed_at", "desc")
        .limit(1),
    )
    .selectFrom("findings")
    // Each is unique on (organisation, project, fingerprint), so a join adds no rows.
    .leftJoin("dismissals", (join) =>
      join
        .on("dismissals.organisation_id", "=", organisationId)
        .on((eb) => eb("dismissals.project_id", "=", eb.selectFrom("subject").select("subject.project_id")))
        .onRef("dismissals.fingerprint", "=", "findings.fingerprint"),
    )
    .leftJoin("acknowledgements", (join) =>
      join
        .on("acknowledgements.organisation_id", "=", organisationId)
        .on((eb) =>
          eb("acknowledgements.project_id", "=", eb.selectFrom("subject").select("subject.project_id")),
        )
        .onRef("acknowledgements.fingerprint", "=", "findings.fingerprint"),
    )
    .select(FINDING_COLUMNS.map((column) => `findings.${column}` as const))
    .select(["findings.position", "findings.is_new"])
    .select((eb) => {
      const f = facts(eb);
      return [
        sql<boolean>`${f.dismissed}`.as("is_dismissed"),
        sql<boolean>`${f.fixed}`.as("is_fixed"),
        sql<boolean>`${f.acknowledged}`.as("is_acknowledged"),
      ];
    })
    .where("findings.organisation_id", "=", organisationId)
    .where("findings.review_id", "=", reviewId);
  if (query.severity !== undefined && query.severity.length > 0) {
    select = select.where("findings.severity", "in", [...query.severity]);
  }
  if (query.category !== undefined && query.category.length > 0) {
    select = select.where("findings.category", "in", [...query.category]);
  }
  if (query.file !== undefined) select = select.where("findings.file_path", "=", query.file);
  if (query.fingerprint !== undefined) select = select.where("findings.fingerprint", "=", query.fingerprint);
  if (query.after !== undefined) select = select.where("findings.position", ">", query.after);
  const wanted = query.status;
  if (wanted !== undefined && wanted.length > 0) {
    select = select.where((eb) => {
      const f = facts(eb);
      return eb.or(wanted.map((status) => statusIs(eb, f, status)));
    });
  }
  // One row more than asked tells whether another page follows.
  return select.orderBy("findings.position").limit(query.limit + 1);
}

/** The status's condition: its own fact, and none of the facts that come before it. */
function statusIs(eb: PageBuilder, f: StatusFacts, status: FindingStatus): Expression<SqlBool> {
  switch (status) {
    case "dismissed":
      return f.dismissed;
    case "fixed":
      return eb.and([eb.not(f.dismissed), f.fixed]);
    case "acknowledged":
      return eb.and([eb.not(f.dismissed), eb.not(f.fixed), f.acknowledged]);
    case "open":
      return eb.and([eb.not(f.dismissed), eb.not(f.fixed), eb.not(f.acknowledged)]);
  }
}

export function statusOf(dismissed: boolean, fixed: boolean, acknowledged: boolean): FindingStatus {
  if (dismissed) return "dismissed";
  if (fixed) return "fixed";
  return acknowledged ? "acknowledged" : "open";
}
