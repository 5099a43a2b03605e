import type { OperatorStore, OrganisationUsage } from "../core/operator-key.js";
import type { Organisation } from "../core/team.js";
import { KyselyOperatorKeys } from "./operator-keys.js";
import type { StoreContext } from "./store-context.js";

/**
 * What the operator reads across organisations (docs/server.md, "Operator"):
 * their keys, every organisation, and each one's usage. Nothing here is
 * reachable with an organisation's credential.
 */
export class KyselyOperatorStore implements OperatorStore {
  readonly keys: KyselyOperatorKeys;

  constructor(private readonly ctx: StoreContext) {
    this.keys = new KyselyOperatorKeys(ctx);
  }

  async organisations(): Promise<readonly Organisation[]> {
    const rows = await this.ctx.guard("list the organisations", () =>
      this.ctx.db.selectFrom("organisations").selectAll().orderBy("created_at").orderBy("id").execute(),
    );
    return rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, createdAt: row.created_at }));
  }

  async usage(from: string, to: string): Promise<readonly OrganisationUsage[]> {
    const totals = await this.ctx.guard("sum the organisations' usage", () =>
      this.ctx.db
        .selectFrom("reviews")
        .select((eb) => [
          "organisation_id",
          eb.fn.countAll<string | number>().as("reviews"),
          eb.fn.sum<string | number | null>("llm_tokens_used").as("tokens"),
          eb.fn.sum<string | number | null>("llm_cost_cents").as("cost"),
        ])
        .where("started_at", ">=", from)
        .where("started_at", "<", to)
        .groupBy("organisation_id")
        .execute(),
    );
    // PostgreSQL returns counts and sums of integers as text (bigint, numeric).
    const byOrganisation = new Map(totals.map((row) => [row.organisation_id, row]));
    return (await this.organisations()).map((organisation) => {
      const row = byOrganisation.get(organisation.id);
      return {
        organisation,
        reviews: Number(row?.reviews ?? 0),
        llmTokens: Number(row?.tokens ?? 0),
        llmCostCents: Number(row?.cost ?? 0),
      };
    });
  }
}
