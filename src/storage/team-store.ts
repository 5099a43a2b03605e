import { CodeGuardianError } from "../core/errors.js";
import type { TeamStore } from "../core/store.js";
import {
  emailProblem,
  isRole,
  slugProblem,
  type ApiKeyGrant,
  type ApiKeyRecord,
  type Membership,
  type Organisation,
  type Role,
  type User,
} from "../core/team.js";
import { KyselyApiKeys } from "./api-keys.js";
import type { StoreContext } from "./store-context.js";
import { mustExist, nameProblem, refuseInvalid } from "./team-checks.js";
import { unstorableText } from "./validate-review.js";

/**
 * Organisations, users, memberships and API keys (docs/storage.md,
 * "Organisations"). These tables are shared by the whole store, not scoped
 * to one organisation: the HTTP service finds the organisation from a key.
 */
export class KyselyTeamStore implements TeamStore {
  private readonly keys: KyselyApiKeys;

  constructor(private readonly ctx: StoreContext) {
    this.keys = new KyselyApiKeys(ctx);
  }

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
    return this.ctx.writeCredentials(`give user ${userId} the role ${role}`, async (trx) => {
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
    return this.ctx.writeCredentials(
      `remove user ${userId} from organisation ${organisationId}`,
      async (trx) => {
        const result = await trx
          .deleteFrom("memberships")
          .where("organisation_id", "=", organisationId)
          .where("user_id", "=", userId)
          .executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      },
    );
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

  createApiKey(
    organisationId: string,
    input: Parameters<KyselyApiKeys["create"]>[1],
  ): Promise<{ readonly key: string; readonly record: ApiKeyRecord }> {
    return this.keys.create(organisationId, input);
  }

  apiKeys(organisationId: string): Promise<readonly ApiKeyRecord[]> {
    return this.keys.list(organisationId);
  }

  revokeApiKey(organisationId: string, keyId: string): Promise<boolean> {
    return this.keys.revoke(organisationId, keyId);
  }

  findApiKey(presented: string): Promise<ApiKeyGrant | undefined> {
    return this.keys.find(presented);
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

function slugProblemNamed(slug: string): string | undefined {
  const problem = slugProblem(slug);
  return problem === undefined ? undefined : `slug "${slug.slice(0, 80)}": ${problem}`;
}
