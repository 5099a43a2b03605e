import type { ProgressEvent } from "./progress.js";
import type { Review } from "./review.js";
import type { TraceCarrier } from "./trace-context.js";

/**
 * What a long-lived process learns from the reviews it runs, for metrics and
 * traces (docs/server.md, "Observability"). The front end builds one per
 * process and hands it down; nothing below reads a global registry or
 * tracer, so two processes (or two tests) in one runtime keep apart.
 */
export interface ReviewObserver {
  /**
   * A review begins running; everything it does until `finished` is reported
   * on the watch. `origin` is the trace of the request that queued it, which
   * the review's spans join.
   */
  reviewStarted(reviewId: string, origin?: TraceCarrier): ReviewWatch;
}

export interface ReviewWatch {
  /** The pipeline's own events: stages and analysers become spans and durations. */
  progress(event: ProgressEvent): void;
  /** One model call answered (cache hits are not calls). */
  llmCall(call: LlmCallRecord): void;
  /** The review ended: its findings are counted; `review` is absent when it failed before one existed. */
  finished(outcome: ReviewOutcome, review?: Review): void;
}

export type ReviewOutcome = "finished" | "failed" | "cancelled";

export interface LlmCallRecord {
  readonly provider: string;
  readonly model: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Undefined when no price is known for the model. */
  readonly costCents: number | undefined;
  /** Wall time of the successful attempt, in milliseconds. */
  readonly durationMs: number;
}

/** Watches nothing: a review run without an observer (the CLI). */
export const UNWATCHED: ReviewWatch = {
  progress: () => undefined,
  llmCall: () => undefined,
  finished: () => undefined,
};
