import {
  context,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type Tracer,
} from "@opentelemetry/api";
import type { LlmCallRecord, ReviewObserver, ReviewOutcome, ReviewWatch } from "../core/observer.js";
import type { ProgressEvent } from "../core/progress.js";
import type { Review } from "../core/review.js";
import type { ServiceMetrics } from "./metrics.js";
import { contextOfCarrier } from "./trace-carrier.js";

/**
 * The process's review observer (docs/server.md, "Observability"): each
 * review is a `review` span with a child span per pipeline stage, a child of
 * the `analyse` stage per analyser, and one per answered model call; the
 * same events feed the Prometheus metrics. Built from the pipeline's
 * progress events, so the pipeline itself knows nothing of either.
 */
export function reviewTelemetry(metrics: ServiceMetrics, tracer: Tracer): ReviewObserver {
  return {
    reviewStarted: (reviewId, origin) =>
      new WatchedReview(reviewId, metrics, tracer, contextOfCarrier(origin)),
  };
}

interface OpenAnalyser {
  readonly span: Span;
  readonly startedAt: number;
}

class WatchedReview implements ReviewWatch {
  private readonly startedAt = performance.now();
  private readonly root: Span;
  private readonly rootContext: Context;
  private stage: Span | undefined;
  private stageContext: Context;
  private readonly analysers = new Map<string, OpenAnalyser>();
  private ended = false;

  constructor(
    reviewId: string,
    private readonly metrics: ServiceMetrics,
    private readonly tracer: Tracer,
    origin: Context,
  ) {
    // The review runs in a worker, perhaps another process, after the request that queued it was
    // answered: it continues that request's trace (the job carried it) as a consumer of the queue.
    this.root = tracer.startSpan(
      "review",
      { kind: SpanKind.CONSUMER, attributes: { "codeguardian.review.id": reviewId } },
      origin,
    );
    this.rootContext = trace.setSpan(context.active(), this.root);
    this.stageContext = this.rootContext;
    metrics.activeReviews.inc();
  }

  progress(event: ProgressEvent): void {
    if (this.ended) return;
    if (event.kind === "stage") {
      this.stage?.end();
      this.stage = this.tracer.startSpan(
        `stage ${event.stage}`,
        { attributes: { "codeguardian.stage": event.stage } },
        this.rootContext,
      );
      this.stageContext = trace.setSpan(this.rootContext, this.stage);
      return;
    }
    if (event.kind !== "analyser") return;
    if (event.status === "started") {
      const span = this.tracer.startSpan(
        `analyser ${event.analyser}`,
        { attributes: { "codeguardian.analyser": event.analyser } },
        this.stageContext,
      );
      this.analysers.set(event.analyser, { span, startedAt: performance.now() });
      return;
    }
    const open = this.analysers.get(event.analyser);
    if (open === undefined) return;
    this.analysers.delete(event.analyser);
    if (event.findings !== undefined) open.span.setAttribute("codeguardian.findings", event.findings);
    open.span.setAttribute("codeguardian.analyser.status", event.status);
    if (event.status !== "completed")
      open.span.setStatus({ code: SpanStatusCode.ERROR, message: event.status });
    open.span.end();
    this.metrics.agentDuration.observe(
      { agent: event.analyser, status: event.status },
      (performance.now() - open.startedAt) / 1000,
    );
  }

  llmCall(call: LlmCallRecord): void {
    const labels = { provider: call.provider, model: call.model };
    this.metrics.llmTokens.inc({ ...labels, direction: "input" }, call.inputTokens);
    this.metrics.llmTokens.inc({ ...labels, direction: "output" }, call.outputTokens);
    if (call.costCents !== undefined) this.metrics.llmCost.inc(labels, call.costCents);
    if (this.ended) return;
    // The router reports a call once answered: the span is placed back at its start.
    const end = Date.now();
    const span = this.tracer.startSpan(
      `llm ${call.provider}:${call.model}`,
      {
        startTime: end - call.durationMs,
        attributes: {
          "gen_ai.system": call.provider,
          "gen_ai.request.model": call.model,
          "gen_ai.usage.input_tokens": call.inputTokens,
          "gen_ai.usage.output_tokens": call.outputTokens,
          ...(call.costCents === undefined ? {} : { "codeguardian.llm.cost_cents": call.costCents }),
        },
      },
      this.stageContext,
    );
    span.end(end);
  }

  finished(outcome: ReviewOutcome, review?: Review): void {
    if (this.ended) return;
    this.ended = true;
    for (const open of this.analysers.values()) {
      open.span.setStatus({ code: SpanStatusCode.ERROR, message: `review ${outcome}` });
      open.span.end();
    }
    this.analysers.clear();
    this.stage?.end();
    if (review !== undefined) {
      this.root.setAttribute("codeguardian.findings", review.findings.length);
      for (const finding of review.findings) this.metrics.findings.inc({ severity: finding.severity });
    }
    this.root.setAttribute("codeguardian.review.outcome", outcome);
    if (outcome === "failed") this.root.setStatus({ code: SpanStatusCode.ERROR, message: "review failed" });
    this.root.end();
    this.metrics.activeReviews.dec();
    this.metrics.reviewDuration.observe({ outcome }, (performance.now() - this.startedAt) / 1000);
  }
}
