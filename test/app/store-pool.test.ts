import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../../src/app/app-deps.js";
import { reviewProject } from "../../src/app/review.js";
import type { ReviewRequest } from "../../src/app/review-request.js";
import type { CachedFix } from "../../src/core/fix.js";
import { LOCAL_ORGANISATION } from "../../src/core/team.js";
import { historyStorePath } from "../../src/platform/data-dir.js";
import { openStorePool } from "../../src/storage/open-store.js";
import type { KyselyStorePool } from "../../src/storage/store-pool.js";
import { RulesPool } from "../../src/workers/rules-pool.js";
import { project } from "../support/review-builder.js";

/**
 * A long-lived process builds one store pool and hands it to every review
 * (docs/storage.md, "One store per process"): reviews take their
 * organisation's handle and caches from it, open no store of their own, and
 * leave it open; the process closes it at the end.
 */
const home = mkdtempSync(join(tmpdir(), "cg-app-pool-"));
const target = realpathSync(mkdtempSync(join(home, "target-")));
cpSync(resolve(import.meta.dirname, "../fixtures/tools/python"), target, { recursive: true });
const config = join(home, "operator", "codeguardian");
mkdirSync(config, { recursive: true });
writeFileSync(
  join(config, "config.yml"),
  [
    "analysers:",
    ...["pylint", "eslint", "semgrep", "bandit"].map((id) => `  ${id}: { enabled: false }`),
  ].join("\n") + "\n",
);
const env = {
  PATH: process.env.PATH,
  HOME: home,
  XDG_CONFIG_HOME: join(home, "operator"),
  XDG_DATA_HOME: join(home, "data"),
};

const PG_URL = "postgres://postgres@127.0.0.1:5432/test";
const schema = `cg_app_pool_${randomBytes(6).toString("hex")}`;
const rules = new RulesPool({ threads: 1 });

afterAll(async () => {
  await rules.close();
  rmSync(home, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
});

function request(organisation?: string): ReviewRequest {
  return {
    targets: [target],
    cwd: target,
    baseline: true,
    store: { kind: "default" },
    record: true,
    cache: true,
    requestedBy: { kind: "api", id: "key_1", name: "ci" },
    ...(organisation === undefined ? {} : { organisation }),
  };
}

function deps(stores: KyselyStorePool, n: number): AppDeps {
  return {
    shared: { rulesPool: rules, stores },
    env,
    clock: { now: () => new Date(`2026-12-07T00:00:0${n}Z`), elapsed: () => 0 },
    log: () => undefined,
    progress: () => undefined,
    version: "test",
    newId: () => `00000000-0000-4000-8000-00000000000${n}`,
  };
}

describe.each([
  { name: "SQLite", open: () => openStorePool(join(home, "pool.db")) },
  { name: "PostgreSQL", open: () => openStorePool(PG_URL, { schema }) },
])("reviews through one $name store pool", ({ open }) => {
  it("share the pool's store and dismissals, are scoped by organisation, open no store of their own, and leave the pool open until it is closed", async () => {
    const stores = await open();
    const local = await stores.forOrganisation(LOCAL_ORGANISATION);
    const first = (await reviewProject(request(), deps(stores, 1))).review;
    expect(first.findings.length).toBeGreaterThan(1);
    const dismissed = first.findings[0]!;
    await local.dismiss(project(target), dismissed.fingerprint, { by: "ana", reason: "fixture" });

    const second = (await reviewProject(request(), deps(stores, 2))).review;
    expect(second.comparison?.previousReviewId).toBe(first.id);
    expect(second.findings.map((f) => f.fingerprint)).not.toContain(dismissed.fingerprint);
    expect(second.dismissed).toEqual([
      expect.objectContaining({ fingerprint: dismissed.fingerprint, by: "ana" }),
    ]);
    expect((await local.listReviews(project(target), 10)).map((r) => r.id)).toEqual([second.id, first.id]);

    // Another organisation's review of the same project sees neither those reviews nor the dismissal.
    const other = await stores.team.createOrganisation({ slug: "acme", name: "Acme" });
    const theirs = (await reviewProject(request(other.id), deps(stores, 3))).review;
    expect(theirs.comparison).toBeUndefined();
    expect(theirs.findings.map((f) => f.fingerprint)).toContain(dismissed.fingerprint);
    expect(
      (await (await stores.forOrganisation(other.id)).listReviews(project(target), 10)).map((r) => r.id),
    ).toEqual([theirs.id]);
    expect((await local.listReviews(project(target), 10)).map((r) => r.id)).toEqual([second.id, first.id]);

    // No review opened the default history file: the pool was the only store.
    expect(existsSync(historyStorePath(env))).toBe(false);
    // A request may not point a shared process at another database, nor name an unknown organisation.
    await expect(
      reviewProject(
        { ...request(), store: { kind: "at", location: join(home, "elsewhere.db") } },
        deps(stores, 4),
      ),
    ).rejects.toMatchObject({ code: "CG_USAGE" });
    await expect(reviewProject(request("no-such-org"), deps(stores, 5))).rejects.toMatchObject({
      code: "CG_TEAM_NOT_FOUND",
    });

    await stores.close();
    await expect(reviewProject(request(), deps(stores, 6))).rejects.toThrow();
  });

  it("hands the fix stage the project's fix cache on the pool, scoped to the organisation", async () => {
    const stores = await open();
    try {
      const key = { fingerprint: "f".repeat(32), contentHash: "c".repeat(64) };
      const proven: CachedFix = {
        fix: { description: "use a parameter", applicability: "safe", edits: [] },
        validation: {
          status: "proven",
          applies: true,
          parses: true,
          findingGone: true,
          noNewFindings: true,
          reasons: [],
        },
      };
      let storeLocation: string | undefined = "not called";
      await reviewProject({ ...request(), record: false }, deps(stores, 7), {
        afterRun: async (review, context) => {
          storeLocation = context.storeLocation;
          await context.llm.fixCache?.("scope").set(key, proven);
          return review;
        },
      });
      // The review opened no store location of its own; its cache rows are on the pool.
      expect(storeLocation).toBeUndefined();
      const local = await stores.caches(LOCAL_ORGANISATION, target);
      expect(await local.fixes("scope").get(key)).toEqual(proven);
      const acme =
        (await stores.team.organisation("acme")) ??
        (await stores.team.createOrganisation({ slug: "acme", name: "Acme" }));
      expect(await (await stores.caches(acme.id, target)).fixes("scope").get(key)).toBeUndefined();
    } finally {
      await stores.close();
    }
  });
});

describe("a review without a store pool", () => {
  it("refuses an organisation other than the local one", async () => {
    const plain: AppDeps = {
      ...deps(undefined as unknown as KyselyStorePool, 7),
      shared: { rulesPool: rules },
    };
    await expect(reviewProject(request("acme"), plain)).rejects.toMatchObject({ code: "CG_USAGE" });
  });
});
