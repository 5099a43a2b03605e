import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewJobHandler } from "../../src/app/review-job.js";
import { LOCAL_ORGANISATION } from "../../src/core/team.js";
import { ServiceMetrics } from "../../src/platform/metrics.js";
import { reviewTelemetry } from "../../src/platform/review-telemetry.js";
import { startTracing, type Tracing } from "../../src/platform/tracing.js";
import { buildServer } from "../../src/server/build-server.js";
import { ArrayQueue } from "../../src/server/memory-queue.test-support.js";
import { DEFAULT_LIMITS } from "../../src/server/server-deps.js";
import { serverFixture, withKey } from "../../src/server/server-fixture.test-support.js";
import { openStorePool } from "../../src/storage/open-store.js";
import { RulesPool } from "../../src/workers/rules-pool.js";
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from "../support/otlp-receiver.js";
import { operatorEnv, writeFixtureRepo } from "./fixture-repo.js";

/**
 * Traces and metrics of a real review (docs/server.md, "Observability"):
 * the worker's handler runs a review of a small repository with the
 * process's observer, spans go over OTLP/HTTP to a local receiver, and the
 * test checks their names and parent links and the metrics they fed.
 */
const root = mkdtempSync(join(tmpdir(), "cg-telemetry-"));
const repo = writeFixtureRepo(root);
const env = operatorEnv(root);
const rulesPool = new RulesPool();
let receiver: OtlpReceiver;
let tracing: Tracing;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  tracing = startTracing({ endpoint: receiver.url, serviceName: "codeguardian-worker", version: "test" });
});
afterAll(async () => {
  await tracing.shutdown();
  await receiver.close();
  await rulesPool.close();
  rmSync(root, { recursive: true, force: true });
});

function only(spans: readonly ReceivedSpan[], name: string): ReceivedSpan {
  const found = spans.filter((span) => span.name === name);
  expect(
    found.map((span) => span.name),
    `one span named ${name}`,
  ).toEqual([name]);
  return found[0]!;
}

describe("review telemetry", () => {
  it("exports a review's spans (review → stages → analysers) and counts its metrics", async () => {
    const metrics = new ServiceMetrics();
    const store = await openStorePool(join(root, "traced.db"));
    const handler = reviewJobHandler({
      shared: { rulesPool },
      store,
      env,
      version: "test",
      log: () => undefined,
      observer: reviewTelemetry(metrics, tracing.tracer),
    });
    await handler(
      {
        reviewId: "review-traced",
        organisationId: LOCAL_ORGANISATION,
        projectId: "p",
        priority: "full",
        request: { targets: ["."], cwd: repo },
        attempt: 1,
      },
      { signal: new AbortController().signal },
    );
    const review = await (await store.forOrganisation(LOCAL_ORGANISATION)).getReview("review-traced");
    await store.close();
    await tracing.flush();

    const spans = receiver.spans.filter((span) => span.service === "codeguardian-worker");
    const top = only(spans, "review");
    expect(top.parentSpanId).toBeUndefined();
    expect(top.attributes["codeguardian.review.id"]).toBe("review-traced");
    expect(top.attributes["codeguardian.review.outcome"]).toBe("finished");
    const trace = spans.filter((span) => span.traceId === top.traceId);
    for (const stage of ["scope", "analyse", "synthesise"]) {
      expect(only(trace, `stage ${stage}`).parentSpanId, stage).toBe(top.spanId);
    }
    const analyse = only(trace, "stage analyse");
    const rules = only(trace, "analyser rules");
    expect(rules.parentSpanId).toBe(analyse.spanId);
    expect(rules.startNs).toBeGreaterThanOrEqual(analyse.startNs);
    expect(rules.endNs).toBeLessThanOrEqual(top.endNs);
    expect(rules.attributes["codeguardian.analyser.status"]).toBe("completed");
    // Every span of the review's trace hangs from another span of it.
    for (const span of trace) {
      if (span !== top)
        expect(
          trace.map((s) => s.spanId),
          span.name,
        ).toContain(span.parentSpanId);
    }

    const text = await metrics.text();
    expect(text).toContain('codeguardian_review_duration_seconds_count{outcome="finished"} 1');
    expect(text).toContain('codeguardian_agent_duration_seconds_count{agent="rules",status="completed"} 1');
    expect(text).toContain("codeguardian_active_reviews 0");
    const counted = [...text.matchAll(/codeguardian_findings_total\{severity="\w+"\} (\d+)/g)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
    expect(review?.findings.length).toBeGreaterThan(0);
    expect(counted).toBe(review?.findings.length);
  }, 120_000);

  it("places a model call's span inside the analyse stage, at its real length, and counts tokens and cost", async () => {
    const metrics = new ServiceMetrics();
    const watch = reviewTelemetry(metrics, tracing.tracer).reviewStarted("review-llm");
    watch.progress({ kind: "stage", stage: "scope" });
    watch.progress({ kind: "stage", stage: "analyse" });
    watch.progress({ kind: "analyser", analyser: "security", status: "started" });
    watch.llmCall({
      provider: "openai",
      model: "gpt-4.1-mini",
      inputTokens: 1200,
      outputTokens: 300,
      costCents: 0.96,
      durationMs: 250,
    });
    watch.progress({ kind: "analyser", analyser: "security", status: "timed-out" });
    watch.finished("failed");
    watch.finished("finished");
    await tracing.flush();

    const top = receiver.spans.find(
      (span) => span.name === "review" && span.attributes["codeguardian.review.id"] === "review-llm",
    );
    expect(top?.attributes["codeguardian.review.outcome"]).toBe("failed");
    const trace = receiver.spans.filter((span) => span.traceId === top?.traceId);
    const analyse = only(trace, "stage analyse");
    const call = only(trace, "llm openai:gpt-4.1-mini");
    expect(call.parentSpanId).toBe(analyse.spanId);
    expect(Number(call.endNs - call.startNs) / 1e6).toBeCloseTo(250, -1);
    expect(call.attributes["gen_ai.usage.input_tokens"]).toBe(1200);
    expect(only(trace, "analyser security").parentSpanId).toBe(analyse.spanId);

    const text = await metrics.text();
    expect(text).toContain(
      'codeguardian_llm_tokens_total{provider="openai",model="gpt-4.1-mini",direction="input"} 1200',
    );
    expect(text).toContain(
      'codeguardian_llm_tokens_total{provider="openai",model="gpt-4.1-mini",direction="output"} 300',
    );
    expect(text).toContain('codeguardian_llm_cost_cents_total{provider="openai",model="gpt-4.1-mini"} 0.96');
    expect(text).toContain(
      'codeguardian_agent_duration_seconds_count{agent="security",status="timed-out"} 1',
    );
    // finished twice (a late second report) counts the review once.
    expect(text).toContain('codeguardian_review_duration_seconds_count{outcome="failed"} 1');
    expect(text).not.toContain('codeguardian_review_duration_seconds_count{outcome="finished"}');
    expect(text).toContain("codeguardian_active_reviews 0");
  });

  it("makes every HTTP request a server span named by its route pattern", async () => {
    const f = await serverFixture("sqlite");
    const app = await buildServer({
      store: f.pool,
      queue: new ArrayQueue(),
      repositories: { allowedUrls: [], roots: [f.root] },
      limits: DEFAULT_LIMITS,
      corsOrigins: [],
      version: "test",
      tracer: tracing.tracer,
    });
    try {
      const ok = await app.inject({
        method: "GET",
        url: `/v1/reviews/${f.reviewId}`,
        headers: withKey(f.keys.viewer),
      });
      expect(ok.statusCode).toBe(200);
      expect((await app.inject({ method: "GET", url: `/v1/reviews/${f.reviewId}` })).statusCode).toBe(401);
      await tracing.flush();
      const spans = receiver.spans.filter((span) => span.name === "GET /v1/reviews/:id");
      expect(spans.map((span) => span.attributes["http.response.status_code"]).sort()).toEqual([200, 401]);
      const answered = spans.find((span) => span.attributes["http.response.status_code"] === 200);
      expect(answered?.attributes["codeguardian.request.id"]).toBe(ok.headers["x-request-id"]);
      expect(answered?.attributes["codeguardian.organisation.id"]).toBe(f.org.id);
      expect(answered?.parentSpanId).toBeUndefined();
    } finally {
      await app.close();
      await f.close();
    }
  });

  it("continues the trace of the request that queued the review: request → queue review → review → stages", async () => {
    const f = await serverFixture("sqlite");
    const queue = new ArrayQueue();
    const app = await buildServer({
      store: f.pool,
      queue,
      repositories: { allowedUrls: [], roots: [f.root] },
      limits: DEFAULT_LIMITS,
      corsOrigins: [],
      version: "test",
      tracer: tracing.tracer,
    });
    try {
      const accepted = await app.inject({
        method: "POST",
        url: "/v1/reviews",
        headers: withKey(f.keys.member),
        payload: { projectId: f.project.id },
      });
      expect(accepted.statusCode).toBe(202);
      const job = queue.jobs.at(-1);
      expect(job?.trace?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      // The worker's side: the job's carrier is all the observer gets of the request.
      const watch = reviewTelemetry(new ServiceMetrics(), tracing.tracer).reviewStarted(
        job!.reviewId,
        job!.trace,
      );
      watch.progress({ kind: "stage", stage: "scope" });
      watch.finished("finished");
      await tracing.flush();

      const post = receiver.spans.find(
        (span) =>
          span.name === "POST /v1/reviews" &&
          span.attributes["codeguardian.request.id"] === accepted.headers["x-request-id"],
      );
      const trace = receiver.spans.filter((span) => span.traceId === post?.traceId);
      const queued = only(trace, "queue review");
      const review = only(trace, "review");
      expect(queued.parentSpanId).toBe(post?.spanId);
      expect(queued.attributes["codeguardian.review.id"]).toBe(job?.reviewId);
      expect(review.parentSpanId).toBe(queued.spanId);
      expect(review.attributes["codeguardian.review.id"]).toBe(job?.reviewId);
      expect(only(trace, "stage scope").parentSpanId).toBe(review.spanId);
    } finally {
      await app.close();
      await f.close();
    }
  });

  it.each([
    ["no trace context", undefined],
    ["a malformed one", { traceparent: "00-not-a-trace-01" }],
    ["an all-zero trace id", { traceparent: `00-${"0".repeat(32)}-b7ad6b7169203331-01` }],
  ])("starts a trace of its own for a job with %s", async (what, origin) => {
    const id = `review-alone-${what.replaceAll(" ", "-")}`;
    reviewTelemetry(new ServiceMetrics(), tracing.tracer).reviewStarted(id, origin).finished("finished");
    await tracing.flush();
    const review = receiver.spans.find(
      (span) => span.name === "review" && span.attributes["codeguardian.review.id"] === id,
    );
    expect(review).toBeDefined();
    expect(review?.parentSpanId).toBeUndefined();
  });
});
