import {
  isCompleteness,
  isReviewState,
  type Completeness,
  type Review,
  type ReviewScope,
  type ReviewState,
} from "../core/review.js";

/**
 * Fills in what a review stored before schema 2 lacks (docs/json-report.md):
 * such a review ran to its end in the CLI, so it is `finished`; its old
 * `status` column says whether it was complete; its scope follows from its
 * `diff`. Reviews stored since keep their own fields.
 */
export function upgradeStoredFields(
  document: Record<string, unknown>,
  statusColumn: string,
): {
  state: ReviewState;
  completeness: Completeness;
  scope: ReviewScope;
  requestedBy: Review["requestedBy"];
} {
  const state = isReviewState(document.state) ? document.state : "finished";
  const completeness = isCompleteness(document.completeness)
    ? document.completeness
    : statusColumn === "incomplete"
      ? "incomplete"
      : "complete";
  return {
    state,
    completeness,
    scope: isScope(document.scope) ? document.scope : scopeOfDiff(document.diff),
    requestedBy: isRequester(document.requestedBy) ? document.requestedBy : { kind: "cli" },
  };
}

function scopeOfDiff(diff: unknown): ReviewScope {
  if (typeof diff === "object" && diff !== null && typeof (diff as { base?: unknown }).base === "string") {
    const { base, wholeFiles } = diff as { base: string; wholeFiles?: unknown };
    return { kind: "diff", base, wholeFiles: wholeFiles === true };
  }
  return { kind: "full" };
}

function isScope(value: unknown): value is ReviewScope {
  if (typeof value !== "object" || value === null) return false;
  const scope = value as { kind?: unknown; base?: unknown; wholeFiles?: unknown };
  if (scope.kind === "full") return true;
  return scope.kind === "diff" && typeof scope.base === "string" && typeof scope.wholeFiles === "boolean";
}

function isRequester(value: unknown): value is Review["requestedBy"] {
  if (typeof value !== "object" || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === "cli" || kind === "api" || kind === "webhook" || kind === "schedule";
}
