/**
 * The queue that feeds review workers (docs/server.md): one port, an
 * in-process adapter persisted in the store for the embedded server and a
 * BullMQ adapter on Redis for scale-out, both passing one contract test.
 * Delivery is at least once: a handler must write its result idempotently
 * (the review id is the job's identity).
 */

import type { TraceCarrier } from "./trace-context.js";

/** Pull-request reviews go ahead of full scans. */
export type JobPriority = "pull-request" | "full";

export interface ReviewJobData {
  /** The job's identity, and the review's: a job delivered twice yields one review. */
  readonly reviewId: string;
  readonly organisationId: string;
  readonly projectId: string;
  readonly priority: JobPriority;
  /** What the requester asked for: the app layer's request, serialisable (src/app/review-request.ts). */
  readonly request: Readonly<Record<string, unknown>>;
  /**
   * The trace of the HTTP request that queued it, so the review's spans join
   * that trace (docs/server.md, "Traces"); absent for a job queued outside one.
   */
  readonly trace?: TraceCarrier;
}

export interface LeasedJob extends ReviewJobData {
  /** 1 on the first delivery. */
  readonly attempt: number;
}

export interface JobHandlerContext {
  /** Aborted when the job is cancelled, times out, or the worker shuts down (the job then goes back). */
  readonly signal: AbortSignal;
}

export type JobHandler = (job: LeasedJob, context: JobHandlerContext) => Promise<void>;

export interface ConsumeOptions {
  /** Jobs one worker runs at once. */
  readonly concurrency: number;
}

export interface Consumer {
  /** Stops taking jobs; running ones finish within `deadlineMs` or are handed back to the queue. */
  stop(deadlineMs: number): Promise<void>;
}

export interface JobQueue {
  enqueue(job: ReviewJobData): Promise<void>;
  consume(handler: JobHandler, options: ConsumeOptions): Consumer;
  /** Cancels a queued or running job; false when it is unknown or already final. */
  cancel(reviewId: string): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * A failure worth another try later (a store or network briefly away). A
 * handler throws it, or a queue's classifier maps an error to it; any other
 * failure is final (docs/server.md, "Queue and workers").
 */
export class TransientJobError extends Error {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = "TransientJobError";
  }
}

/** Why a running job's signal was aborted; the reason the handler sees as `signal.reason`. */
export type JobStopReason = "cancelled" | "time-limit" | "shutdown" | "lease-lost";

/** The abort reason a queue gives a handler's signal. */
export class JobStopped extends Error {
  constructor(readonly why: JobStopReason) {
    super(`job stopped: ${why}`);
    this.name = "JobStopped";
  }
}
