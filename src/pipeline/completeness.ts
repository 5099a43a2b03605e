import type { LlmSkippedFile } from "../core/analyser.js";
import type { AnalyserRun, Completeness, Notice } from "../core/review.js";

export interface CompletenessInput {
  readonly analysers: readonly AnalyserRun[];
  readonly notices: readonly Notice[];
  readonly llmNotReviewed: readonly LlmSkippedFile[];
}

/**
 * The review model's completeness (docs/json-report.md). Findings may be
 * missing from an `incomplete` review, so it exits 4 by default; a
 * `partial` one did everything except what an operator's limit cut, which
 * the operator chose, so it exits normally unless asked otherwise.
 */
export function decideCompleteness(input: CompletenessInput): Completeness {
  const incomplete =
    input.analysers.some((a) => a.status === "failed" || a.status === "timed-out") ||
    input.notices.some((n) => n.incomplete === true) ||
    input.llmNotReviewed.some((n) => n.cause !== "limit");
  if (incomplete) return "incomplete";
  return input.llmNotReviewed.length > 0 ? "partial" : "complete";
}
