import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { project, review } from "../../test/support/review-builder.js";
import { openReviewStore, storeKindOf, type StoreKind } from "./open-store.js";

const dir = mkdtempSync(join(tmpdir(), "codeguardian-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("storeKindOf", () => {
  const cases: readonly [string, StoreKind][] = [
    ["postgres://user@db:5432/reviews", "postgres"],
    ["postgresql://db/reviews", "postgres"],
    ["  POSTGRES://db/reviews", "postgres"],
    [".codeguardian/reviews.sqlite", "sqlite"],
    ["/var/lib/codeguardian/postgres://odd-but-a-path", "sqlite"],
    [":memory:", "sqlite"],
  ];
  it.each(cases)("reads %s as %s", (location, kind) => {
    expect(storeKindOf(location)).toBe(kind);
  });
});

describe("openReviewStore", () => {
  it("opens a SQLite file at a path, creating it", async () => {
    const path = join(dir, "deep", "reviews.sqlite");
    const store = await openReviewStore(path);
    try {
      const saved = review({ id: "r1" });
      await store.saveReview(project("/srv/app"), saved);
      expect(await store.getReview("r1")).toStrictEqual(saved);
      expect(existsSync(path)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("opens PostgreSQL for a URL, and says so when the server is not there", async () => {
    await expect(openReviewStore("postgresql://postgres@127.0.0.1:1/none")).rejects.toMatchObject({
      code: "CG_STORE_UNREACHABLE",
      message: expect.stringContaining("postgresql://postgres@127.0.0.1:1/none") as unknown,
    });
  });
});
