import { reviewProject } from "./review.js";
import { SYSTEM_CLOCK, type Environment, type SharedParts } from "./app-deps.js";
import { isCancelled, isCodeGuardianError, type ErrorCode } from "../core/errors.js";
import { UNWATCHED, type ReviewObserver } from "../core/observer.js";
import { stateEvent, type ProgressBus, type StateEvent } from "../core/progress-bus.js";
import { JobStopped, TransientJobError, type JobHandler, type LeasedJob } from "../core/queue.js";
import type { Review, ReviewState } from "../core/review.js";
import type { ServiceStore } from "../core/service-store.js";
import type { ProjectRef, StorePool } from "../core/store.js";
import { reviewRequestOf } from "./job-request.js";
import { progressPublisher } from "./progress-publisher.js";

/** What every job of one worker process shares (docs/server.md, "Queue and workers"). */
export interface WorkerParts {
  readonly shared: SharedParts;
  /** The store, with the service's accepted requests so `GET /v1/reviews/{id}` follows the job. */
  readonly store: StorePool & { readonly service: Pick<ServiceStore, "moveReviewRequest"> };
  readonly env: Environment;
  readonly version: string;
  readonly log: (message: string) => void;
  /** The process's metrics and traces; each job's review is watched from start to end. */
  readonly observer?: ReviewObserver;
  /** Where the reviews' live progress goes (docs/server.md, "Live progress"); none when absent. */
  readonly progress?: ProgressBus;
  /** Deliveries a job gets in all: a transient failure on the last one is final. */
  readonly maxAttempts?: number;
}

/** Failures another try may cure: the store or a rules worker briefly away. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(["CG_STORE_UNREACHABLE", "CG_RULES_WORKER_FAILED"]);

/**
 * Runs one queued review with `reviewProject` and records it in the job's
 * organisation under the job's review id. Recording is idempotent: a second
 * delivery of the same job replaces the first one's review (the store saves
 * by review id), so at-least-once delivery leaves exactly one review.
 */
export function reviewJobHandler(parts: WorkerParts): JobHandler {
  return followingRequest(parts, async (job, { signal }) => {
    const request = reviewRequestOf(job.reviewId, job.request);
    const watch = parts.observer?.reviewStarted(job.reviewId, job.trace) ?? UNWATCHED;
    const live =
      parts.progress === undefined ? undefined : progressPublisher(parts.progress, job.reviewId, parts.log);
    await live?.state(stateEvent("running"));
    try {
      const performed = await reviewProject(request, {
        shared: parts.shared,
        env: parts.env,
        clock: SYSTEM_CLOCK,
        log: (message) => parts.log(`review ${job.reviewId}: ${message}`),
        progress: live?.sink ?? (() => undefined),
        signal,
        version: parts.version,
        newId: () => job.reviewId,
        watch,
      }).catch((error: unknown) => {
        watch.finished(isCancelled(error) ? "cancelled" : "failed");
        throw error;
      });
      watch.finished(performed.review.state === "cancelled" ? "cancelled" : "finished", performed.review);
      await recordOnce(parts.store, job.organisationId, performed.target.project, performed.review);
      await moveRequest(parts, job, performed.review.state);
      await live?.state(stateEvent(performed.review.state, { findings: performed.review.findings.length }));
    } catch (error) {
      const failure = transientOrNot(error);
      await live?.state(stateAfter(failure, signal, job.attempt >= (parts.maxAttempts ?? Infinity)));
      throw failure;
    }
  });
}

/**
 * Moves the service's record of the request with the job (docs/server.md,
 * "Review state"): running when a delivery starts, the stored review's state
 * once recorded (in the handler), failed when it fails for good, queued
 * again when it will be retried or was handed back at shutdown.
 */
function followingRequest(parts: WorkerParts, run: JobHandler): JobHandler {
  return async (job, context) => {
    try {
      await moveRequest(parts, job, "running");
      await run(job, context);
    } catch (error) {
      const outcome = transientOrNot(error);
      await moveRequest(parts, job, afterFailure(context.signal, outcome)).catch((moveError: unknown) =>
        parts.log(`review ${job.reviewId}: could not record its state: ${String(moveError)}`),
      );
      throw outcome;
    }
  };
}

/**
 * Where the request stands after a failed delivery; undefined leaves it
 * (the lease went to another worker, which moves it from here on).
 */
function afterFailure(signal: AbortSignal, error: unknown): ReviewState | undefined {
  const why = signal.aborted && signal.reason instanceof JobStopped ? signal.reason.why : undefined;
  if (why === "lease-lost") return undefined;
  if (why === "cancelled") return "cancelled";
  if (why === "shutdown") return "queued";
  if (why === "time-limit") return "failed";
  // Retried while attempts remain; once the queue gives up, the summary reads the job's state.
  return error instanceof TransientJobError ? "queued" : "failed";
}

/** Moves the request unless it is final already (cancelled by a person, or stored). */
async function moveRequest(parts: WorkerParts, job: LeasedJob, to: ReviewState | undefined): Promise<void> {
  if (to === undefined) return;
  await parts.store.service.moveReviewRequest(job.organisationId, job.reviewId, ["queued", "running"], to);
}

/** What a follower is told when a delivery fails: final, or back in the queue. */
function stateAfter(failure: unknown, signal: AbortSignal, lastAttempt: boolean): StateEvent {
  const message = failure instanceof Error ? failure.message : String(failure);
  const why = signal.aborted && signal.reason instanceof JobStopped ? signal.reason.why : undefined;
  if (why === "cancelled") return stateEvent("cancelled");
  if (why === "shutdown" || why === "lease-lost") {
    return stateEvent("queued", { message: `handed back to the queue (${why})` });
  }
  if (failure instanceof TransientJobError && !lastAttempt && why === undefined) {
    return stateEvent("queued", { message: `will be retried: ${message}` });
  }
  return stateEvent("failed", { message });
}

/**
 * Saves the review; when two deliveries race and the other's save won (a
 * duplicate key on PostgreSQL), the review is there and that is success.
 */
async function recordOnce(
  pool: StorePool,
  organisationId: string,
  project: ProjectRef,
  review: Review,
): Promise<void> {
  const store = await pool.forOrganisation(organisationId);
  try {
    await store.saveReview(project, review);
  } catch (error) {
    if ((await store.reviewStatus(review.id)) !== undefined) return;
    throw error;
  }
}

function transientOrNot(error: unknown): unknown {
  if (isCodeGuardianError(error) && TRANSIENT.has(error.code)) {
    return new TransientJobError(error.message, { cause: error });
  }
  return error;
}
