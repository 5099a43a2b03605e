import {
  REVIEW_SCHEMA_VERSION,
  type Requester,
  type Review,
  type ReviewScope,
  type ReviewTarget,
} from "../core/review.js";
import type { CancelledProgress } from "../pipeline/cancelled.js";
import { summarise } from "../pipeline/synthesise.js";

export interface CancelledReviewFacts {
  readonly id: string;
  readonly target: ReviewTarget;
  readonly scope: ReviewScope;
  readonly requestedBy: Requester;
  readonly version: string;
  readonly completedAt: string;
}

/**
 * The record of a review cancelled during scoping or analysis: state
 * `cancelled`, completeness `incomplete`, which analysers had finished and
 * which were stopped, and no findings. Half a finding list stored as a
 * review would make everything the stopped analysers would have found look
 * fixed; a cancelled review is also never compared against.
 */
export function cancelledReview(progress: CancelledProgress, facts: CancelledReviewFacts): Review {
  const stopped = progress.stopped.map((id) => ({
    id,
    status: "cancelled" as const,
    durationMs: progress.durationMs,
    filesAnalysed: 0,
    findings: 0,
  }));
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    id: facts.id,
    tool: { name: "codeguardian", version: facts.version },
    target: facts.target,
    startedAt: progress.startedAt,
    completedAt: facts.completedAt,
    durationMs: progress.durationMs,
    state: "cancelled",
    completeness: "incomplete",
    scope: facts.scope,
    requestedBy: facts.requestedBy,
    files: { analysed: 0, bytes: 0, lines: 0, byLanguage: {} },
    skipped: [],
    skippedCounts: {},
    analysers: [...progress.finished.map((run) => ({ ...run, findings: 0 })), ...stopped],
    notices: [
      {
        level: "warning",
        analyser: "review",
        message: `cancelled during ${progress.stage}${progress.filesInScope === undefined ? "" : ` with ${progress.filesInScope} files in scope`}; no findings are kept`,
        incomplete: true,
      },
    ],
    rules: [],
    findings: [],
    summary: summarise([], { lines: 0 }),
    llm: { tokens: 0, costCents: 0 },
    fileIdentities: {},
  };
}
