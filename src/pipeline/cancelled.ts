import { CodeGuardianError } from "../core/errors.js";
import type { Stage } from "../core/progress.js";
import type { AnalyserRun } from "../core/review.js";
import type { AnalyserResult } from "./analyse.js";

/**
 * What a cancelled review had done when it stopped, for the caller to record
 * the review as cancelled. Findings are left out on purpose: analysers that
 * finished covered only part of the planned work, and a partial finding list
 * read as a review would call everything the others would have found "fixed".
 */
export interface CancelledProgress {
  /** The stage running when the signal aborted. */
  readonly stage: Extract<Stage, "scope" | "analyse">;
  readonly startedAt: string;
  readonly durationMs: number;
  /** Files in scope, once scoping had finished. */
  readonly filesInScope?: number;
  /** Analysers that ended on their own before the cancel: completed, failed, timed out or unavailable. */
  readonly finished: readonly AnalyserRun[];
  /** Analysers stopped by the cancel (each was told to stop and has settled, or was given up on). */
  readonly stopped: readonly string[];
}

/**
 * `runReview` rejects with this when its signal aborts: code `CG_CANCELLED`
 * (exit 130), plus what had been done.
 */
export class ReviewCancelledError extends CodeGuardianError {
  readonly progress: CancelledProgress;

  constructor(progress: CancelledProgress) {
    super("CG_CANCELLED", `the review was cancelled during ${progress.stage}`);
    this.progress = progress;
  }
}

export interface CancelCheck {
  readonly signal: AbortSignal | undefined;
  readonly startedAt: Date;
  /** `elapsed()` when the review started, and the monotonic clock. */
  readonly t0: number;
  readonly elapsed: () => number;
}

/** Throws {@link ReviewCancelledError} once the review's signal has aborted. */
export function stopIfCancelled(
  check: CancelCheck,
  stage: CancelledProgress["stage"],
  results: readonly AnalyserResult[] = [],
  filesInScope?: number,
): void {
  if (check.signal?.aborted !== true) return;
  throw new ReviewCancelledError({
    stage,
    startedAt: check.startedAt.toISOString(),
    durationMs: Math.round(check.elapsed() - check.t0),
    ...(filesInScope === undefined ? {} : { filesInScope }),
    finished: results.filter((r) => r.cancelled !== true).map((r) => r.run),
    stopped: results.filter((r) => r.cancelled === true).map((r) => r.run.id),
  });
}
