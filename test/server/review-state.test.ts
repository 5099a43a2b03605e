import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewJobHandler, type WorkerParts } from "../../src/app/review-job.js";
import type { Consumer } from "../../src/core/queue.js";
import { StoreJobQueue } from "../../src/queue/store-queue.js";
import { buildServer } from "../../src/server/build-server.js";
import { DEFAULT_LIMITS } from "../../src/server/server-deps.js";
import { openStorePool } from "../../src/storage/open-store.js";
import type { KyselyStorePool } from "../../src/storage/store-pool.js";
import { RulesPool } from "../../src/workers/rules-pool.js";
import { operatorEnv, writeFixtureRepo } from "../worker/fixture-repo.js";

/**
 * `GET /v1/reviews/{id}` tells the truth at every moment: queued when
 * accepted, running while a worker has it, then finished or failed, on a
 * real store queue, the real job handler and a real review.
 */
describe("a review's state as a worker moves it", () => {
  const root = mkdtempSync(join(tmpdir(), "cg-review-state-"));
  const repo = writeFixtureRepo(root);
  const env = operatorEnv(root);
  const rulesPool = new RulesPool();
  let pool: KyselyStorePool;
  let queue: StoreJobQueue;
  let consumer: Consumer | undefined;
  let app: Awaited<ReturnType<typeof buildServer>>;
  let key: string;

  beforeAll(async () => {
    pool = await openStorePool(join(root, "server.db"));
    queue = new StoreJobQueue(pool.jobs, { pollMs: 50 });
    const org = await pool.team.createOrganisation({ slug: "acme", name: "Acme" });
    key = (await pool.team.createApiKey(org.id, { name: "robot", role: "owner" })).key;
    app = await buildServer({
      store: pool,
      queue,
      repositories: { allowedUrls: [], roots: [root] },
      limits: DEFAULT_LIMITS,
      corsOrigins: [],
      version: "test",
    });
  });
  afterAll(async () => {
    await consumer?.stop(5_000);
    await queue.close();
    await app.close();
    await pool.close();
    await rulesPool.close();
    rmSync(root, { recursive: true, force: true });
  });

  const call = (method: "GET" | "POST", url: string, payload?: Record<string, unknown>) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(payload === undefined ? {} : { payload }),
    });
  const stateOf = async (id: string): Promise<string> =>
    (await call("GET", `/v1/reviews/${id}`)).json<{ state: string }>().state;
  const requestReview = async (
    repository: string,
    settings: Record<string, unknown> = {},
  ): Promise<string> => {
    const project = await call("POST", "/v1/projects", { name: repository, repository, settings });
    expect(project.statusCode).toBe(201);
    const accepted = await call("POST", "/v1/reviews", { projectId: project.json<{ id: string }>().id });
    expect(accepted.statusCode).toBe(202);
    return accepted.json<{ id: string }>().id;
  };
  async function settled(id: string): Promise<string> {
    for (let i = 0; i < 600; i += 1) {
      const state = await stateOf(id);
      if (state !== "queued" && state !== "running") return state;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`review ${id} did not settle`);
  }

  it("is queued, then running, then finished; a review whose directory vanished fails", async () => {
    const good = await requestReview(repo);
    const gone = join(root, "gone");
    mkdirSync(gone);
    writeFileSync(join(gone, "a.js"), "eval(x);\n");
    const bad = await requestReview(gone);
    expect(await stateOf(good)).toBe("queued");
    expect(await stateOf(bad)).toBe("queued");
    rmSync(gone, { recursive: true });

    // What the API says at the moment the handler has moved the request to running.
    const whileRunning = new Map<string, string>();
    const store: WorkerParts["store"] = {
      forOrganisation: (id) => pool.forOrganisation(id),
      team: pool.team,
      close: () => pool.close(),
      service: {
        async moveReviewRequest(organisationId, reviewId, from, to) {
          const moved = await pool.service.moveReviewRequest(organisationId, reviewId, from, to);
          if (to === "running") whileRunning.set(reviewId, await stateOf(reviewId));
          return moved;
        },
      },
    };
    const handler = reviewJobHandler({
      shared: { rulesPool },
      store,
      env,
      version: "test",
      log: () => undefined,
    });
    consumer = queue.consume(handler, { concurrency: 1 });

    expect(await settled(good)).toBe("finished");
    expect(await settled(bad)).toBe("failed");
    expect(Object.fromEntries(whileRunning)).toEqual({ [good]: "running", [bad]: "running" });
    const request = await pool.database
      .selectFrom("review_requests")
      .select(["id", "state"])
      .orderBy("id")
      .execute();
    expect(Object.fromEntries(request.map((r) => [r.id, r.state]))).toEqual({
      [good]: "finished",
      [bad]: "failed",
    });
  });

  // The worker started above runs this review too.
  it("proves one finding's fix on the reviewed tree, and refuses once the file changed", async () => {
    const dir = join(root, "fixable");
    mkdirSync(dir);
    const source =
      "function same(a, b) {\n  if (a == 0) {\n    return 1;\n  }\n  return new Function(b)();\n}\nmodule.exports = { same };\n";
    writeFileSync(join(dir, "same.js"), source);
    // Loose equality is a low-confidence style finding: the project asks for every finding.
    const id = await requestReview(dir, { minConfidence: 0 });
    expect(await settled(id)).toBe("finished");
    const page = (await call("GET", `/v1/reviews/${id}/findings`)).json<{
      findings: { fingerprint: string; ruleId: string }[];
    }>();
    const loose = page.findings.find((x) => x.ruleId === "js/loose-equality");
    const other = page.findings.find((x) => x.ruleId !== "js/loose-equality");
    expect(loose, JSON.stringify(page.findings.map((x) => x.ruleId))).toBeDefined();
    const fixed = await call("POST", `/v1/reviews/${id}/findings/${loose?.fingerprint}/fix`, {});
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({
      status: "proven",
      validation: { applies: true, parses: true, findingGone: true, noNewFindings: true },
    });
    expect(fixed.json<{ diff: string }>().diff).toContain("+  if (a === 0) {");
    if (other !== undefined) {
      const none = await call("POST", `/v1/reviews/${id}/findings/${other.fingerprint}/fix`, {});
      expect(none.json()).toMatchObject({ status: "none" });
    }
    writeFileSync(join(dir, "same.js"), source.replace("return 1;", "return 2;"));
    const moved = await call("POST", `/v1/reviews/${id}/findings/${loose?.fingerprint}/fix`, {});
    expect(moved.json()).toMatchObject({ status: "none", reason: "file changed since the review" });
  });
});
