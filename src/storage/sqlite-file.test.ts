import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { finding, project, review } from "../../test/support/review-builder.js";
import { openSqliteStore } from "./sqlite.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "codeguardian-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("openSqliteStore on bad paths", () => {
  const cases: readonly [string, () => string, RegExp, string][] = [
    [
      "a text file",
      () => fileWith("notes.sqlite", "these are notes, not a database\n".repeat(40)),
      /not a readable SQLite database/,
      "CG_STORE_DAMAGED",
    ],
    ["a directory", () => dir, /is a directory/, "CG_STORE_NOT_A_FILE"],
    ["a device", () => "/dev/null", /not a regular file/, "CG_STORE_NOT_A_FILE"],
    [
      "a path below a regular file",
      () => join(fileWith("plain.txt", "x"), "store.sqlite"),
      /Could not open/,
      "CG_STORE_FAILED",
    ],
  ];
  it.each(cases)(
    "refuses %s with a named store error naming the path",
    async (_label, makePath, message, code) => {
      const path = makePath();
      const failure = await openSqliteStore(path).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ code, message: expect.stringMatching(message) as unknown });
      expect((failure as Error).message).toContain(resolve(path));
      expect((failure as { hint?: string }).hint).toBeTruthy();
    },
  );

  it("refuses a database migrated by a newer CodeGuardian", async () => {
    const path = join(dir, "newer.sqlite");
    await (await openSqliteStore(path)).close();
    const raw = new Database(path);
    raw
      .prepare("INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)")
      .run("0999_future", new Date(0).toISOString());
    raw.close();
    await expect(openSqliteStore(path)).rejects.toMatchObject({
      code: "CG_STORE_FAILED",
      hint: expect.stringMatching(/newer CodeGuardian/) as unknown,
    });
  });
});

describe("the SQLite file", () => {
  it("is in WAL mode, with the schema's indexes, and cascades findings with their review", async () => {
    const path = join(dir, "a", "b", "reviews.sqlite");
    const store = await openSqliteStore(path);
    const saved = review({ id: "r-cascade" });
    await store.saveReview(project("/srv/app"), saved);
    await store.close();

    const raw = new Database(path);
    try {
      raw.pragma("foreign_keys = ON");
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
      const indexes = raw
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'idx_%'")
        .pluck()
        .all();
      expect(indexes).toEqual(
        expect.arrayContaining([
          "idx_findings_review_id",
          "idx_findings_review_fingerprint",
          "idx_reviews_project_id",
        ]),
      );
      expect(raw.prepare("SELECT count(*) FROM findings").pluck().get()).toBe(saved.findings.length);
      raw.prepare("DELETE FROM reviews WHERE id = ?").run("r-cascade");
      expect(raw.prepare("SELECT count(*) FROM findings").pluck().get()).toBe(0);
    } finally {
      raw.close();
    }
  });

  it("is not corrupted by several processes opening and writing it at once", async () => {
    const path = join(dir, "shared", "reviews.sqlite");
    const writers = 4;
    const perWriter = 5;
    const script = `
      const { openSqliteStore } = await import(${JSON.stringify(resolve("src/storage/sqlite.ts"))});
      const { project, review, finding } = await import(${JSON.stringify(resolve("test/support/review-builder.ts"))});
      const [path, writer] = process.argv.slice(1);
      const store = await openSqliteStore(path);
      for (let k = 0; k < ${perWriter}; k++) {
        const findings = Array.from({ length: 200 }, (_, n) => finding(n));
        await store.saveReview(project("/srv/shared"), review({ id: "w" + writer + "-" + k, findings }));
      }
      await store.close();
    `;
    await Promise.all(
      Array.from({ length: writers }, (_, w) =>
        run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, path, String(w)]),
      ),
    );
    const store = await openSqliteStore(path);
    try {
      const listed = await store.listReviews(project("/srv/shared"), 100);
      expect(listed).toHaveLength(writers * perWriter);
      for (const item of listed) expect((await store.getReview(item.id))?.findings).toHaveLength(200);
    } finally {
      await store.close();
    }
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    raw.close();
  });
});

describe("a save that fails part-way", () => {
  it("leaves nothing behind: the review, its findings and its project are one transaction", async () => {
    const path = join(dir, "atomic.sqlite");
    let calls = 0;
    // Ids repeat after the first batch of findings is written, so the second batch fails.
    const newId = (): string => (++calls > 500 ? "repeated-id" : randomUUID());
    const failing = await openSqliteStore(path, { newId });
    const big = review({ id: "atomic", findings: Array.from({ length: 900 }, (_, n) => finding(n)) });
    try {
      await expect(failing.saveReview(project("/srv/atomic"), big)).rejects.toMatchObject({
        code: "CG_STORE_FAILED",
      });
      expect(await failing.getReview("atomic")).toBeUndefined();
      expect(await failing.listReviews(project("/srv/atomic"), 10)).toEqual([]);
    } finally {
      await failing.close();
    }
    const raw = new Database(path, { readonly: true });
    const counts = ["projects", "reviews", "findings"].map((t) =>
      raw.prepare(`SELECT count(*) FROM ${t}`).pluck().get(),
    );
    raw.close();
    expect(counts).toEqual([0, 0, 0]);
  });
});
