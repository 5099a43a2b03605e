import type { Completeness, Review, ReviewState } from "../core/review.js";

/**
 * A review's state, completeness, scope and requester as the `reviews`
 * columns hold them (migration 0005), so lists and comparison can query
 * them. The document keeps the same fields; the columns are what is queried.
 */
export interface StateColumns {
  readonly status: string;
  readonly state: ReviewState;
  readonly completeness: Completeness;
  readonly scope_kind: "full" | "diff";
  readonly base_ref: string | null;
  readonly requested_by: string;
}

export function stateColumnsOf(review: Review): StateColumns {
  return {
    status: statusColumnOf(review),
    state: review.state,
    completeness: review.completeness,
    scope_kind: review.scope.kind,
    base_ref: review.scope.kind === "diff" ? review.scope.base : null,
    requested_by: JSON.stringify(review.requestedBy),
  };
}

export function isScopeKind(value: unknown): value is "full" | "diff" {
  return value === "full" || value === "diff";
}

/**
 * The old `status` column's value for a review: still written, so older
 * readers keep working. A review that did not finish is never "completed"
 * or "incomplete", so nothing compares with it.
 */
export function statusColumnOf(
  review: Review,
): "completed" | "incomplete" | Exclude<ReviewState, "finished"> {
  if (review.state !== "finished") return review.state;
  return review.completeness === "incomplete" ? "incomplete" : "completed";
}
