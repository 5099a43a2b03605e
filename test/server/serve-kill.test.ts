import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStorePool } from "../../src/storage/open-store.js";
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
 * Fault: the embedded `codeguardian serve` (SQLite, the store's jobs table as
 * the queue, the worker in the same process) is SIGKILLed with reviews
 * queued and one running (docs/server.md, "Deployment"). Started again on
 * the same data directory it finishes every review it accepted with 202,
 * each exactly once.
 */
const root = mkdtempSync(join(tmpdir(), "cg-serve-kill-"));
const repos = join(root, "repos");
mkdirSync(repos);
// Enough files that the first review is still running when the process dies.
const repo = writeFixtureRepo(repos, 150);
const env = operatorEnv(root);
const started: SourceProcess[] = [];
afterAll(async () => {
  await Promise.all(started.map((p) => stopChild(p.child, "SIGKILL")));
  rmSync(root, { recursive: true, force: true });
});

async function serveOn(port: number): Promise<SourceProcess> {
  const serve = fromSource("server/entry.ts", ["--port", String(port), "--allow-root", repos], env);
  started.push(serve);
  await listening(serve);
  return serve;
}

describe("serve SIGKILLed with queued work", () => {
  it("finishes every accepted review exactly once after a restart", { timeout: 240_000 }, async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const doomed = await serveOn(port);
    const key = await createOrganisation(undefined, env);
    const project = await call(base, key, "POST", "/v1/projects", { name: "app", repository: repo });
    expect(project.status).toBe(201);

    const accepted: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const answer = await call(base, key, "POST", "/v1/reviews", { projectId: project.body.id });
      expect(answer.status).toBe(202);
      accepted.push(String(answer.body.id));
    }
    const store = await openStorePool(join(root, "data", "codeguardian", "server.db"));
    try {
      const deadline = Date.now() + 60_000;
      while ((await store.jobs.get(accepted[0] ?? ""))?.state !== "running") {
        if (Date.now() > deadline) throw new Error(`first review never ran: ${doomed.stderr()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      doomed.child.kill("SIGKILL");
      expect(await doomed.exited).toBe("SIGKILL");
      const states = await Promise.all(accepted.map(async (id) => (await store.jobs.get(id))?.state));
      // The kill landed mid-run: nothing done yet, one running, the rest waiting.
      expect(states).toEqual(["running", "queued", "queued", "queued", "queued"]);

      const survivor = await serveOn(port);
      for (const id of accepted) {
        expect((await finalSummary(base, key, id, 180_000)).state, survivor.stderr()).toBe("finished");
      }
      const jobs = await Promise.all(accepted.map((id) => store.jobs.get(id)));
      expect(jobs.map((job) => job?.state)).toEqual(accepted.map(() => "done"));
      // The review killed mid-run was taken over once its dead holder's lease lapsed.
      expect(jobs[0]?.attempts).toBe(2);
      expect(jobs.slice(1).map((job) => job?.attempts)).toEqual([1, 1, 1, 1]);

      const reviews = await store.database.selectFrom("reviews").select("id").execute();
      expect(reviews.map((r) => r.id).sort()).toEqual([...accepted].sort());
      for (const id of accepted) {
        const summary = await call(base, key, "GET", `/v1/reviews/${id}`);
        const stored = await store.database
          .selectFrom("findings")
          .select(["fingerprint"])
          .where("review_id", "=", id)
          .execute();
        expect(stored.length, id).toBe(summary.body.total);
        expect(new Set(stored.map((f) => f.fingerprint)).size, id).toBe(stored.length);
      }
      survivor.child.kill("SIGTERM");
      expect(await survivor.exited, survivor.stderr()).toBe(0);
    } finally {
      await store.close();
    }
  });
});
