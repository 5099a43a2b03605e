import { JobStopped, TransientJobError, type JobHandler, type JobStopReason } from "../core/queue.js";
import type { ClaimLimits, JobRecord, JobTable } from "../storage/job-table.js";

/** How each delivery is run, the same for every adapter (docs/server.md, "Queue and workers"). */
export interface DeliveryOptions {
  /** How long a claim holds without renewal: a worker silent for longer is taken for dead. */
  readonly leaseMs: number;
  /** How often a running job's lease is renewed (and cancellation checked); under `leaseMs`. */
  readonly heartbeatMs: number;
  /** A job running longer is stopped and fails. */
  readonly timeLimitMs: number;
  /** Deliveries a transiently failing job gets in all. */
  readonly maxAttempts: number;
  /** Wait before the next try after the given attempt failed transiently. */
  readonly backoffMs: (attempt: number) => number;
  /** Errors a handler throws that are worth retrying (TransientJobError always is). */
  readonly isTransient: (error: unknown) => boolean;
  /** Jobs of one organisation running at once across all workers; unlimited when absent. */
  readonly perOrganisation?: number;
  /** Where failures that are not the job's own go (a store briefly away during a renewal). */
  readonly log: (message: string) => void;
}

export const DEFAULT_DELIVERY: Omit<DeliveryOptions, "log"> = {
  leaseMs: 30_000,
  heartbeatMs: 10_000,
  timeLimitMs: 30 * 60_000,
  maxAttempts: 3,
  // Exponential from 1 s, capped at 1 min.
  backoffMs: (attempt) => Math.min(60_000, 1_000 * 2 ** (attempt - 1)),
  isTransient: (error) => error instanceof TransientJobError,
};

/** The claim limits in the delivery options. */
export function limitsOf(options: DeliveryOptions): ClaimLimits {
  return options.perOrganisation === undefined ? {} : { perOrganisation: options.perOrganisation };
}

/** How one delivery ended, for the adapter (the BullMQ one schedules the retry it implies). */
export type DeliveryOutcome =
  | { readonly kind: "done" | "failed" | "cancelled" | "handed-back" | "lost" }
  | { readonly kind: "retry"; readonly notBefore: Date; readonly attempts: number };

/** A claimed job being run: its controller lets the queue cancel or stop it from outside. */
export interface RunningDelivery {
  readonly record: JobRecord;
  readonly owner: string;
  readonly controller: AbortController;
  readonly finished: Promise<DeliveryOutcome>;
}

/**
 * Runs a claimed job: renews its lease while the handler works (learning of
 * a cancellation made by any process), stops it at the time limit, and
 * records how it ended. Only the lease holder's writes take effect, so a
 * delivery whose lease lapsed and went to another worker changes nothing.
 */
export function startDelivery(
  table: JobTable,
  record: JobRecord,
  owner: string,
  handler: JobHandler,
  options: DeliveryOptions,
): RunningDelivery {
  const controller = new AbortController();
  const stop = (why: JobStopReason): void => {
    if (!controller.signal.aborted) controller.abort(new JobStopped(why));
  };
  const timer = setTimeout(() => stop("time-limit"), options.timeLimitMs);
  const heartbeat = setInterval(() => {
    table.renew(record.reviewId, owner, options.leaseMs).then(
      (status) => {
        if (status === "cancelled") stop("cancelled");
        if (status === "lost") stop("lease-lost");
      },
      (error: unknown) =>
        options.log(`could not renew the lease of job ${record.reviewId}: ${String(error)}`),
    );
  }, options.heartbeatMs);
  const finished = (async (): Promise<DeliveryOutcome> => {
    let failure: { readonly error: unknown } | undefined;
    try {
      await handler(
        {
          reviewId: record.reviewId,
          organisationId: record.organisationId,
          projectId: record.projectId,
          priority: record.priority,
          request: record.request,
          ...(record.trace === undefined ? {} : { trace: record.trace }),
          attempt: record.attempts,
        },
        { signal: controller.signal },
      );
    } catch (error) {
      failure = { error };
    } finally {
      clearTimeout(timer);
      clearInterval(heartbeat);
    }
    try {
      return await settle(table, record, owner, controller.signal, failure, options);
    } catch (error) {
      // The store could not record the outcome (closed at shutdown, or unreachable): the lease
      // lapses and the job is delivered again, which at-least-once delivery allows; a rejection
      // here would have no one to catch it and would take the whole worker down.
      options.log(`could not record how job ${record.reviewId} ended: ${String(error)}`);
      return { kind: "lost" };
    }
  })();
  return { record, owner, controller, finished };
}

async function settle(
  table: JobTable,
  record: JobRecord,
  owner: string,
  signal: AbortSignal,
  failure: { readonly error: unknown } | undefined,
  options: DeliveryOptions,
): Promise<DeliveryOutcome> {
  const id = record.reviewId;
  const why = signal.aborted && signal.reason instanceof JobStopped ? signal.reason.why : undefined;
  if (why === "shutdown")
    return (await table.handBack(id, owner)) ? { kind: "handed-back" } : { kind: "lost" };
  if (why === "cancelled") return { kind: "cancelled" };
  if (why === "lease-lost") return { kind: "lost" };
  if (why === "time-limit") {
    const ok = await table.finish(id, owner, "failed", `time limit of ${options.timeLimitMs} ms exceeded`);
    return { kind: ok ? "failed" : "lost" };
  }
  if (failure === undefined) return { kind: (await table.finish(id, owner, "done")) ? "done" : "lost" };
  const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
  if (options.isTransient(failure.error) && record.attempts < options.maxAttempts) {
    const notBefore = new Date(Date.now() + options.backoffMs(record.attempts));
    const ok = await table.retryLater(id, owner, notBefore, message);
    return ok ? { kind: "retry", notBefore, attempts: record.attempts } : { kind: "lost" };
  }
  return { kind: (await table.finish(id, owner, "failed", message)) ? "failed" : "lost" };
}
