import { isReviewState, type ReviewState } from "../core/review.js";
import type { TrendPoint, UsageSummary } from "../core/service-store.js";
import { COUNT_COLUMNS, countsOfRow } from "./review-rows.js";
import type { StoreContext } from "./store-context.js";

/**
 * What the API reports over a period (docs/server.md, "Trends and usage"),
 * read from stored reviews and accepted requests; nothing is kept for it.
 */

/** The project's finished reviews completed at or after `since`, oldest first. */
export async function projectTrends(
  ctx: StoreContext,
  organisationId: string,
  projectId: string,
  since: string,
): Promise<readonly TrendPoint[]> {
  const rows = await ctx.guard(`read the trend of project ${projectId}`, () =>
    ctx.db
      .selectFrom("reviews")
      .select(["id", "state", "scope_kind", "completed_at", ...COUNT_COLUMNS])
      .where("organisation_id", "=", organisationId)
      .where("project_id", "=", projectId)
      .where("state", "=", "finished")
      .where("completed_at", ">=", since)
      .orderBy("completed_at")
      .orderBy("id")
      .execute(),
  );
  return rows.map((row) => {
    const counts = countsOfRow(row);
    return {
      reviewId: row.id,
      completedAt: row.completed_at,
      state: row.state as ReviewState,
      scope: row.scope_kind === "diff" ? "diff" : "full",
      score: counts.score,
      total: counts.total,
      bySeverity: counts.bySeverity,
    };
  });
}

/**
 * The reviews one requester (a user's id, or an organisation key's id) had
 * accepted at or after `since`, with the model tokens and cost of those
 * stored. The requester is JSON (jsonb on PostgreSQL, text on SQLite), so it
 * is matched here rather than in SQL; the rows are one organisation's
 * requests over the period.
 */
export async function requesterUsage(
  ctx: StoreContext,
  organisationId: string,
  requesterId: string,
  since: string,
): Promise<UsageSummary> {
  const rows = await ctx.guard(`read the usage of ${requesterId}`, () =>
    ctx.db
      .selectFrom("review_requests")
      .leftJoin("reviews", (join) =>
        join
          .onRef("reviews.id", "=", "review_requests.id")
          .onRef("reviews.organisation_id", "=", "review_requests.organisation_id"),
      )
      .select([
        "review_requests.state as request_state",
        "review_requests.requested_by",
        "reviews.state as review_state",
        "reviews.llm_tokens_used",
        "reviews.llm_cost_cents",
      ])
      .where("review_requests.organisation_id", "=", organisationId)
      .where("review_requests.created_at", ">=", since)
      .execute(),
  );
  const byState: Partial<Record<ReviewState, number>> = {};
  let reviews = 0;
  let llmTokens = 0;
  let llmCostCents = 0;
  for (const row of rows) {
    if (requesterIdOf(row.requested_by) !== requesterId) continue;
    reviews += 1;
    const state = row.review_state ?? row.request_state;
    if (isReviewState(state)) byState[state] = (byState[state] ?? 0) + 1;
    llmTokens += row.llm_tokens_used ?? 0;
    llmCostCents += row.llm_cost_cents ?? 0;
  }
  return { reviews, byState, llmTokens, llmCostCents: Math.round(llmCostCents * 1000) / 1000 };
}

function requesterIdOf(stored: unknown): string | undefined {
  const value: unknown = typeof stored === "string" ? JSON.parse(stored) : stored;
  if (typeof value !== "object" || value === null || !("id" in value)) return undefined;
  return typeof value.id === "string" ? value.id : undefined;
}
