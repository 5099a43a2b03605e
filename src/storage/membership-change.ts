import { sql } from "kysely";
import { CodeGuardianError } from "../core/errors.js";
import type { MembershipChange } from "../core/service-store.js";
import type { StoreContext } from "./store-context.js";

/**
 * Changes a member's role or removes them, never leaving the organisation
 * without an owner (docs/server.md, "Members"). The owner count and the
 * change are one transaction; on PostgreSQL, changes to one organisation's
 * memberships take an advisory lock in turn, so two owners demoting each
 * other at once cannot both succeed (SQLite's writes are serial already).
 */
export async function changeMembership(
  ctx: StoreContext,
  organisationId: string,
  userId: string,
  change: MembershipChange,
): Promise<boolean> {
  return ctx.writeCredentials(`change the membership of ${userId}`, async (trx) => {
    if (ctx.flavour.name === "postgres") {
      await sql`select pg_advisory_xact_lock(hashtext(${`members:${organisationId}`}))`.execute(trx);
    }
    const current = await trx
      .selectFrom("memberships")
      .select("role")
      .where("organisation_id", "=", organisationId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (current === undefined) return false;
    const staysOwner = "role" in change && change.role === "owner";
    if (current.role === "owner" && !staysOwner) {
      const owners = await trx
        .selectFrom("memberships")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .where("organisation_id", "=", organisationId)
        .where("role", "=", "owner")
        .executeTakeFirstOrThrow();
      if (Number(owners.n) <= 1) {
        throw new CodeGuardianError("CG_LAST_OWNER", "This is the organisation's last owner.", {
          hint: "Make another member an owner first.",
        });
      }
    }
    if ("role" in change) {
      await trx
        .updateTable("memberships")
        .set({ role: change.role })
        .where("organisation_id", "=", organisationId)
        .where("user_id", "=", userId)
        .execute();
    } else {
      await trx
        .deleteFrom("memberships")
        .where("organisation_id", "=", organisationId)
        .where("user_id", "=", userId)
        .execute();
    }
    return true;
  });
}
