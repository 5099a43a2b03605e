import { randomBytes } from "node:crypto";
import type { Selectable, Transaction } from "kysely";
import { apiKeyFrom, apiKeyHash, apiKeyPrefix, isWellFormedApiKey, sameHash } from "../core/api-key.js";
import { CodeGuardianError } from "../core/errors.js";
import type { TeamStore } from "../core/store.js";
import {
  emailProblem,
  isRole,
  roleAtLeast,
  slugProblem,
  weakerRole,
  type ApiKeyGrant,
  type ApiKeyRecord,
  type Membership,
  type Organisation,
  type Role,
  type User,
} from "../core/team.js";
import type { ApiKeysTable, StoreDatabase } from "./schema.js";
import type { StoreContext } from "./store-context.js";
import { unstorableText } from "./validate-review.js";

const MAX_NAME = 200;

/**
 * Organisations, users, memberships and API keys (docs/storage.md,
 * "Organisations"). These tables are shared by the whole store, not scoped
 * to one organisation: the HTTP service finds the organisation from a key.
 */
export class KyselyTeamStore implements TeamStore {
  constructor(private readonly ctx: StoreContext) {}

  async createOrganisation(input: { readonly slug: string; readonly name: string }): Promise<Organisation> {
    refuseInvalid("organisation", [slugProblemNamed(input.slug), nameProblem(input.name)]);
    const organisation: Organisation = {
      id: this.ctx.newId(),
      slug: input.slug,
      name: input.name,
      createdAt: this.ctx.nowIso(),
    };
    const taken = `An organisation with the slug "${input.slug}" already exists.`;
    await conflictOnDuplicate(taken, () =>
      this.ctx.write(`create organisation ${input.slug}`, async (trx) => {
        const existing = await trx
          .selectFrom("organisations")
          .select("id")
          .where("slug", "=", input.slug)
          .executeTakeFirst();
        if (existing !== undefined) throw new CodeGuardianError("CG_TEAM_CONFLICT", taken);
        await trx
          .insertInto("organisations")
          .values({
            id: organisation.id,
            slug: organisation.slug,
            name: organisation.name,
            created_at: organisation.createdAt,
          })
          .execute();
      }),
    );
    return organisation;
  }

  async organisation(idOrSlug: string): Promise<Organisation | undefined> {
    const row = await this.ctx.guard(`read organisation ${idOrSlug}`, () =>
      this.ctx.db
        .selectFrom("organisations")
        .selectAll()
        .where((eb) => eb.or([eb("id", "=", idOrSlug), eb("slug", "=", idOrSlug)]))
        // An id that happens to be another organisation's slug must not win over the exact id.
        .orderBy((eb) => eb.case().when("id", "=", idOrSlug).then(0).else(1).end())
        .executeTakeFirst(),
    );
    return row === undefined
      ? undefined
      : { id: row.id, slug: row.slug, name: row.name, createdAt: row.created_at };
  }

  async createUser(input: { readonly email: string; readonly name: string }): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const problem = emailProblem(email) ?? unstorableText(email);
    refuseInvalid("user", [problem === undefined ? undefined : `email: ${problem}`, nameProblem(input.name)]);
    const user: User = { id: this.ctx.newId(), email, name: input.name, createdAt: this.ctx.nowIso() };
    const taken = `A user with the address ${email} already exists.`;
    await conflictOnDuplicate(taken, () =>
      this.ctx.write(`create user ${email}`, async (trx) => {
        const existing = await trx
          .selectFrom("users")
          .select("id")
          .where("email", "=", email)
          .executeTakeFirst();
        if (existing !== undefined) throw new CodeGuardianError("CG_TEAM_CONFLICT", taken);
        await trx
          .insertInto("users")
          .values({ id: user.id, email: user.email, name: user.name, created_at: user.createdAt })
          .execute();
      }),
    );
    return user;
  }

  async user(id: string): Promise<User | undefined> {
    return this.userWhere("id", id);
  }

  async userByEmail(email: string): Promise<User | undefined> {
    return this.userWhere("email", email.trim().toLowerCase());
  }

  private async userWhere(column: "id" | "email", value: string): Promise<User | undefined> {
    const row = await this.ctx.guard(`read user ${value}`, () =>
      this.ctx.db.selectFrom("users").selectAll().where(column, "=", value).executeTakeFirst(),
    );
    return row === undefined
      ? undefined
      : { id: row.id, email: row.email, name: row.name, createdAt: row.created_at };
  }

  async setRole(organisationId: string, userId: string, role: Role): Promise<Membership> {
    if (!isRole(role)) {
      throw new CodeGuardianError("CG_TEAM_INVALID", `Unknown role "${String(role)}".`, {
        hint: "Use owner, admin, member or viewer.",
      });
    }
    const now = this.ctx.nowIso();
    return this.ctx.write(`give user ${userId} the role ${role}`, async (trx) => {
      await mustExist(trx, "organisations", organisationId, "organisation");
      await mustExist(trx, "users", userId, "user");
      const row = await trx
        .insertInto("memberships")
        .values({ organisation_id: organisationId, user_id: userId, role, created_at: now })
        .onConflict((oc) => oc.columns(["organisation_id", "user_id"]).doUpdateSet({ role }))
        .returning("created_at")
        .executeTakeFirstOrThrow();
      return { organisationId, userId, role, createdAt: row.created_at };
    });
  }

  async removeMember(organisationId: string, userId: string): Promise<boolean> {
    return this.ctx.write(`remove user ${userId} from organisation ${organisationId}`, async (trx) => {
      const result = await trx
        .deleteFrom("memberships")
        .where("organisation_id", "=", organisationId)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  async members(organisationId: string): Promise<readonly Membership[]> {
    const rows = await this.ctx.guard(`list the members of ${organisationId}`, () =>
      this.ctx.db
        .selectFrom("memberships")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .orderBy("created_at")
        .orderBy("user_id")
        .execute(),
    );
    return rows.map((row) => ({
      organisationId: row.organisation_id,
      userId: row.user_id,
      role: isRole(row.role) ? row.role : "viewer",
      createdAt: row.created_at,
    }));
  }

  async createApiKey(
    organisationId: string,
    input: { readonly name: string; readonly role: Role; readonly userId?: string },
  ): Promise<{ readonly key: string; readonly record: ApiKeyRecord }> {
    refuseInvalid("API key", [
      nameProblem(input.name),
      isRole(input.role) ? undefined : `role "${String(input.role)}" is unknown`,
    ]);
    const key = apiKeyFrom(randomBytes(32));
    const record: ApiKeyRecord = {
      id: this.ctx.newId(),
      organisationId,
      ...(input.userId === undefined ? {} : { userId: input.userId }),
      name: input.name,
      role: input.role,
      prefix: apiKeyPrefix(key),
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
        })
        .execute();
    });
    return { key, record };
  }

  async apiKeys(organisationId: string): Promise<readonly ApiKeyRecord[]> {
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

  async revokeApiKey(organisationId: string, keyId: string): Promise<boolean> {
    const now = this.ctx.nowIso();
    return this.ctx.write(`revoke API key ${keyId}`, async (trx) => {
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

  async findApiKey(presented: string): Promise<ApiKeyGrant | undefined> {
    if (!isWellFormedApiKey(presented)) return undefined;
    const hash = apiKeyHash(presented);
    // The prefix narrows the rows; the hashes decide, compared in constant time.
    const candidates = await this.ctx.guard("check an API key", () =>
      this.ctx.db
        .selectFrom("api_keys")
        .innerJoin("organisations", "organisations.id", "api_keys.organisation_id")
        .selectAll("api_keys")
        .select([
          "organisations.slug as organisation_slug",
          "organisations.name as organisation_name",
          "organisations.created_at as organisation_created_at",
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
      const membership = await this.membershipRole(match.organisation_id, match.user_id);
      if (membership === undefined) return undefined;
      role = weakerRole(role, membership);
    }
    const usedAt = await this.recordUse(match.id);
    return {
      key: keyRecord({ ...match, last_used_at: usedAt ?? match.last_used_at }),
      organisation: {
        id: match.organisation_id,
        slug: match.organisation_slug,
        name: match.organisation_name,
        createdAt: match.organisation_created_at,
      },
      role,
    };
  }

  private async membershipRole(organisationId: string, userId: string): Promise<Role | undefined> {
    const row = await this.ctx.guard("check an API key's user", () =>
      this.ctx.db
        .selectFrom("memberships")
        .select("role")
        .where("organisation_id", "=", organisationId)
        .where("user_id", "=", userId)
        .executeTakeFirst(),
    );
    return row !== undefined && isRole(row.role) ? row.role : undefined;
  }

  /** Records when a key was last used; a store opened read-only only checks. */
  private async recordUse(keyId: string): Promise<string | undefined> {
    if (this.ctx.options.readOnly) return undefined;
    const now = this.ctx.nowIso();
    await this.ctx.write("record an API key's use", (trx) =>
      trx.updateTable("api_keys").set({ last_used_at: now }).where("id", "=", keyId).execute(),
    );
    return now;
  }
}

/**
 * Two writers racing past the existence check (PostgreSQL transactions run
 * side by side) meet the unique index instead: still a conflict, not a store failure.
 */
async function conflictOnDuplicate<T>(message: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const cause =
      error instanceof CodeGuardianError && error.code !== "CG_TEAM_CONFLICT" ? error.cause : error;
    const code = typeof cause === "object" && cause !== null ? (cause as { code?: unknown }).code : undefined;
    if (code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE") {
      throw new CodeGuardianError("CG_TEAM_CONFLICT", message, { cause: error });
    }
    throw error;
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
    createdAt: row.created_at,
    ...(row.last_used_at === null ? {} : { lastUsedAt: row.last_used_at }),
    ...(row.revoked_at === null ? {} : { revokedAt: row.revoked_at }),
  };
}

async function mustExist(
  trx: Transaction<StoreDatabase>,
  table: "organisations" | "users",
  id: string,
  what: string,
): Promise<void> {
  const row = await trx.selectFrom(table).select("id").where("id", "=", id).executeTakeFirst();
  if (row === undefined) throw new CodeGuardianError("CG_TEAM_NOT_FOUND", `No ${what} with the id ${id}.`);
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

function slugProblemNamed(slug: string): string | undefined {
  const problem = slugProblem(slug);
  return problem === undefined ? undefined : `slug "${slug.slice(0, 80)}": ${problem}`;
}

function nameProblem(name: string): string | undefined {
  if (name.trim() === "") return "the name is empty";
  if (name.length > MAX_NAME) return `the name is longer than ${MAX_NAME} characters`;
  const unstorable = unstorableText(name);
  return unstorable === undefined ? undefined : `the name ${unstorable}`;
}

function refuseInvalid(what: string, problems: readonly (string | undefined)[]): void {
  const found = problems.filter((p) => p !== undefined);
  if (found.length > 0)
    throw new CodeGuardianError("CG_TEAM_INVALID", `Invalid ${what}: ${found.join("; ")}.`);
}
