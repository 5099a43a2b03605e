import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { CachedFix, FixCache, FixCacheKey } from "../core/fix.js";
import { openLlmStore, type LlmStore } from "./llm-cache.js";

const PG_URL = "postgres://postgres@127.0.0.1:5432/test";
const schema = `cg_fix_${randomBytes(6).toString("hex")}`;
const dir = mkdtempSync(join(tmpdir(), "cg-fix-cache-"));
const sqlitePath = join(dir, "store.db");
const SCOPE = "codeguardian 1.4.0; ladder: recheck+parse";

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const pool = new pg.Pool({ connectionString: PG_URL, max: 1 });
  await pool.query(`drop schema if exists ${schema} cascade`);
  await pool.end();
});

const KEY: FixCacheKey = {
  fingerprint: "3f1c9a0b7d2e4f6a8b0c1d2e3f4a5b6c",
  contentHash: "9b74c9897bac770ffc029102a200c5de7a3c8a5b0f1e2d3c4b5a69788796a5b4",
};

const PROVEN: CachedFix = {
  fix: {
    description: "Use SHA-256 instead of MD5",
    applicability: "safe",
    edits: [
      {
        range: { start: { line: 12, column: 16 }, end: { line: 12, column: 27 } },
        text: "hashlib.sha256",
      },
    ],
  },
  validation: {
    status: "proven",
    applies: true,
    parses: true,
    findingGone: true,
    noNewFindings: true,
    languageCheck: true,
    tests: true,
    recheckedWith: "py/weak-hash",
    reasons: [],
    diff: "--- a/app/auth.py\n+++ b/app/auth.py\n@@ -12 +12 @@\n-    return hashlib.md5(data)\n+    return hashlib.sha256(data)\n",
  },
};

/** Writes straight into the table, as damage from outside CodeGuardian would. */
type Corrupt = (fingerprint: string, value: string) => Promise<void>;

const corruptSqlite: Corrupt = (fingerprint, value) => {
  const raw = new Database(sqlitePath, { timeout: 5000 });
  try {
    raw.prepare("update fix_cache set value = ? where fingerprint = ?").run(value, fingerprint);
  } finally {
    raw.close();
  }
  return Promise.resolve();
};

const corruptPostgres: Corrupt = async (fingerprint, value) => {
  const pool = new pg.Pool({ connectionString: PG_URL, options: `-c search_path=${schema}`, max: 1 });
  try {
    await pool.query("update fix_cache set value = $1 where fingerprint = $2", [value, fingerprint]);
  } finally {
    await pool.end();
  }
};

const opens: readonly [string, () => Promise<LlmStore>, Corrupt][] = [
  [
    "SQLite",
    () =>
      openLlmStore(sqlitePath, {
        project: "github.com/acme/app",
        now: () => new Date("2026-11-27T05:00:00Z"),
      }),
    corruptSqlite,
  ],
  ["PostgreSQL", () => openLlmStore(PG_URL, { project: "github.com/acme/app", schema }), corruptPostgres],
];

describe.each(opens)("the validated-fix cache on %s", (_name, open, corrupt) => {
  it("reads a fix back after reopening, and is a FixCache", async () => {
    const first = await open();
    const cache: FixCache = first.fixes(SCOPE);
    await cache.set(KEY, PROVEN);
    await first.close();
    const again = await open();
    try {
      expect(await again.fixes(SCOPE).get(KEY)).toEqual(PROVEN);
    } finally {
      await again.close();
    }
  });

  it("misses under another scope or on other content", async () => {
    const store = await open();
    try {
      await store.fixes(SCOPE).set(KEY, PROVEN);
      expect(await store.fixes(`${SCOPE}; tests`).get(KEY)).toBeUndefined();
      expect(await store.fixes(SCOPE).get({ ...KEY, contentHash: "0".repeat(64) })).toBeUndefined();
      expect(await store.fixes(SCOPE).get({ ...KEY, fingerprint: "another" })).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it("replaces a fix set again under the same key", async () => {
    const store = await open();
    try {
      const key = { ...KEY, fingerprint: "overwritten" };
      const rejected: CachedFix = {
        fix: { ...PROVEN.fix, applicability: "suggested" },
        validation: {
          status: "rejected",
          applies: true,
          parses: false,
          findingGone: false,
          noNewFindings: false,
          reasons: ["the fix introduced 1 syntax error"],
        },
      };
      await store.fixes(SCOPE).set(key, PROVEN);
      await store.fixes(SCOPE).set(key, rejected);
      expect(await store.fixes(SCOPE).get(key)).toEqual(rejected);
    } finally {
      await store.close();
    }
  });

  it.each([
    ["text that is not JSON", "{not json"],
    ["JSON null", "null"],
    ["a fix without its validation", JSON.stringify({ fix: PROVEN.fix })],
    [
      "an unknown status",
      JSON.stringify({ ...PROVEN, validation: { ...PROVEN.validation, status: "maybe" } }),
    ],
    [
      "an edit without a range",
      JSON.stringify({ ...PROVEN, fix: { ...PROVEN.fix, edits: [{ text: "hashlib.sha256" }] } }),
    ],
  ])("reads a row holding %s as a miss", async (_what, damage) => {
    const key = { ...KEY, fingerprint: `damaged-${randomBytes(4).toString("hex")}` };
    const first = await open();
    await first.fixes(SCOPE).set(key, PROVEN);
    await first.close();
    await corrupt(key.fingerprint, damage);
    const again = await open();
    try {
      expect(await again.fixes(SCOPE).get(key)).toBeUndefined();
    } finally {
      await again.close();
    }
  });
});
