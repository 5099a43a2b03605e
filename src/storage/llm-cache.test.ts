import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openLlmStore, type LlmStore } from "./llm-cache.js";
import { openSqliteStore } from "./sqlite.js";

const PG_URL = "postgres://postgres@127.0.0.1:5432/test";
const schema = `cg_llm_${randomBytes(6).toString("hex")}`;
const dir = mkdtempSync(join(tmpdir(), "cg-llm-cache-"));

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const pool = new pg.Pool({ connectionString: PG_URL, max: 1 });
  await pool.query(`drop schema if exists ${schema} cascade`);
  await pool.end();
});

const opens: readonly [string, (project?: string) => Promise<LlmStore>][] = [
  [
    "SQLite",
    (project = "github.com/acme/app") =>
      openLlmStore(join(dir, "store.db"), { project, now: () => new Date("2026-11-27T05:00:00Z") }),
  ],
  ["PostgreSQL", (project = "github.com/acme/app") => openLlmStore(PG_URL, { project, schema })],
];

describe.each(opens)("the LLM cache and checkpoints on %s", (_name, open) => {
  it("stores answers by key and reads them back after reopening", async () => {
    const first = await open();
    await first.cache.set("k1", { findings: [{ line: 3 }] });
    await first.cache.set("k1", { findings: [] });
    await first.close();
    const again = await open();
    try {
      expect(await again.cache.get("k1")).toEqual({ findings: [] });
      expect(await again.cache.get("missing")).toBeUndefined();
    } finally {
      await again.close();
    }
  });

  it("records checkpoints per review", async () => {
    const store = await open();
    try {
      await store.checkpoints.record("r1", "a", { n: 1 });
      await store.checkpoints.record("r1", "b", { n: 2 });
      await store.checkpoints.record("r1", "b", { n: 3 });
      await store.checkpoints.record("r2", "a", { n: 4 });
      expect(await store.checkpoints.count("r1")).toBe(2);
      expect(await store.checkpoints.get("r1", "b")).toEqual({ n: 3 });
      expect(await store.checkpoints.get("r2", "b")).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it("never shows one project's answers, checkpoints or fixes to another", async () => {
    const mine = await open("/srv/mine");
    const theirs = await open("github.com/evil/other");
    try {
      await theirs.cache.set("shared-key", { verdict: "false positive" });
      await theirs.checkpoints.record("r9", "step", { n: 1 });
      const fix = { description: "d", applicability: "safe" as const, edits: [] };
      const validation = {
        status: "proven" as const,
        applies: true,
        parses: true,
        findingGone: true,
        noNewFindings: true,
        reasons: [],
      };
      await theirs.fixes("s").set({ fingerprint: "f", contentHash: "h" }, { fix, validation });
      expect(await mine.cache.get("shared-key")).toBeUndefined();
      expect(await mine.checkpoints.count("r9")).toBe(0);
      expect(await mine.checkpoints.latestInterrupted()).toBeUndefined();
      expect(await mine.fixes("s").get({ fingerprint: "f", contentHash: "h" })).toBeUndefined();
      // Control: the writer reads its own rows back.
      expect(await theirs.cache.get("shared-key")).toEqual({ verdict: "false positive" });
      expect(await theirs.fixes("s").get({ fingerprint: "f", contentHash: "h" })).toMatchObject({ fix });
    } finally {
      await mine.close();
      await theirs.close();
    }
  });
});

describe("sharing the review store's file", () => {
  it("the review store opens a file the LLM cache created, and the other way round", async () => {
    const path = join(dir, "shared.db");
    const cache = await openLlmStore(path, { project: "/srv/app" });
    await cache.cache.set("k", 1);
    const reviews = await openSqliteStore(path);
    await reviews.close();
    expect(await cache.cache.get("k")).toBe(1);
    await cache.close();
  });
});
