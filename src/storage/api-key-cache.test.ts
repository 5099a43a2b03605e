import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ApiKeyGrant } from "../core/team.js";
import { API_KEY_CACHE_MS, ApiKeyGrantCache } from "./api-key-cache.js";
import { openSqlitePool } from "./sqlite.js";
import type { KyselyStorePool } from "./store-pool.js";

const START = Date.parse("2026-12-07T10:00:00.000Z");
let clockMs = START;
const now = (): Date => new Date(clockMs);

let dir: string;
let here: KyselyStorePool;
let elsewhere: KyselyStorePool;

/**
 * Two pools on one SQLite file stand for two processes sharing a store: an
 * API process (`here`) and another API process or `codeguardian admin`
 * (`elsewhere`).
 */
beforeEach(async () => {
  clockMs = START;
  dir = mkdtempSync(join(tmpdir(), "cg-key-cache-"));
  here = await openSqlitePool(join(dir, "store.sqlite"), { now });
  elsewhere = await openSqlitePool(join(dir, "store.sqlite"), { now });
});

afterEach(async () => {
  await here.close();
  await elsewhere.close();
  rmSync(dir, { recursive: true, force: true });
});

async function memberKey(): Promise<{ orgId: string; userId: string; keyId: string; key: string }> {
  const org = await here.team.createOrganisation({ slug: "acme", name: "Acme" });
  const user = await here.team.createUser({ email: "dev@acme.test", name: "Dev" });
  await here.team.setRole(org.id, user.id, "owner");
  const { key, record } = await here.team.createApiKey(org.id, {
    name: "ci",
    role: "member",
    userId: user.id,
  });
  return { orgId: org.id, userId: user.id, keyId: record.id, key };
}

describe("a found API key's grant", () => {
  it("comes with the key's user, read in the same query", async () => {
    const { key, userId } = await memberKey();
    const grant = await here.team.findApiKey(key);
    expect(grant?.user).toMatchObject({ id: userId, email: "dev@acme.test", name: "Dev" });
    expect(grant?.role).toBe("member");
  });

  it("is refused on the next request once revoked through the same store", async () => {
    const { key, orgId, keyId } = await memberKey();
    expect(await here.team.findApiKey(key)).toBeDefined();
    await here.team.revokeApiKey(orgId, keyId);
    expect(await here.team.findApiKey(key)).toBeUndefined();
  });

  it("follows a membership changed or removed through the same store on the next request", async () => {
    const { key, orgId, userId } = await memberKey();
    const admin = await here.team.createUser({ email: "boss@acme.test", name: "Boss" });
    await here.team.setRole(orgId, admin.id, "owner");
    expect((await here.team.findApiKey(key))?.role).toBe("member");
    await here.service.changeMembership(orgId, userId, { role: "viewer" });
    expect((await here.team.findApiKey(key))?.role).toBe("viewer");
    await here.team.removeMember(orgId, userId);
    expect(await here.team.findApiKey(key)).toBeUndefined();
  });

  it(`is refused within ${API_KEY_CACHE_MS} ms once revoked by another process`, async () => {
    const { key, orgId, keyId } = await memberKey();
    expect(await here.team.findApiKey(key)).toBeDefined();
    await elsewhere.team.revokeApiKey(orgId, keyId);
    // The grant read a moment ago is reused until it is API_KEY_CACHE_MS old ...
    clockMs += API_KEY_CACHE_MS - 1;
    expect(await here.team.findApiKey(key)).toBeDefined();
    // ... and never after.
    clockMs += 1;
    expect(await here.team.findApiKey(key)).toBeUndefined();
    clockMs += API_KEY_CACHE_MS;
    expect(await here.team.findApiKey(key)).toBeUndefined();
  });

  it("is read from the store again when the key is unknown, so a key created elsewhere works at once", async () => {
    const org = await here.team.createOrganisation({ slug: "beta", name: "Beta" });
    const { key } = await elsewhere.team.createApiKey(org.id, { name: "robot", role: "viewer" });
    expect(await here.team.findApiKey(key)).toMatchObject({ role: "viewer", organisation: { id: org.id } });
  });
});

describe("ApiKeyGrantCache", () => {
  const grant = { role: "viewer" } as unknown as ApiKeyGrant;

  it("does not keep a grant read before a change that committed while it was read", () => {
    const cache = new ApiKeyGrantCache(1000);
    const readAt = cache.generation;
    cache.changed();
    cache.keep("h", grant, 0, readAt);
    expect(cache.find("h", 1)).toBeUndefined();
    cache.keep("h", grant, 0, cache.generation);
    expect(cache.find("h", 1)).toBe(grant);
    expect(cache.find("h", 1000)).toBeUndefined();
  });

  it("keeps nothing when its time to live is zero", () => {
    const cache = new ApiKeyGrantCache(0);
    cache.keep("h", grant, 0, cache.generation);
    expect(cache.find("h", 0)).toBeUndefined();
  });
});
