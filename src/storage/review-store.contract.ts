import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import type { Review } from "../core/review.js";
import type { ProjectRef, ReviewStore } from "../core/store.js";
import { LOCAL_ORGANISATION } from "../core/team.js";
import { finding, project, review, richReview } from "../../test/support/review-builder.js";
import type { KyselyStorePool } from "./store-pool.js";

export interface ContractOptions {
  /** True when two `open()` calls reach the same data (a file, a server), false for private in-memory stores. */
  readonly sharedStorage?: boolean;
}

/** The store as the CLI uses it: the local organisation's handle, closing its pool when closed. */
async function localStore(
  open: () => Promise<KyselyStorePool>,
): Promise<ReviewStore & { close(): Promise<void> }> {
  const pool = await open();
  return Object.assign(await pool.forOrganisation(LOCAL_ORGANISATION), { close: () => pool.close() });
}

/** Review ids and project keys are unique per test, so implementations that keep data between tests still isolate. */
function uid(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

export function reviewStoreContract(
  name: string,
  openPool: () => Promise<KyselyStorePool>,
  cleanup?: () => Promise<void>,
  options: ContractOptions = {},
): void {
  const open = () => localStore(openPool);
  describe(`ReviewStore contract: ${name}`, () => {
    let store: ReviewStore & { close(): Promise<void> };
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    if (cleanup) afterAll(cleanup);

    const roundTrips: readonly [string, (id: string) => Review][] = [
      ["a plain review with optional fields absent", (id) => review({ id })],
      ["non-ASCII text, fixes with edits, cvss, family, comparison, diff and LLM usage", richReview],
      ["a review with no findings", (id) => review({ id, findings: [] })],
      [
        "a review with a non-canonical timestamp",
        (id) => review({ id, startedAt: "2026-11-27T04:00:00+01:00" }),
      ],
    ];
    it.each(roundTrips)("saves and reads back %s unchanged", async (_label, make) => {
      const saved = make(uid("rev"));
      const key = uid("proj");
      await store.saveReview(project(key), saved);
      expect(await store.getReview(saved.id)).toStrictEqual(saved);
      expect(await store.latestReview(project(key))).toStrictEqual({ id: saved.id, review: saved });
    });

    it("answers undefined or empty for what it does not hold", async () => {
      expect(await store.getReview(uid("missing"))).toBeUndefined();
      expect(await store.latestReview(project(uid("nobody")))).toBeUndefined();
      expect(await store.listReviews(project(uid("nobody")), 10)).toEqual([]);
    });

    it("keeps projects apart by key", async () => {
      const [a, b] = [project(uid("a")), project(uid("b"))];
      const [ra, rb] = [
        review({ id: uid("ra") }),
        review({ id: uid("rb"), startedAt: "2027-01-01T00:00:00.000Z" }),
      ];
      await store.saveReview(a, ra);
      await store.saveReview(b, rb);
      expect((await store.latestReview(a))?.id).toBe(ra.id);
      expect((await store.latestReview(b))?.id).toBe(rb.id);
      expect((await store.listReviews(a, 10)).map((r) => r.id)).toEqual([ra.id]);
      expect((await store.listReviews(b, 10)).map((r) => r.projectKey)).toEqual([b.key]);
    });

    it("returns the most recently started review as the latest, whatever the save order", async () => {
      const p = project(uid("p"));
      const starts = ["2026-11-02T10:00:00.000Z", "2026-11-03T09:00:00.000Z", "2026-11-01T23:00:00.000Z"];
      const reviews = starts.map((startedAt) => review({ id: uid("r"), startedAt }));
      for (const r of reviews) await store.saveReview(p, r);
      expect((await store.latestReview(p))?.id).toBe(reviews[1]!.id);
    });

    it("lists reviews newest first, up to the limit, with counts and comparison figures", async () => {
      const p = project(uid("p"));
      const days = [1, 5, 3, 4, 2];
      const reviews = days.map((day) =>
        day === 4
          ? richReview(uid("r"))
          : review({ id: uid("r"), startedAt: `2026-10-0${day}T12:00:00.000Z` }),
      );
      const rich = reviews[3]!;
      const richOnDay4 = { ...rich, startedAt: "2026-10-04T12:00:00.000Z" };
      for (const r of reviews) await store.saveReview(p, r === rich ? richOnDay4 : r);

      const listed = await store.listReviews(p, 3);
      expect(listed.map((r) => r.startedAt)).toEqual([
        "2026-10-05T12:00:00.000Z",
        "2026-10-04T12:00:00.000Z",
        "2026-10-03T12:00:00.000Z",
      ]);
      expect(listed[1]).toStrictEqual({
        id: rich.id,
        projectKey: p.key,
        status: "incomplete",
        state: "finished",
        completeness: "incomplete",
        scopeKind: "diff",
        baseRef: "origin/main",
        startedAt: "2026-10-04T12:00:00.000Z",
        durationMs: rich.durationMs,
        total: 3,
        bySeverity: { critical: 1, high: 1, medium: 0, low: 0, info: 1 },
        score: rich.summary.score,
        newCount: 2,
        fixedCount: 1,
        commit: "9fceb02d0ae598e95dc970b74767f19372d61af8",
        branch: "ré/branche-ü",
      });
      expect(listed[0]).toMatchObject({
        newCount: 0,
        fixedCount: 0,
        total: 2,
        status: "completed",
        state: "finished",
        completeness: "complete",
        scopeKind: "full",
      });
      expect(listed[0]).not.toHaveProperty("commit");
      expect(await store.listReviews(p, 10)).toHaveLength(5);
      expect(await store.listReviews(p, 0)).toEqual([]);
    });

    it.each([-1, 1.5, Number.NaN])("refuses the list limit %s with a usage error", async (limit) => {
      await expect(store.listReviews(project(uid("p")), limit)).rejects.toMatchObject({ code: "CG_USAGE" });
    });

    it("keeps two saved reviews and their findings separate", async () => {
      const p = project(uid("p"));
      const first = review({ id: uid("r1"), findings: [finding(1), finding(2)] });
      const second = review({ id: uid("r2"), findings: [finding(7)], startedAt: "2026-11-28T00:00:00.000Z" });
      await store.saveReview(p, first);
      await store.saveReview(p, second);
      expect(await store.getReview(first.id)).toStrictEqual(first);
      expect(await store.getReview(second.id)).toStrictEqual(second);
    });

    it("replaces a review saved again under the same id instead of duplicating it", async () => {
      const p = project(uid("p"));
      const id = uid("r");
      await store.saveReview(p, review({ id, findings: [finding(1), finding(2), finding(3)] }));
      const again = review({ id, findings: [finding(9)] });
      await store.saveReview(p, again);
      expect(await store.getReview(id)).toStrictEqual(again);
      expect(await store.listReviews(p, 10)).toHaveLength(1);
    });

    it("tells which project a stored review belongs to and how it ended, for --resume", async () => {
      const key = uid("proj");
      const [done, cut] = [
        review({ id: uid("done") }),
        review({ id: uid("cut"), completeness: "incomplete" }),
      ];
      await store.saveReview(project(key), done);
      await store.saveReview(project(key), cut);
      expect(await store.reviewStatus(done.id)).toEqual({
        projectKey: key,
        status: "completed",
        state: "finished",
        completeness: "complete",
      });
      expect(await store.reviewStatus(cut.id)).toEqual({
        projectKey: key,
        status: "incomplete",
        state: "finished",
        completeness: "incomplete",
      });
      expect(await store.reviewStatus(uid("missing"))).toBeUndefined();
    });

    it("saves several reviews all together, or none when one cannot be saved", async () => {
      const [a, b] = [project(uid("a")), project(uid("b"))];
      const [ra, rb] = [review({ id: uid("ra") }), review({ id: uid("rb") })];
      await store.saveReviews([
        { project: a, review: ra },
        { project: b, review: rb },
      ]);
      expect(await store.getReview(ra.id)).toStrictEqual(ra);
      expect(await store.getReview(rb.id)).toStrictEqual(rb);
      // The second entry would move rb to another project: the first must not be kept either.
      const fresh = review({ id: uid("fresh") });
      await expect(
        store.saveReviews([
          { project: a, review: fresh },
          { project: a, review: rb },
        ]),
      ).rejects.toMatchObject({ code: "CG_STORE_FAILED" });
      expect(await store.getReview(fresh.id)).toBeUndefined();
      expect(await store.getReview(rb.id)).toStrictEqual(rb);
    });

    it("refuses to move a review id to another project", async () => {
      const r = review({ id: uid("r") });
      await store.saveReview(project(uid("one")), r);
      await expect(store.saveReview(project(uid("two")), r)).rejects.toMatchObject({
        code: "CG_STORE_FAILED",
      });
      expect(await store.getReview(r.id)).toStrictEqual(r);
    });

    const unstorable: readonly [string, () => Review, string][] = [
      ["an empty review id", () => review({ id: "" }), "review id is empty"],
      ["an unparseable start time", () => review({ id: uid("r"), startedAt: "yesterday-ish" }), "startedAt"],
      [
        "a NUL character in a snippet",
        () => review({ id: uid("r"), findings: [finding(1, { snippet: "a\u0000b" })] }),
        "findings[0].snippet",
      ],
      [
        "an unpaired surrogate in a title",
        () => review({ id: uid("r"), findings: [finding(1), finding(2, { title: "cut \uD83D" })] }),
        "findings[1].title",
      ],
      [
        "a NaN confidence",
        () => review({ id: uid("r"), findings: [finding(1, { confidence: Number.NaN })] }),
        "findings[0].confidence",
      ],
      [
        "an infinite CVSS score",
        () => review({ id: uid("r"), findings: [finding(1, { cvss: Number.POSITIVE_INFINITY })] }),
        "findings[0].cvss",
      ],
      [
        "an unknown severity",
        () =>
          review({
            id: uid("r"),
            findings: [finding(1, { severity: "catastrophic" as Finding["severity"] })],
          }),
        "catastrophic",
      ],
      [
        "an unknown state",
        () => ({ ...review({ id: uid("r") }), state: "paused" as Review["state"] }),
        "paused",
      ],
      [
        "a NUL in a notice",
        () => ({
          ...review({ id: uid("r") }),
          notices: [{ level: "info", analyser: "x", message: "\u0000" }],
        }),
        "review.notices[0].message",
      ],
    ];
    it.each(unstorable)(
      "refuses %s with a store error naming it, and saves nothing",
      async (_label, make, named) => {
        const p = project(uid("p"));
        const bad = make();
        await expect(store.saveReview(p, bad)).rejects.toMatchObject({
          code: "CG_STORE_FAILED",
          message: expect.stringContaining(named) as unknown,
        });
        expect(await store.listReviews(p, 10)).toEqual([]);
        if (bad.id !== "") expect(await store.getReview(bad.id)).toBeUndefined();
      },
    );

    it("saves and reads a review of 5,000 findings in reasonable time", async () => {
      const findings = Array.from({ length: 5000 }, (_, n) =>
        n % 3 === 0
          ? finding(n, {
              cvss: 5.5,
              family: "eval",
              fix: { description: "x", applicability: "safe", edits: [] },
            })
          : finding(n),
      );
      const big = review({ id: uid("big"), findings });
      const started = performance.now();
      await store.saveReview(project(uid("p")), big);
      const back = await store.getReview(big.id);
      const elapsedMs = performance.now() - started;
      expect(back).toStrictEqual(big);
      expect(elapsedMs).toBeLessThan(15_000);
    });

    it("refuses work once closed, with a store error", async () => {
      const closed = await open();
      await closed.close();
      await closed.close();
      await expect(closed.getReview("x")).rejects.toMatchObject({ code: "CG_STORE_FAILED" });
    });

    it("survives several stores opened at once and saving concurrently", async () => {
      const p = project(uid("p"));
      const stores = await Promise.all([open(), open(), open()]);
      try {
        const saved = stores.map((_, n) =>
          Array.from({ length: 4 }, (_unused, k) =>
            review({
              id: uid(`s${n}`),
              startedAt: `2026-09-0${k + 1}T0${n}:00:00.000Z`,
              findings: [finding(n * 10 + k)],
            }),
          ),
        );
        await Promise.all(stores.map((s, n) => Promise.all(saved[n]!.map((r) => s.saveReview(p, r)))));
        for (const [n, s] of stores.entries()) {
          const visible = options.sharedStorage ? saved.flat() : saved[n]!;
          for (const r of visible) expect(await s.getReview(r.id)).toStrictEqual(r);
          expect(await s.listReviews(p, 100)).toHaveLength(visible.length);
        }
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    if (options.sharedStorage) {
      it("keeps reviews after the store is closed and opened again", async () => {
        const p: ProjectRef = project(uid("p"), { provider: "git", name: "renamed later" });
        const r = richReview(uid("r"));
        await store.saveReview(p, r);
        const reopened = await open();
        try {
          expect(await reopened.latestReview(p)).toStrictEqual({ id: r.id, review: r });
        } finally {
          await reopened.close();
        }
      });
    }
  });
}
