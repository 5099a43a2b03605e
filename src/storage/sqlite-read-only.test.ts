import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { project, review } from "../../test/support/review-builder.js";
import { openSqliteStore } from "./sqlite.js";

const dir = mkdtempSync(join(tmpdir(), "codeguardian-sqlite-ro-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a store opened read-only", () => {
  const digest = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

  it("reads history, refuses to save, and leaves the file as it was", async () => {
    const path = join(dir, "readonly", "reviews.sqlite");
    const saved = review({ id: "ro-1" });
    const writer = await openSqliteStore(path);
    await writer.saveReview(project("/srv/ro"), saved);
    await writer.close();
    const before = digest(path);

    const reader = await openSqliteStore(path, { readOnly: true });
    try {
      expect(await reader.getReview("ro-1")).toStrictEqual(saved);
      expect((await reader.listReviews(project("/srv/ro"), 5)).map((r) => r.id)).toEqual(["ro-1"]);
      await expect(reader.saveReview(project("/srv/ro"), review({ id: "ro-2" }))).rejects.toMatchObject({
        code: "CG_STORE_FAILED",
        message: expect.stringContaining("read-only") as unknown,
      });
    } finally {
      await reader.close();
    }
    expect(digest(path)).toBe(before);
  });

  const refusals: readonly [string, () => Promise<string>, RegExp][] = [
    [
      "a missing file, creating nothing",
      () => Promise.resolve(join(dir, "readonly", "missing", "none.sqlite")),
      /Could not open/,
    ],
    ["in-memory", () => Promise.resolve(":memory:"), /in-memory/],
    [
      "a SQLite file that is not a review store",
      () => {
        const path = join(dir, "readonly", "other.sqlite");
        const raw = new Database(path);
        raw.exec("CREATE TABLE notes (body TEXT)");
        raw.close();
        return Promise.resolve(path);
      },
      /not a CodeGuardian review store/,
    ],
    [
      "a store from a newer CodeGuardian",
      async () => {
        const path = join(dir, "readonly", "newer.sqlite");
        await (await openSqliteStore(path)).close();
        const raw = new Database(path);
        raw.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('0999_future', 'x')").run();
        raw.close();
        return path;
      },
      /does not know: 0999_future/,
    ],
  ];
  it.each(refusals)("refuses %s", async (_label, makePath, message) => {
    const path = await makePath();
    await expect(openSqliteStore(path, { readOnly: true })).rejects.toMatchObject({
      code: "CG_STORE_FAILED",
      message: expect.stringMatching(message) as unknown,
    });
    if (path.includes("missing")) expect(existsSync(dirname(path))).toBe(false);
  });
});
