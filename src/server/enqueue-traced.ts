import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { FastifyRequest } from "fastify";
import type { ReviewJobData } from "../core/queue.js";
import { traceCarrierOf } from "../platform/trace-carrier.js";
import { requestSpanOf } from "./observe-requests.js";
import type { ServerDeps } from "./server-deps.js";

/**
 * Puts a review on the queue within the request's trace (docs/server.md,
 * "Traces"): a `queue review` span (kind producer) under the request's span,
 * whose context the job carries to whichever worker runs it, so the
 * worker's `review` span, and the stages under it, sit in the same trace.
 * Without a tracer the job carries nothing and costs nothing more.
 */
export async function enqueueTraced(
  deps: Pick<ServerDeps, "queue" | "tracer">,
  request: FastifyRequest,
  job: ReviewJobData,
): Promise<void> {
  const parent = requestSpanOf(request);
  if (deps.tracer === undefined || parent === undefined) return deps.queue.enqueue(job);
  const span = deps.tracer.startSpan(
    "queue review",
    {
      kind: SpanKind.PRODUCER,
      attributes: { "codeguardian.review.id": job.reviewId, "codeguardian.job.priority": job.priority },
    },
    trace.setSpan(ROOT_CONTEXT, parent),
  );
  const carried = traceCarrierOf(span);
  try {
    await deps.queue.enqueue(carried === undefined ? job : { ...job, trace: carried });
  } catch (error) {
    span.setStatus({
      code: SpanStatusCode.ERROR,
      message: error instanceof Error ? error.message : String(error),
    });
    throw error;
  } finally {
    span.end();
  }
}
