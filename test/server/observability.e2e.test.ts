import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { startOtlpReceiver } from "../support/otlp-receiver.js";
import { operatorEnv, writeFixtureRepo } from "../worker/fixture-repo.js";
import { freePort, stopChild } from "../worker/processes.js";

/**
 * `codeguardian serve` watched as an operator watches it (docs/server.md,
 * "Operator" and "Observability"): an operator key from `admin
 * create-operator-key`, a review requested with an owner's key and run by
 * the in-process worker, then the metrics read with the operator key, the
 * spans received by a local OTLP/HTTP collector, and the process's standard
 * error read as JSON lines holding neither key.
 */
const WORKTREE = join(import.meta.dirname, "..", "..");
const TSX = pathToFileURL(join(WORKTREE, "node_modules", "tsx", "dist", "esm", "index.mjs")).href;

const root = mkdtempSync(join(tmpdir(), "cg-observe-"));
const repos = join(root, "repos");
mkdirSync(repos);
const repo = writeFixtureRepo(repos, 2);
const env = operatorEnv(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fromSource(entry: string, args: readonly string[]) {
  const child = spawn(process.execPath, ["--import", TSX, join(WORKTREE, "src", entry), ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("codeguardian serve, observed", () => {
  it(
    "exports metrics, spans and JSON logs for a review requested over HTTP",
    { timeout: 240_000 },
    async () => {
      const collector = await startOtlpReceiver();
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const serve = fromSource("server/entry.ts", [
        "--port",
        String(port),
        "--allow-root",
        repos,
        "--otlp-endpoint",
        collector.url,
      ]);
      try {
        await until(() => serve.stderr().includes("listening on"), "serve to listen");
        const admin = fromSource("cli/entry.ts", [
          "admin",
          "create-org",
          "Acme",
          "--owner-email",
          "ana@acme.test",
        ]);
        expect(await admin.exited, admin.stderr()).toBe(0);
        const key = admin.stdout().trim();
        const ops = fromSource("cli/entry.ts", ["admin", "create-operator-key", "prometheus"]);
        expect(await ops.exited, ops.stderr()).toBe(0);
        const operatorKey = ops.stdout().trim();
        expect(operatorKey).toMatch(/^cgop_[A-Za-z0-9_-]{43}$/);
        expect(ops.stderr()).not.toContain(operatorKey);

        const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
        const created = await fetch(`${base}/v1/projects`, {
          method: "POST",
          headers,
          body: JSON.stringify({ name: "app", repository: repo }),
        });
        expect(created.status).toBe(201);
        const project = (await created.json()) as { id: string };
        const accepted = await fetch(`${base}/v1/reviews`, {
          method: "POST",
          headers,
          body: JSON.stringify({ projectId: project.id }),
        });
        expect(accepted.status).toBe(202);
        const { id } = (await accepted.json()) as { id: string };
        let state = "queued";
        await until(async () => {
          state = ((await (await fetch(`${base}/v1/reviews/${id}`, { headers })).json()) as { state: string })
            .state;
          return ["finished", "failed", "cancelled"].includes(state);
        }, "the review to end");
        expect(state, serve.stderr()).toBe("finished");

        // The owner's key does not reach the operator's routes; the operator's key does.
        expect((await fetch(`${base}/v1/admin/metrics`, { headers })).status).toBe(403);
        const scraped = await fetch(`${base}/v1/admin/metrics`, {
          headers: { authorization: `Bearer ${operatorKey}` },
        });
        expect(scraped.status).toBe(200);
        const metrics = await scraped.text();
        expect(metrics).toContain('codeguardian_review_duration_seconds_count{outcome="finished"} 1');
        expect(metrics).toContain('codeguardian_queue_jobs{state="done"} 1');
        expect(metrics).toContain('codeguardian_queue_jobs_handled_total{outcome="done"} 1');
        expect(metrics).toContain(
          'codeguardian_http_requests_total{route="/v1/reviews",method="POST",status="202"} 1',
        );
        expect(metrics).toMatch(/codeguardian_findings_total\{severity="\w+"\} [1-9]/);
        const usage = await fetch(`${base}/v1/admin/usage`, {
          headers: { authorization: `Bearer ${operatorKey}` },
        });
        const rows = (
          (await usage.json()) as { organisations: { organisation: { slug: string }; reviews: number }[] }
        ).organisations;
        // The store also holds the CLI's implicit `local` organisation, with nothing in it.
        expect(rows.find((row) => row.organisation.slug === "acme")?.reviews).toBe(1);
        expect(rows.reduce((sum, row) => sum + row.reviews, 0)).toBe(1);

        // Spans are batched: stopping serve sends what is left.
        serve.child.kill("SIGTERM");
        expect(await serve.exited, serve.stderr()).toBe(0);
        const spans = collector.spans.filter((span) => span.service === "codeguardian-serve");
        const review = spans.find((span) => span.name === "review");
        expect(review?.attributes["codeguardian.review.id"]).toBe(id);
        const stages = spans.filter((span) => span.parentSpanId === review?.spanId).map((span) => span.name);
        expect(stages).toEqual(expect.arrayContaining(["stage scope", "stage analyse", "stage synthesise"]));
        expect(spans.map((span) => span.name)).toContain("POST /v1/reviews");

        const lines = serve
          .stderr()
          .split("\n")
          .filter((line) => line !== "");
        const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
        expect(parsed.some((line) => line.reviewId === id && line.msg === "job done")).toBe(true);
        expect(parsed.some((line) => typeof line.reqId === "string")).toBe(true);
        expect(serve.stderr()).not.toContain(key);
        expect(serve.stderr()).not.toContain(operatorKey);
      } finally {
        await stopChild(serve.child, "SIGKILL");
        await collector.close();
      }
    },
  );
});
