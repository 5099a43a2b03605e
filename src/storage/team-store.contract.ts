import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { apiKeyHash, isWellFormedApiKey } from "../core/api-key.js";
import type { Review } from "../core/review.js";
import type { ReviewStore } from "../core/store.js";
import { LOCAL_ORGANISATION, type Organisation } from "../core/team.js";
import { finding, project, review } from "../../test/support/review-builder.js";
import type { Flavour } from "./flavour.js";
import { findingToRow, reviewToRow } from "./review-rows.js";
import type { KyselyStorePool } from "./store-pool.js";

export interface TeamContractSubject {
  readonly flavour: Flavour;
  /** A pool on the shared test database. */
  readonly open: () => Promise<KyselyStorePool>;
  /**
   * A pool on a new, empty database that was first migrated only up to
   * `upTo`, as an older CodeGuardian left it, and filled by `fill`.
   */
  readonly openUpgraded: (
    upTo: string,
    fill: (db: Kysely<unknown>) => Promise<void>,
  ) => Promise<KyselyStorePool>;
  readonly cleanup?: () => Promise<void>;
}

function uid(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

/** A slug unique per test: organisations persist in shared databases. */
function slug(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

function incomplete(r: Review): Review {
  return { ...r, completeness: "incomplete" };
}
function againstBase(r: Review, base: string): Review {
  return {
    ...r,
    scope: { kind: "diff", base, wholeFiles: false },
    diff: { base, changedFiles: 2, wholeFiles: false },
  };
}

async function insertRow(
  db: Kysely<unknown>,
  table: string,
  row: Readonly<Record<string, unknown>>,
): Promise<void> {
  const columns = Object.keys(row);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    values (${sql.join(columns.map((c) => row[c]))})`.execute(db);
}

export function teamStoreContract(name: string, subject: TeamContractSubject): void {
  describe(`Team storage contract: ${name}`, () => {
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

    describe("organisations", () => {
      it("always has the implicit local organisation", async () => {
        expect(await pool.team.organisation(LOCAL_ORGANISATION)).toMatchObject({
          id: LOCAL_ORGANISATION,
          slug: LOCAL_ORGANISATION,
        });
        expect((await pool.forOrganisation(LOCAL_ORGANISATION)).organisationId).toBe(LOCAL_ORGANISATION);
      });

      it("creates one and finds it by id or slug", async () => {
        const s = slug("acme");
        const created = await pool.team.createOrganisation({ slug: s, name: "Acme Ltd" });
        expect(await pool.team.organisation(created.id)).toStrictEqual(created);
        expect(await pool.team.organisation(s)).toStrictEqual(created);
        expect(await pool.team.organisation(uid("none"))).toBeUndefined();
      });

      it.each([
        ["a taken slug", "taken", "CG_TEAM_CONFLICT"],
        ["an upper-case slug", "Acme", "CG_TEAM_INVALID"],
        ["a slug with a slash", "a/b", "CG_TEAM_INVALID"],
        ["an empty slug", "", "CG_TEAM_INVALID"],
      ])("refuses %s", async (_label, given, code) => {
        const taken = await pool.team.createOrganisation({ slug: slug("taken"), name: "First" });
        const wanted = given === "taken" ? taken.slug : given;
        await expect(pool.team.createOrganisation({ slug: wanted, name: "Second" })).rejects.toMatchObject({
          code,
        });
      });

      it("lets one of two simultaneous creators of a slug win, and tells the other it is taken", async () => {
        const s = slug("race");
        const other = await subject.open();
        try {
          const results = await Promise.allSettled([
            pool.team.createOrganisation({ slug: s, name: "One" }),
            other.team.createOrganisation({ slug: s, name: "Two" }),
          ]);
          expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
          const refused = results.find((r) => r.status === "rejected");
          expect(refused?.reason).toMatchObject({ code: "CG_TEAM_CONFLICT" });
        } finally {
          await other.close();
        }
      });

      it("refuses a handle on an organisation that does not exist", async () => {
        await expect(pool.forOrganisation(uid("ghost"))).rejects.toMatchObject({ code: "CG_TEAM_NOT_FOUND" });
      });
    });

    describe("users and memberships", () => {
      it("adds a user, gives and changes a role, lists and removes members", async () => {
        const org = await pool.team.createOrganisation({ slug: slug("m"), name: "M" });
        const email = `${uid("Ana")}@Example.COM`;
        const ana = await pool.team.createUser({ email, name: "Ana" });
        expect(ana.email).toBe(email.toLowerCase());
        expect(await pool.team.userByEmail(email)).toStrictEqual(ana);
        expect(await pool.team.user(ana.id)).toStrictEqual(ana);

        const added = await pool.team.setRole(org.id, ana.id, "member");
        const changed = await pool.team.setRole(org.id, ana.id, "admin");
        expect(changed).toStrictEqual({ ...added, role: "admin" });
        expect(await pool.team.members(org.id)).toStrictEqual([changed]);
        expect(await pool.team.removeMember(org.id, ana.id)).toBe(true);
        expect(await pool.team.removeMember(org.id, ana.id)).toBe(false);
        expect(await pool.team.members(org.id)).toEqual([]);
      });

      it("refuses a second user with the same address in another spelling", async () => {
        const email = `${uid("bo")}@example.com`;
        await pool.team.createUser({ email, name: "Bo" });
        await expect(pool.team.createUser({ email: email.toUpperCase(), name: "Bo" })).rejects.toMatchObject({
          code: "CG_TEAM_CONFLICT",
        });
      });

      it("refuses unknown roles, users and organisations with coded errors", async () => {
        const org = await pool.team.createOrganisation({ slug: slug("r"), name: "R" });
        const user = await pool.team.createUser({ email: `${uid("c")}@example.com`, name: "C" });
        await expect(pool.team.setRole(org.id, user.id, "root" as "owner")).rejects.toMatchObject({
          code: "CG_TEAM_INVALID",
        });
        await expect(pool.team.setRole(org.id, uid("u"), "viewer")).rejects.toMatchObject({
          code: "CG_TEAM_NOT_FOUND",
        });
        await expect(pool.team.setRole(uid("o"), user.id, "viewer")).rejects.toMatchObject({
          code: "CG_TEAM_NOT_FOUND",
        });
        await expect(pool.team.createUser({ email: "not an address", name: "X" })).rejects.toMatchObject({
          code: "CG_TEAM_INVALID",
        });
      });
    });

    describe("API keys", () => {
      it("stores only a hash and a prefix, and finds the key by its value", async () => {
        const org = await pool.team.createOrganisation({ slug: slug("k"), name: "K" });
        const { key, record } = await pool.team.createApiKey(org.id, { name: "CI", role: "member" });
        expect(isWellFormedApiKey(key)).toBe(true);
        expect(record.prefix).toBe(key.slice(0, 11));
        expect(record).not.toHaveProperty("lastUsedAt");

        const rows = await pool.team.apiKeys(org.id);
        expect(rows).toStrictEqual([record]);
        const stored = await sql<
          Record<string, unknown>
        >`select * from api_keys where id = ${record.id}`.execute(pool.database);
        const text = JSON.stringify(stored.rows);
        expect(text).not.toContain(key);
        expect(text).toContain(apiKeyHash(key));

        const grant = await pool.team.findApiKey(key);
        expect(grant).toMatchObject({ organisation: org, role: "member", key: { id: record.id } });
        expect(grant?.key.lastUsedAt).toEqual(expect.any(String));
        expect((await pool.team.apiKeys(org.id))[0]?.lastUsedAt).toBe(grant?.key.lastUsedAt);
      });

      it("refuses a malformed key, a key differing in one character, and a revoked key", async () => {
        const org = await pool.team.createOrganisation({ slug: slug("k"), name: "K" });
        const { key, record } = await pool.team.createApiKey(org.id, { name: "CI", role: "admin" });
        const last = key.at(-1) === "A" ? "B" : "A";
        expect(await pool.team.findApiKey(key.slice(0, -1) + last)).toBeUndefined();
        expect(await pool.team.findApiKey("cg_short")).toBeUndefined();
        expect(await pool.team.findApiKey(`Bearer ${key}`)).toBeUndefined();

        expect(await pool.team.revokeApiKey(org.id, record.id)).toBe(true);
        expect(await pool.team.revokeApiKey(org.id, record.id)).toBe(false);
        expect(await pool.team.findApiKey(key)).toBeUndefined();
        expect((await pool.team.apiKeys(org.id))[0]?.revokedAt).toEqual(expect.any(String));
      });

      it("caps a user's key at their membership, and drops it when they leave", async () => {
        const org = await pool.team.createOrganisation({ slug: slug("k"), name: "K" });
        const user = await pool.team.createUser({ email: `${uid("d")}@example.com`, name: "D" });
        await pool.team.setRole(org.id, user.id, "member");
        await expect(
          pool.team.createApiKey(org.id, { name: "too strong", role: "admin", userId: user.id }),
        ).rejects.toMatchObject({ code: "CG_TEAM_INVALID" });
        const { key } = await pool.team.createApiKey(org.id, {
          name: "laptop",
          role: "member",
          userId: user.id,
        });
        expect((await pool.team.findApiKey(key))?.role).toBe("member");
        await pool.team.setRole(org.id, user.id, "viewer");
        expect((await pool.team.findApiKey(key))?.role).toBe("viewer");
        await pool.team.removeMember(org.id, user.id);
        expect(await pool.team.findApiKey(key)).toBeUndefined();
      });
    });

    it("closes every organisation's handle and caches with the pool", async () => {
      const other = await subject.open();
      const handle = await other.forOrganisation(LOCAL_ORGANISATION);
      const caches = await other.caches(LOCAL_ORGANISATION, uid("p"));
      await other.close();
      await expect(handle.getReview(uid("r"))).rejects.toMatchObject({ code: "CG_STORE_FAILED" });
      await expect(other.team.organisation(LOCAL_ORGANISATION)).rejects.toMatchObject({
        code: "CG_STORE_FAILED",
      });
      await expect(caches.cache.get("k")).rejects.toBeDefined();
    });

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
