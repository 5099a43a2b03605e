import {
  COMPLETENESS,
  REVIEW_STATES,
  type Completeness,
  type Review,
  type ReviewState,
} from "../core/review.js";

/**
 * A review's state, completeness and scope as the `reviews` columns hold
 * them (migration 0005). Kept in one place so the move from `status` to
 * `state` + `completeness` touches only this file and upgrade-review.ts.
 */
export interface StateColumns {
  readonly status: string;
  readonly state: ReviewState;
  readonly completeness: Completeness;
  readonly scope_kind: "full" | "diff";
  readonly base_ref: string | null;
  readonly requested_by: string | null;
}

export function stateColumnsOf(review: Review): StateColumns {
  const completeness: Completeness = review.status === "incomplete" ? "incomplete" : "complete";
  return {
    status: legacyStatus("finished", completeness),
    state: "finished",
    completeness,
    scope_kind: review.diff === undefined ? "full" : "diff",
    base_ref: review.diff?.base ?? null,
    requested_by: null,
  };
}

/** The word the `status` column held before 0005, still written for older readers. */
export function legacyStatus(state: ReviewState, completeness: Completeness): string {
  if (state !== "finished") return state;
  return completeness === "complete" ? "completed" : "incomplete";
}

/** State and completeness of a row written before 0005, from its `status`. */
export function fromLegacyStatus(status: "completed" | "incomplete"): {
  readonly state: ReviewState;
  readonly completeness: Completeness;
} {
  return { state: "finished", completeness: status === "completed" ? "complete" : "incomplete" };
}

export function isReviewState(value: unknown): value is ReviewState {
  return typeof value === "string" && (REVIEW_STATES as readonly string[]).includes(value);
}

export function isCompleteness(value: unknown): value is Completeness {
  return typeof value === "string" && (COMPLETENESS as readonly string[]).includes(value);
}

export function isScopeKind(value: unknown): value is "full" | "diff" {
  return value === "full" || value === "diff";
}

/** Fields of a stored review's columns that go back into the Review. */
export function reviewFieldsFrom(columns: {
  readonly state: ReviewState;
  readonly completeness: Completeness;
}): Pick<Review, "status"> {
  return { status: columns.completeness === "complete" ? "completed" : "incomplete" };
}
