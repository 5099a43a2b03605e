import { TransientJobError, type JobHandler } from "../core/queue.js";
import type { Logger } from "./logger.js";
import type { ServiceMetrics } from "./metrics.js";

/**
 * A worker's job handler with each job counted by outcome and logged as one
 * JSON line when it starts and one when it ends, carrying the review id
 * (docs/server.md, "Logs"). The handler itself is unchanged.
 */
export function observedJobs(handler: JobHandler, metrics: ServiceMetrics, logger: Logger): JobHandler {
  return async (job, context) => {
    const log = logger.child({ reviewId: job.reviewId, organisationId: job.organisationId });
    const startedAt = performance.now();
    log.info({ attempt: job.attempt, priority: job.priority }, "job started");
    try {
      await handler(job, context);
    } catch (error) {
      const outcome =
        error instanceof TransientJobError ? "retry" : context.signal.aborted ? "aborted" : "failed";
      metrics.jobsHandled.inc({ outcome });
      log.warn(
        { outcome, ms: Math.round(performance.now() - startedAt), error: messageOf(error) },
        "job ended without a review",
      );
      throw error;
    }
    metrics.jobsHandled.inc({ outcome: "done" });
    log.info({ outcome: "done", ms: Math.round(performance.now() - startedAt) }, "job done");
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
