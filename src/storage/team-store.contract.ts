import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { apiKeyHash, isWellFormedApiKey } from "../core/api-key.js";
import { LOCAL_ORGANISATION } from "../core/team.js";
import type { KyselyStorePool } from "./store-pool.js";
import { slug, uid, type TeamContractSubject } from "./team-contract-support.js";

export function teamStoreContract(name: string, subject: TeamContractSubject): void {
  describe(`Team storage contract: ${name}`, () => {
    let pool: KyselyStorePool;
    beforeEach(async () => {
      pool = await subject.open();
    });
    afterEach(async () => {
      await pool.close();
    });

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
  });
}
