import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startOtlpReceiver, type ReceivedSpan } from "../support/otlp-receiver.js";
import { operatorEnv, writeFixtureRepo } from "../worker/fixture-repo.js";
import { freePort, startWorkerProcess, stopChild } from "../worker/processes.js";
import { call, createOrganisation, finalSummary, fromSource, listening } from "./serve-process.js";

/**
 * One trace from the HTTP request to the review's stages across processes
 * (docs/server.md, "Traces"): `serve --no-worker` accepts the review and
 * `codeguardian worker`, a separate process on the same store, runs it;
 * both export to one local OTLP/HTTP collector. The job carried the
 * request's trace context through the store's jobs table.
 */
const root = mkdtempSync(join(tmpdir(), "cg-trace-link-"));
const repos = join(root, "repos");
mkdirSync(repos);
const repo = writeFixtureRepo(repos, 2);
const env = operatorEnv(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function one(spans: readonly ReceivedSpan[], service: string, name: string): ReceivedSpan {
  const found = spans.filter((span) => span.service === service && span.name === name);
  expect(
    found.map((span) => span.name),
    `one ${name} span from ${service}`,
  ).toEqual([name]);
  return found[0]!;
}

describe("a review's trace across serve and worker", () => {
  it("shows request → queue review → review → stages in one trace", { timeout: 240_000 }, async () => {
    const collector = await startOtlpReceiver();
    const db = join(root, "server.db");
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const tracing = ["--db", db, "--otlp-endpoint", collector.url];
    const serve = fromSource(
      "server/entry.ts",
      ["--port", String(port), "--no-worker", "--allow-root", repos, ...tracing],
      env,
    );
    const worker = startWorkerProcess(tracing, env);
    try {
      await listening(serve);
      const key = await createOrganisation(db, env);
      const project = await call(base, key, "POST", "/v1/projects", { name: "app", repository: repo });
      expect(project.status).toBe(201);
      const accepted = await call(base, key, "POST", "/v1/reviews", { projectId: project.body.id });
      expect(accepted.status).toBe(202);
      const id = String(accepted.body.id);
      expect((await finalSummary(base, key, id)).state, worker.log()).toBe("finished");

      // Spans are batched: each process sends what is left as it stops.
      serve.child.kill("SIGTERM");
      worker.child.kill("SIGTERM");
      expect(await serve.exited, serve.stderr()).toBe(0);
      expect(await worker.exited, worker.log()).toBe(0);

      const posts = collector.spans.filter(
        (span) => span.service === "codeguardian-serve" && span.name === "POST /v1/reviews",
      );
      const queued = one(collector.spans, "codeguardian-serve", "queue review");
      const post = posts.find((span) => span.spanId === queued.parentSpanId);
      expect(post?.attributes["http.response.status_code"]).toBe(202);
      const review = one(collector.spans, "codeguardian-worker", "review");
      expect(review.attributes["codeguardian.review.id"]).toBe(id);
      expect(review.traceId).toBe(post?.traceId);
      expect(review.parentSpanId).toBe(queued.spanId);
      // The review started after the request arrived, in the other process.
      expect(review.startNs >= (post?.startNs ?? 0n)).toBe(true);
      const stages = collector.spans
        .filter((span) => span.traceId === post?.traceId && span.parentSpanId === review.spanId)
        .map((span) => span.name);
      expect(stages).toEqual(expect.arrayContaining(["stage scope", "stage analyse", "stage synthesise"]));
    } finally {
      await stopChild(serve.child, "SIGKILL");
      await stopChild(worker.child, "SIGKILL");
      await collector.close();
    }
  });
});
