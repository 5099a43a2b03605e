import {
  COMPLETENESS,
  REVIEW_STATES,
  type Completeness,
  type Review,
  type ReviewState,
} from "../core/review.js";
import { statusColumnOf } from "./review-upgrade.js";

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

export function isReviewState(value: unknown): value is ReviewState {
  return typeof value === "string" && (REVIEW_STATES as readonly string[]).includes(value);
}

export function isCompleteness(value: unknown): value is Completeness {
  return typeof value === "string" && (COMPLETENESS as readonly string[]).includes(value);
}

export function isScopeKind(value: unknown): value is "full" | "diff" {
  return value === "full" || value === "diff";
}
