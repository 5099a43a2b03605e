import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { API_KEY_CACHE_MS } from "../../src/storage/api-key-cache.js";
import { startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster.js";
import { operatorEnv, writeFixtureRepo } from "../worker/fixture-repo.js";
import { freePort, stopChild } from "../worker/processes.js";
import {
  call,
  createOrganisation,
  finalSummary,
  fromSource,
  listening,
  type SourceProcess,
} from "./serve-process.js";

/**
 * Fault: the PostgreSQL server under `codeguardian serve` stops and starts
 * again (docs/server.md, "Deployment"). On a private cluster the test makes
 * with `initdb`, never the shared one: while it is down `/v1/ready` says 503
 * and every route that needs the store answers 503 in the one error shape;
 * once it is back the same process is ready and runs reviews again.
 */
const root = mkdtempSync(join(tmpdir(), "cg-pg-down-"));
const repos = join(root, "repos");
mkdirSync(repos);
const repo = writeFixtureRepo(repos, 3);
const env = operatorEnv(root);
let cluster: PostgresCluster | undefined;
let serve: SourceProcess | undefined;
afterAll(async () => {
  if (serve !== undefined) await stopChild(serve.child, "SIGKILL");
  await cluster?.destroy();
  rmSync(root, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("PostgreSQL stopped under serve", () => {
  it(
    "answers 503 while it is down and recovers by itself when it is back",
    { timeout: 240_000 },
    async () => {
      cluster = await startPostgresCluster();
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      serve = fromSource(
        "server/entry.ts",
        ["--port", String(port), "--db", cluster.url, "--allow-root", repos],
        env,
      );
      await listening(serve);
      const key = await createOrganisation(cluster.url, env);
      const project = await call(base, key, "POST", "/v1/projects", { name: "app", repository: repo });
      expect(project.status).toBe(201);
      const projectId = String(project.body.id);
      const first = await call(base, key, "POST", "/v1/reviews", { projectId });
      expect(first.status).toBe(202);
      const firstId = String(first.body.id);
      expect((await finalSummary(base, key, firstId)).state).toBe("finished");
      expect((await fetch(`${base}/v1/ready`)).status).toBe(200);

      await cluster.stop();
      const ready = await fetch(`${base}/v1/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ code: "CG_STORE_UNREACHABLE" });
      expect((await fetch(`${base}/v1/health`)).status).toBe(200);
      // Every route that reads or writes the store: a clear 503, not a crash or a bare 500.
      for (const [method, path, body] of [
        ["GET", `/v1/reviews/${firstId}`, undefined],
        ["GET", `/v1/reviews/${firstId}/findings`, undefined],
        ["GET", `/v1/projects/${projectId}`, undefined],
        ["POST", "/v1/reviews", { projectId }],
      ] as const) {
        const answer = await call(base, key, method, path, body);
        expect(answer.status, `${method} ${path}`).toBe(503);
        expect(answer.body, `${method} ${path}`).toMatchObject({ code: "CG_STORE_UNREACHABLE" });
      }
      // The in-process worker keeps polling a store that refuses; the process must survive it.
      await new Promise((resolve) => setTimeout(resolve, Math.max(2_000, API_KEY_CACHE_MS)));
      expect(serve.child.exitCode).toBeNull();
      // A route that reads only the credential answers from the key's cached grant for up to
      // API_KEY_CACHE_MS; past it the key is read again, and the store's absence is a 503 too.
      const me = await call(base, key, "GET", "/v1/users/me");
      expect(me.status).toBe(503);
      expect(me.body).toMatchObject({ code: "CG_STORE_UNREACHABLE" });

      await cluster.start();
      await until(async () => (await fetch(`${base}/v1/ready`)).status === 200, "ready after the restart");
      const again = await call(base, key, "POST", "/v1/reviews", { projectId });
      expect(again.status).toBe(202);
      const summary = await finalSummary(base, key, String(again.body.id));
      expect(summary.state).toBe("finished");
      expect(summary.total).toBeGreaterThan(0);
      const findings = await call(
        base,
        key,
        "GET",
        `/v1/reviews/${String(again.body.id)}/findings?limit=200`,
      );
      expect(findings.status).toBe(200);
      expect((findings.body.findings as unknown[]).length).toBe(summary.total);
      expect(serve.child.exitCode, serve.stderr()).toBeNull();

      serve.child.kill("SIGTERM");
      expect(await serve.exited, serve.stderr()).toBe(0);
    },
  );
});
