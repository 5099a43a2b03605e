import { randomBytes } from "node:crypto";
import type { Selectable, Transaction } from "kysely";
import { apiKeyFrom, apiKeyHash, apiKeyPrefix, isWellFormedApiKey, sameHash } from "../core/api-key.js";
import { CodeGuardianError } from "../core/errors.js";
import {
  API_SCOPES,
  isApiScope,
  isRole,
  roleAtLeast,
  weakerRole,
  type ApiKeyGrant,
  type ApiKeyRecord,
  type ApiScope,
  type Role,
} from "../core/team.js";
import type { ApiKeysTable, StoreDatabase } from "./schema.js";
import type { StoreContext } from "./store-context.js";
import { mustExist, nameProblem, refuseInvalid } from "./team-checks.js";

/** How stale a key's recorded last use may be: recording it is a write, and a busy key is used many times a second. */
const LAST_USE_RESOLUTION_MS = 60_000;

/**
 * API keys (docs/storage.md, "API keys"): only a key's hash and prefix are
 * stored; a presented key is found by its prefix and its hash compared in
 * constant time (src/core/api-key.ts).
 */
export class KyselyApiKeys {
  constructor(private readonly ctx: StoreContext) {}

  async create(
    organisationId: string,
    input: {
      readonly name: string;
      readonly role: Role;
      readonly userId?: string;
      readonly scopes?: readonly ApiScope[];
    },
  ): Promise<{ readonly key: string; readonly record: ApiKeyRecord }> {
    const scopes = input.scopes === undefined ? undefined : [...new Set(input.scopes)].sort();
    refuseInvalid("API key", [
      nameProblem(input.name),
      isRole(input.role) ? undefined : `role "${String(input.role)}" is unknown`,
      scopes === undefined || scopes.every(isApiScope)
        ? undefined
        : `scopes must be among ${API_SCOPES.join(", ")}`,
    ]);
    const key = apiKeyFrom(randomBytes(32));
    const record: ApiKeyRecord = {
      id: this.ctx.newId(),
      organisationId,
      ...(input.userId === undefined ? {} : { userId: input.userId }),
      name: input.name,
      role: input.role,
      prefix: apiKeyPrefix(key),
      ...(scopes === undefined ? {} : { scopes }),
      createdAt: this.ctx.nowIso(),
    };
    await this.ctx.write(`create an API key for ${organisationId}`, async (trx) => {
      await mustExist(trx, "organisations", organisationId, "organisation");
      if (input.userId !== undefined)
        await refuseAboveMembership(trx, organisationId, input.userId, input.role);
      await trx
        .insertInto("api_keys")
        .values({
          id: record.id,
          organisation_id: organisationId,
          user_id: input.userId ?? null,
          name: record.name,
          role: record.role,
          prefix: record.prefix,
          key_hash: apiKeyHash(key),
          created_at: record.createdAt,
          last_used_at: null,
          revoked_at: null,
          scopes: scopes === undefined ? null : JSON.stringify(scopes),
        })
        .execute();
    });
    return { key, record };
  }

  async list(organisationId: string): Promise<readonly ApiKeyRecord[]> {
    const rows = await this.ctx.guard(`list the API keys of ${organisationId}`, () =>
      this.ctx.db
        .selectFrom("api_keys")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .orderBy("created_at")
        .orderBy("id")
        .execute(),
    );
    return rows.map(keyRecord);
  }

  async revoke(organisationId: string, keyId: string): Promise<boolean> {
    const now = this.ctx.nowIso();
    return this.ctx.writeCredentials(`revoke API key ${keyId}`, async (trx) => {
      const result = await trx
        .updateTable("api_keys")
        .set({ revoked_at: now })
        .where("organisation_id", "=", organisationId)
        .where("id", "=", keyId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    });
  }

  async find(presented: string): Promise<ApiKeyGrant | undefined> {
    if (!isWellFormedApiKey(presented)) return undefined;
    const hash = apiKeyHash(presented);
    const cache = this.ctx.apiKeyGrants;
    const cached = cache.find(hash, this.ctx.nowMs());
    if (cached !== undefined) return cached;
    const generation = cache.generation;
    const grant = await this.read(presented, hash);
    if (grant !== undefined) cache.keep(hash, grant, this.ctx.nowMs(), generation);
    return grant;
  }

  private async read(presented: string, hash: string): Promise<ApiKeyGrant | undefined> {
    // The prefix narrows the rows; the hashes decide, compared in constant time.
    const candidates = await this.ctx.guard("check an API key", () =>
      this.ctx.db
        .selectFrom("api_keys")
        .innerJoin("organisations", "organisations.id", "api_keys.organisation_id")
        // The key's user and their current role, in the same round trip: every request needs them.
        .leftJoin("memberships", (join) =>
          join
            .onRef("memberships.organisation_id", "=", "api_keys.organisation_id")
            .onRef("memberships.user_id", "=", "api_keys.user_id"),
        )
        .leftJoin("users", "users.id", "api_keys.user_id")
        .selectAll("api_keys")
        .select([
          "organisations.slug as organisation_slug",
          "organisations.name as organisation_name",
          "organisations.created_at as organisation_created_at",
          "memberships.role as membership_role",
          "users.email as user_email",
          "users.name as user_name",
          "users.created_at as user_created_at",
        ])
        .where("api_keys.prefix", "=", apiKeyPrefix(presented))
        .where("api_keys.revoked_at", "is", null)
        .execute(),
    );
    let match: (typeof candidates)[number] | undefined;
    for (const candidate of candidates) {
      if (sameHash(candidate.key_hash, hash)) match = candidate;
    }
    if (match === undefined || !isRole(match.role)) return undefined;
    let role: Role = match.role;
    if (match.user_id !== null) {
      // A key whose user has left the organisation is refused.
      if (match.membership_role === null || !isRole(match.membership_role)) return undefined;
      role = weakerRole(role, match.membership_role);
    }
    const usedAt = await this.recordUse(match.id, match.last_used_at);
    const { user_id: id, user_email: email, user_name: name, user_created_at: createdAt } = match;
    const user =
      id === null || email === null || name === null || createdAt === null
        ? undefined
        : { id, email, name, createdAt };
    return {
      key: keyRecord({ ...match, last_used_at: usedAt ?? match.last_used_at }),
      organisation: {
        id: match.organisation_id,
        slug: match.organisation_slug,
        name: match.organisation_name,
        createdAt: match.organisation_created_at,
      },
      role,
      ...(user === undefined ? {} : { user }),
    };
  }

  /**
   * Records when a key was last used, to the minute: a key that serves many
   * requests a second would otherwise make every one of them a write
   * transaction (docs/benchmarks.md, "bench:server"). A store opened
   * read-only only checks.
   */
  private async recordUse(keyId: string, lastUsedAt: string | null): Promise<string | undefined> {
    if (this.ctx.options.readOnly) return undefined;
    const now = this.ctx.nowIso();
    if (lastUsedAt !== null && Date.parse(now) - Date.parse(lastUsedAt) < LAST_USE_RESOLUTION_MS) {
      return undefined;
    }
    await this.ctx.write("record an API key's use", (trx) =>
      trx.updateTable("api_keys").set({ last_used_at: now }).where("id", "=", keyId).execute(),
    );
    return now;
  }
}

function keyRecord(row: Selectable<ApiKeysTable>): ApiKeyRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    ...(row.user_id === null ? {} : { userId: row.user_id }),
    name: row.name,
    role: isRole(row.role) ? row.role : "viewer",
    prefix: row.prefix,
    ...scopesOf(row.scopes),
    createdAt: row.created_at,
    ...(row.last_used_at === null ? {} : { lastUsedAt: row.last_used_at }),
    ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
  };
}

/**
 * The stored scopes; a value this build cannot read limits the key to
 * nothing rather than to everything.
 */
function scopesOf(stored: string | null): { readonly scopes?: readonly ApiScope[] } {
  if (stored === null) return {};
  try {
    const parsed = JSON.parse(stored) as unknown;
    return { scopes: Array.isArray(parsed) ? parsed.filter(isApiScope) : [] };
  } catch {
    return { scopes: [] };
  }
}

/** A key acting for a user may do at most what the user may. */
async function refuseAboveMembership(
  trx: Transaction<StoreDatabase>,
  organisationId: string,
  userId: string,
  role: Role,
): Promise<void> {
  const row = await trx
    .selectFrom("memberships")
    .select("role")
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (row === undefined) {
    throw new CodeGuardianError(
      "CG_TEAM_NOT_FOUND",
      `User ${userId} is not a member of organisation ${organisationId}.`,
    );
  }
  if (!isRole(row.role) || !roleAtLeast(row.role, role)) {
    throw new CodeGuardianError(
      "CG_TEAM_INVALID",
      `An API key for user ${userId} cannot have the role ${role}: the user is ${row.role}.`,
    );
  }
}
