import { sql, type AliasableExpression, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import type { FindingsPage, FindingsQuery, FindingStatus } from "../core/service-store.js";
import { isTrue, rowToFinding } from "./review-rows.js";
import type { StoreDatabase } from "./schema.js";
import type { StoreContext } from "./store-context.js";

type FindingsBuilder = ExpressionBuilder<StoreDatabase, "findings">;

/** The three facts a finding's status is made of, as SQL on the row being read. */
interface StatusFacts {
  readonly dismissed: AliasableExpression<SqlBool>;
  readonly fixed: AliasableExpression<SqlBool>;
  readonly acknowledged: AliasableExpression<SqlBool>;
}

/**
 * A page of a stored review's findings with each one's status (docs/server.md,
 * "Finding status"). The status is derived when read, never stored on the
 * finding: dismissals and acknowledgements belong to the project, and
 * `fixed` to the project's later reviews, so one review's findings read
 * differently as the project moves on.
 */
export async function findingsPage(
  ctx: StoreContext,
  organisationId: string,
  reviewId: string,
  query: FindingsQuery,
): Promise<FindingsPage> {
  const rows = await ctx.read(`read findings of review ${reviewId}`, async (trx) => {
    const review = await trx
      .selectFrom("reviews")
      .select(["project_id", "completed_at"])
      .where("organisation_id", "=", organisationId)
      .where("id", "=", reviewId)
      .executeTakeFirst();
    if (review === undefined) return [];
    // Only a complete full review can say a finding is gone; a partial one may simply not have looked.
    const later = await trx
      .selectFrom("reviews")
      .select("id")
      .where("organisation_id", "=", organisationId)
      .where("project_id", "=", review.project_id)
      .where("state", "=", "finished")
      .where("completeness", "=", "complete")
      .where("scope_kind", "=", "full")
      .where("completed_at", ">", review.completed_at)
      .orderBy("completed_at", "desc")
      .limit(1)
      .executeTakeFirst();
    const facts = (eb: FindingsBuilder): StatusFacts => ({
      dismissed: eb.exists(
        eb
          .selectFrom("dismissals")
          .select("dismissals.fingerprint")
          .where("dismissals.organisation_id", "=", organisationId)
          .where("dismissals.project_id", "=", review.project_id)
          .whereRef("dismissals.fingerprint", "=", "findings.fingerprint"),
      ),
      fixed:
        later === undefined
          ? sql<SqlBool>`1 = 0`
          : eb.not(
              eb.exists(
                eb
                  .selectFrom("findings as later")
                  .select("later.fingerprint")
                  .where("later.organisation_id", "=", organisationId)
                  .where("later.review_id", "=", later.id)
                  .whereRef("later.fingerprint", "=", "findings.fingerprint"),
              ),
            ),
      acknowledged: eb.exists(
        eb
          .selectFrom("acknowledgements")
          .select("acknowledgements.fingerprint")
          .where("acknowledgements.organisation_id", "=", organisationId)
          .where("acknowledgements.project_id", "=", review.project_id)
          .whereRef("acknowledgements.fingerprint", "=", "findings.fingerprint"),
      ),
    });
    let select = trx
      .selectFrom("findings")
      .selectAll()
      .select((eb) => {
        const f = facts(eb);
        return [f.dismissed.as("is_dismissed"), f.fixed.as("is_fixed"), f.acknowledged.as("is_acknowledged")];
      })
      .where("organisation_id", "=", organisationId)
      .where("review_id", "=", reviewId);
    if (query.severity !== undefined && query.severity.length > 0) {
      select = select.where("severity", "in", [...query.severity]);
    }
    if (query.category !== undefined && query.category.length > 0) {
      select = select.where("category", "in", [...query.category]);
    }
    if (query.file !== undefined) select = select.where("file_path", "=", query.file);
    if (query.fingerprint !== undefined) select = select.where("fingerprint", "=", query.fingerprint);
    if (query.after !== undefined) select = select.where("position", ">", query.after);
    const wanted = query.status;
    if (wanted !== undefined && wanted.length > 0) {
      select = select.where((eb) => eb.or(wanted.map((status) => statusIs(eb, facts(eb), status))));
    }
    // One row more than asked tells whether another page follows.
    return select
      .orderBy("position")
      .limit(query.limit + 1)
      .execute();
  });
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

/** The status's condition: its own fact, and none of the facts that come before it. */
function statusIs(eb: FindingsBuilder, f: StatusFacts, status: FindingStatus): Expression<SqlBool> {
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
