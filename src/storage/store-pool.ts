import type { Kysely } from "kysely";
import { CodeGuardianError } from "../core/errors.js";
import type { ClosableReviewStore, ReviewStore, StorePool } from "../core/store.js";
import { LOCAL_ORGANISATION } from "../core/team.js";
import type { CacheDatabase, CacheTables } from "./cache-tables.js";
import { JobTable } from "./job-table.js";
import { KyselyReviewStore } from "./kysely-store.js";
import { KyselyOperatorStore } from "./operator-store.js";
import type { StoreDatabase } from "./schema.js";
import { projectCaches, type ProjectCaches } from "./llm-cache.js";
import { StreamTicketTable } from "./stream-tickets.js";
import { StoreContext, type StoreContextOptions } from "./store-context.js";
import { KyselyServiceStore } from "./service-store.js";
import { KyselyTeamStore } from "./team-store.js";

/**
 * One opened, migrated database per process (docs/storage.md, "One store per
 * process"): organisation handles, the team tables and every project's
 * caches share its connections; closing the pool closes them all.
 */
export class KyselyStorePool implements StorePool {
  private readonly ctx: StoreContext;
  readonly team: KyselyTeamStore;
  /** The HTTP service's projects, accepted reviews and JWT identities (docs/server.md). */
  readonly service: KyselyServiceStore;
  /** The review queue's record of every job (docs/server.md, "Queue and workers"). */
  readonly jobs: JobTable;
  /** The operator's keys and cross-organisation views (docs/server.md, "Operator"). */
  readonly operators: KyselyOperatorStore;
  /** Tickets for the review progress stream (docs/server.md, "Live progress"). */
  readonly tickets: StreamTicketTable;

  constructor(options: StoreContextOptions) {
    this.ctx = new StoreContext(options);
    this.team = new KyselyTeamStore(this.ctx);
    this.service = new KyselyServiceStore(this.ctx);
    this.jobs = new JobTable(this.ctx);
    this.operators = new KyselyOperatorStore(this.ctx);
    this.tickets = new StreamTicketTable(this.ctx);
  }

  get where(): string {
    return this.ctx.where;
  }

  /** The raw database, for tools and tests that must look at rows as stored. */
  get database(): Kysely<StoreDatabase> {
    return this.ctx.db;
  }

  async forOrganisation(organisationId: string): Promise<ReviewStore> {
    await this.requireOrganisation(organisationId);
    return new KyselyReviewStore(this.ctx, organisationId);
  }

  /** One project's caches in one organisation, on the pool's connections. */
  async caches(organisationId: string, projectKey: string): Promise<ProjectCaches> {
    await this.requireOrganisation(organisationId);
    const store: CacheDatabase = {
      // The cache tables live in the same database; StoreDatabase does not list them.
      db: this.ctx.db as unknown as Kysely<CacheTables>,
      organisation: organisationId,
      project: projectKey,
      now: this.ctx.options.now,
      serialiseWrites: this.ctx.options.serialiseWrites ?? ((run) => run()),
    };
    return projectCaches(store);
  }

  /** The local organisation's store owning this pool: closing it closes the pool (the CLI's shape). */
  owningLocalStore(): ClosableReviewStore {
    return new OwningReviewStore(this.ctx, LOCAL_ORGANISATION);
  }

  close(): Promise<void> {
    return this.ctx.close();
  }

  private async requireOrganisation(organisationId: string): Promise<void> {
    const found = await this.ctx.guard(`open organisation ${organisationId}`, () =>
      this.ctx.db
        .selectFrom("organisations")
        .select("id")
        .where("id", "=", organisationId)
        .executeTakeFirst(),
    );
    if (found === undefined) {
      throw new CodeGuardianError("CG_TEAM_NOT_FOUND", `No organisation with the id ${organisationId}.`);
    }
  }
}

/** A review store that is the only user of its pool, so closing it closes the pool. */
class OwningReviewStore extends KyselyReviewStore implements ClosableReviewStore {
  constructor(
    private readonly owned: StoreContext,
    organisationId: string,
  ) {
    super(owned, organisationId);
  }

  close(): Promise<void> {
    return this.owned.close();
  }
}
