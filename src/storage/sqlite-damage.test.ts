import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { finding, project, review } from "../../test/support/review-builder.js";
import { openSqliteStore } from "./sqlite.js";

const dir = mkdtempSync(join(tmpdir(), "codeguardian-sqlite-damage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a review edited behind the store's back", () => {
  const corruptions: readonly [string, string, RegExp][] = [
    ["a document that is not JSON", "UPDATE reviews SET document = '{not json' WHERE id = ?", /valid JSON/],
    [
      "a document that is not an object",
      "UPDATE reviews SET document = '[1, 2]' WHERE id = ?",
      /not a JSON object/,
    ],
    ["an unknown state", "UPDATE reviews SET state = 'paused' WHERE id = ?", /state "paused"/],
    [
      "an unknown completeness",
      "UPDATE reviews SET completeness = 'mostly' WHERE id = ?",
      /completeness "mostly"/,
    ],
    [
      "an unknown severity",
      "UPDATE findings SET severity = 'catastrophic' WHERE review_id = ?",
      /severity "catastrophic"/,
    ],
    ["an unknown category", "UPDATE findings SET category = 'vibes' WHERE review_id = ?", /category "vibes"/],
    [
      "a CWE list that is a string",
      "UPDATE findings SET cwe_ids = '\"CWE-79\"' WHERE review_id = ?",
      /list of strings/,
    ],
    [
      "a fix that is not JSON",
      "UPDATE findings SET suggested_fix = 'nope' WHERE review_id = ?",
      /valid JSON/,
    ],
  ];
  it.each(corruptions)("reads %s as CG_STORE_FAILED naming the review", async (_label, update, message) => {
    const path = join(dir, "corrupt", `${randomUUID()}.sqlite`);
    const store = await openSqliteStore(path);
    const saved = review({ id: `r-${randomUUID()}` });
    await store.saveReview(project("/srv/app"), saved);
    const raw = new Database(path);
    raw.prepare(update).run(saved.id);
    raw.close();
    try {
      const failure = await store.getReview(saved.id).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({
        code: "CG_STORE_FAILED",
        message: expect.stringMatching(message) as unknown,
      });
      expect((failure as Error).message).toContain(saved.id);
    } finally {
      await store.close();
    }
  });

  it("leaves a review whose state is not finished out of latestReview", async () => {
    const path = join(dir, "corrupt", "running.sqlite");
    const store = await openSqliteStore(path);
    const [older, running] = [
      review({ id: "older" }),
      review({ id: "running", startedAt: "2027-01-01T00:00:00.000Z" }),
    ];
    await store.saveReview(project("/srv/app"), older);
    await store.saveReview(project("/srv/app"), running);
    const raw = new Database(path);
    raw.prepare("UPDATE reviews SET state = 'running' WHERE id = ?").run("running");
    raw.close();
    try {
      expect((await store.latestReview(project("/srv/app")))?.id).toBe("older");
    } finally {
      await store.close();
    }
  });
});

describe("a store file damaged on disk", () => {
  it("fails with CG_STORE_DAMAGED and a hint, at open or at the first read, never with a crash", async () => {
    const path = join(dir, "damaged.sqlite");
    const writer = await openSqliteStore(path);
    await writer.saveReview(
      project("/srv/dmg"),
      review({ id: "dmg", findings: Array.from({ length: 2000 }, (_, n) => finding(n)) }),
    );
    await writer.close();
    const bytes = readFileSync(path);
    // Keep the 100-byte header so the file still looks like SQLite; wreck the pages behind it.
    bytes.fill(0xa5, 4096, Math.min(bytes.length, 4096 * 64));
    writeFileSync(path, bytes);

    const failure = await openSqliteStore(path)
      .then(async (store) => {
        try {
          await store.getReview("dmg");
          await store.listReviews(project("/srv/dmg"), 10);
          return undefined;
        } finally {
          await store.close();
        }
      })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: "CG_STORE_DAMAGED",
      hint: expect.stringMatching(/damaged|move the file aside/i) as unknown,
    });
    expect((failure as Error).message).toContain(path);
  });
});
