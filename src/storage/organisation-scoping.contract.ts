import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Review } from "../core/review.js";
import type { ReviewStore } from "../core/store.js";
import { LOCAL_ORGANISATION, type Organisation } from "../core/team.js";
import { finding, project, review } from "../../test/support/review-builder.js";
import { findingToRow, reviewToRow } from "./review-rows.js";
import type { KyselyStorePool } from "./store-pool.js";
import {
  againstBase,
  incomplete,
  insertRow,
  slug,
  uid,
  type TeamContractSubject,
} from "./team-contract-support.js";

/**
 * Organisation scoping, dismissals, review state, comparison and the
 * migration of rows stored before organisations, on one database.
 */
export function scopingContract(name: string, subject: TeamContractSubject): void {
  describe(`Organisation scoping contract: ${name}`, () => {
    let pool: KyselyStorePool;
    beforeEach(async () => {
      pool = await subject.open();
    });
    afterEach(async () => {
      await pool.close();
    });
    if (subject.cleanup) afterAll(subject.cleanup);

    async function twoOrganisations(): Promise<[Organisation, Organisation]> {
      return [
        await pool.team.createOrganisation({ slug: slug("a"), name: "Acme" }),
        await pool.team.createOrganisation({ slug: slug("b"), name: "Globex" }),
      ];
    }

    describe("organisation scoping", () => {
      it("never returns one organisation's reviews, findings or statuses to another", async () => {
        const [a, b] = await twoOrganisations();
        const [storeA, storeB] = [await pool.forOrganisation(a.id), await pool.forOrganisation(b.id)];
        const p = project(uid("shared-key"));
        const [ra, rb] = [
          review({ id: uid("ra"), findings: [finding(1)] }),
          review({ id: uid("rb"), findings: [finding(2)], startedAt: "2027-01-01T00:00:00.000Z" }),
        ];
        await storeA.saveReview(p, ra);
        await storeB.saveReview(p, rb);

        expect(await storeA.getReview(rb.id)).toBeUndefined();
        expect(await storeA.reviewStatus(rb.id)).toBeUndefined();
        expect((await storeA.latestReview(p))?.id).toBe(ra.id);
        expect((await storeA.latestComparable(p, { kind: "full" }))?.id).toBe(ra.id);
        expect((await storeA.listReviews(p, 10)).map((r) => r.id)).toEqual([ra.id]);
        expect(await storeB.getReview(rb.id)).toStrictEqual(rb);
        expect(await (await pool.forOrganisation(LOCAL_ORGANISATION)).listReviews(p, 10)).toEqual([]);
      });

      it("refuses to save a review under an id another organisation holds, and leaves theirs intact", async () => {
        const [a, b] = await twoOrganisations();
        const r = review({ id: uid("r") });
        await (await pool.forOrganisation(b.id)).saveReview(project(uid("p")), r);
        await expect(
          (await pool.forOrganisation(a.id)).saveReview(project(uid("p")), r),
        ).rejects.toMatchObject({
          code: "CG_STORE_FAILED",
        });
        expect(await (await pool.forOrganisation(b.id)).getReview(r.id)).toStrictEqual(r);
      });

      it("keeps dismissals apart", async () => {
        const [a, b] = await twoOrganisations();
        const p = project(uid("p"));
        await (
          await pool.forOrganisation(a.id)
        ).dismiss(p, "f".repeat(32), { by: "ana", reason: "test data" });
        expect((await (await pool.forOrganisation(b.id)).dismissals(p)).size).toBe(0);
        expect(await (await pool.forOrganisation(b.id)).undismiss(p, "f".repeat(32))).toBe(false);
        expect((await (await pool.forOrganisation(a.id)).dismissals(p)).size).toBe(1);
      });

      it("keeps LLM answers, checkpoints and proven fixes apart for the same project key", async () => {
        const [a, b] = await twoOrganisations();
        const key = uid("proj");
        const [cachesA, cachesB] = [await pool.caches(a.id, key), await pool.caches(b.id, key)];
        await cachesA.cache.set("prompt", { answer: "A's" });
        await cachesA.checkpoints.record("review-1", "step-1", { done: true });
        const fixKey = { fingerprint: "f1", contentHash: "c".repeat(64) };
        const fix = {
          fix: { description: "x", applicability: "safe" as const, edits: [] },
          validation: {
            status: "proven" as const,
            applies: true,
            parses: true,
            findingGone: true,
            noNewFindings: true,
            reasons: [],
          },
        };
        await cachesA.fixes("v1").set(fixKey, fix);

        expect(await cachesB.cache.get("prompt")).toBeUndefined();
        expect(await cachesB.checkpoints.count("review-1")).toBe(0);
        expect(await cachesB.checkpoints.latestInterrupted()).toBeUndefined();
        expect(await cachesB.fixes("v1").get(fixKey)).toBeUndefined();
        await cachesB.cache.set("prompt", { answer: "B's" });
        expect(await cachesA.cache.get("prompt")).toEqual({ answer: "A's" });
        expect(await cachesA.fixes("v1").get(fixKey)).toStrictEqual(fix);
        await expect(pool.caches(uid("ghost"), key)).rejects.toMatchObject({ code: "CG_TEAM_NOT_FOUND" });
      });

      it("lists and revokes only the organisation's own keys", async () => {
        const [a, b] = await twoOrganisations();
        const { key, record } = await pool.team.createApiKey(b.id, { name: "B's", role: "viewer" });
        expect(await pool.team.apiKeys(a.id)).toEqual([]);
        expect(await pool.team.revokeApiKey(a.id, record.id)).toBe(false);
        expect((await pool.team.findApiKey(key))?.organisation.id).toBe(b.id);
      });
    });

    describe("dismissals", () => {
      let store: ReviewStore;
      beforeEach(async () => {
        store = await pool.forOrganisation(
          (await pool.team.createOrganisation({ slug: slug("d"), name: "D" })).id,
        );
      });

      it("records who, why and when, updates on a second dismissal, and can be undone", async () => {
        const p = project(uid("p"));
        const fp = finding(1).fingerprint;
        const first = await store.dismiss(p, fp, { by: "ana", reason: "only in test fixtures" });
        expect(first).toStrictEqual({
          fingerprint: fp,
          by: "ana",
          reason: "only in test fixtures",
          at: expect.any(String) as unknown,
        });
        expect([...(await store.dismissals(p)).values()]).toStrictEqual([first]);

        const second = await store.dismiss(p, fp, { by: "bo", reason: "accepted risk" });
        expect((await store.dismissals(p)).get(fp)).toStrictEqual(second);
        expect(await store.undismiss(p, fp)).toBe(true);
        expect((await store.dismissals(p)).size).toBe(0);
        expect(await store.undismiss(p, fp)).toBe(false);
      });

      it("is per project", async () => {
        const [p, q] = [project(uid("p")), project(uid("q"))];
        await store.dismiss(p, "a".repeat(32), { by: "ana", reason: "why" });
        expect((await store.dismissals(q)).size).toBe(0);
        expect(await store.undismiss(q, "a".repeat(32))).toBe(false);
      });

      it.each([
        ["an empty reason", "a".repeat(32), "ana", " "],
        ["an empty fingerprint", "", "ana", "why"],
        ["a fingerprint too long for its column", "a".repeat(65), "ana", "why"],
        ["a NUL in the reason", "a".repeat(32), "ana", "a\u0000b"],
      ])("refuses %s with a coded error and stores nothing", async (_label, fp, by, reason) => {
        const p = project(uid("p"));
        await expect(store.dismiss(p, fp, { by, reason })).rejects.toMatchObject({ code: "CG_TEAM_INVALID" });
        expect((await store.dismissals(p)).size).toBe(0);
      });
    });

    describe("review state and completeness", () => {
      it("round-trips every state, completeness, scope and requester, and compares only with finished ones", async () => {
        const store = await pool.forOrganisation(LOCAL_ORGANISATION);
        const p = project(uid("p"));
        const saved: Review[] = [
          review({ id: uid("full"), startedAt: "2026-10-01T00:00:00.000Z" }),
          incomplete(review({ id: uid("cut"), startedAt: "2026-10-02T00:00:00.000Z" })),
          againstBase(review({ id: uid("diff"), startedAt: "2026-10-03T00:00:00.000Z" }), "main"),
          {
            ...review({ id: uid("partial"), startedAt: "2026-10-04T00:00:00.000Z" }),
            completeness: "partial",
            requestedBy: { kind: "api", id: "key-1", name: "ci-bot" },
          },
          { ...review({ id: uid("stopped"), startedAt: "2026-10-05T00:00:00.000Z" }), state: "cancelled" },
        ];
        for (const r of saved) await store.saveReview(p, r);
        for (const r of saved) expect(await store.getReview(r.id)).toStrictEqual(r);
        const listed = await store.listReviews(p, 10);
        expect(listed.map((r) => [r.state, r.completeness, r.scopeKind, r.baseRef])).toEqual([
          ["cancelled", "complete", "full", undefined],
          ["finished", "partial", "full", undefined],
          ["finished", "complete", "diff", "main"],
          ["finished", "incomplete", "full", undefined],
          ["finished", "complete", "full", undefined],
        ]);
        // The old status column names the state, so a cancelled review never reads as completed.
        expect(await store.reviewStatus(saved[4]!.id)).toMatchObject({
          state: "cancelled",
          status: "cancelled",
        });
        expect((await store.latestReview(p))?.id).toBe(saved[3]!.id);
        expect((await store.latestComparable(p, { kind: "full" }))?.id).toBe(saved[3]!.id);
      });
    });

    describe("comparison", () => {
      const main = "2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a";
      it("compares a full review with the latest finished full one, a diff with the latest full one of its base", async () => {
        const store = await pool.forOrganisation(LOCAL_ORGANISATION);
        const p = project(uid("p"));
        const fullMain = review({
          id: uid("full-main"),
          startedAt: "2026-10-01T00:00:00.000Z",
          branch: "main",
          commit: main,
        });
        const diffOnMain = againstBase(
          review({ id: uid("diff"), startedAt: "2026-10-02T00:00:00.000Z", branch: "feature" }),
          "main",
        );
        const fullFeature = incomplete(
          review({ id: uid("full-feature"), startedAt: "2026-10-03T00:00:00.000Z", branch: "feature" }),
        );
        for (const r of [fullMain, diffOnMain, fullFeature]) await store.saveReview(p, r);

        const cases: readonly [Parameters<ReviewStore["latestComparable"]>[1], string | undefined][] = [
          [{ kind: "full" }, fullFeature.id],
          [{ kind: "diff", base: "main" }, fullMain.id],
          [{ kind: "diff", base: "origin/main" }, fullMain.id],
          [{ kind: "diff", base: "refs/heads/main" }, fullMain.id],
          [{ kind: "diff", base: main }, fullMain.id],
          [{ kind: "diff", base: "feature" }, fullFeature.id],
          [{ kind: "diff", base: "develop" }, undefined],
        ];
        for (const [scope, expected] of cases) {
          expect((await store.latestComparable(p, scope))?.id, JSON.stringify(scope)).toBe(expected);
        }
        expect(await store.latestComparable(project(uid("other")), { kind: "full" })).toBeUndefined();
      });

      it("finds nothing to compare a full review with when only diff reviews are stored", async () => {
        const store = await pool.forOrganisation(LOCAL_ORGANISATION);
        const p = project(uid("p"));
        await store.saveReview(p, againstBase(review({ id: uid("diff") }), "main"));
        expect(await store.latestComparable(p, { kind: "full" })).toBeUndefined();
        expect((await store.latestReview(p))?.id).toBeDefined();
      });
    });

    describe("rows stored before organisations", () => {
      it("belong to the local organisation, with their state and scope read from the old columns", async () => {
        const key = "/srv/legacy";
        const projectId = randomUUID();
        const full = review({
          id: uid("old-full"),
          startedAt: "2026-09-01T00:00:00.000Z",
          findings: [finding(1)],
        });
        const cut = incomplete(
          againstBase(review({ id: uid("old-diff"), startedAt: "2026-09-02T00:00:00.000Z" }), "main"),
        );
        const legacy = await subject.openUpgraded("0004_project_caches", async (db) => {
          const now = "2026-09-03T00:00:00.000Z";
          await insertRow(db, "projects", {
            id: projectId,
            key,
            name: "legacy",
            repository_url: key,
            provider: "local",
            settings: "{}",
            created_at: now,
            updated_at: now,
          });
          for (const r of [full, cut]) {
            const {
              organisation_id: _o,
              state: _s,
              completeness: _c,
              scope_kind: _k,
              base_ref: _b,
              requested_by: _q,
              ...old
            } = reviewToRow(r, { organisationId: LOCAL_ORGANISATION, projectId, createdAt: now });
            await insertRow(db, "reviews", old);
            for (const [position, f] of r.findings.entries()) {
              const { organisation_id: _fo, ...oldFinding } = findingToRow(f, {
                id: randomUUID(),
                organisationId: LOCAL_ORGANISATION,
                reviewId: r.id,
                position,
                isNew: false,
                createdAt: now,
                flavour: subject.flavour,
              });
              await insertRow(db, "findings", oldFinding);
            }
          }
          await insertRow(db, "llm_cache", {
            project_key: key,
            key: "k1",
            value: '{"answer":42}',
            created_at: now,
          });
        });
        try {
          const local = await legacy.forOrganisation(LOCAL_ORGANISATION);
          expect(await local.getReview(full.id)).toStrictEqual(full);
          expect(await local.getReview(cut.id)).toStrictEqual(cut);
          expect(
            (await local.listReviews(project(key), 10)).map((r) => [
              r.id,
              r.state,
              r.completeness,
              r.scopeKind,
              r.baseRef,
            ]),
          ).toEqual([
            [cut.id, "finished", "incomplete", "diff", "main"],
            [full.id, "finished", "complete", "full", undefined],
          ]);
          expect((await local.latestComparable(project(key), { kind: "full" }))?.id).toBe(full.id);
          expect(await (await legacy.caches(LOCAL_ORGANISATION, key)).cache.get("k1")).toEqual({
            answer: 42,
          });

          const other = await legacy.team.createOrganisation({ slug: "other", name: "Other" });
          expect(await (await legacy.forOrganisation(other.id)).getReview(full.id)).toBeUndefined();
          expect(await (await legacy.caches(other.id, key)).cache.get("k1")).toBeUndefined();
          // The project key is unique per organisation, so the other organisation may have its own.
          await (await legacy.forOrganisation(other.id)).saveReview(project(key), review({ id: uid("new") }));
          expect(await local.listReviews(project(key), 10)).toHaveLength(2);
        } finally {
          await legacy.close();
        }
      });
    });
  });
}
