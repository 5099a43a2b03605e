import { sql, type Transaction, type Updateable } from "kysely";
import type { Flavour } from "./flavour.js";
import type { JobPriority, ReviewJobData } from "../core/queue.js";
import type { StoreDatabase } from "./schema.js";
import type { StoreContext } from "./store-context.js";

export type JobState = "queued" | "running" | "done" | "failed" | "cancelled";

/** A job as the store holds it. */
export interface JobRecord extends ReviewJobData {
  readonly state: JobState;
  /** Deliveries so far (claims, less hand-backs). */
  readonly attempts: number;
  readonly leaseOwner: string | undefined;
  readonly leaseExpiresAt: string | undefined;
  readonly notBefore: string;
  readonly lastError: string | undefined;
}

/**
 * How many jobs of one organisation may run at once, across every worker
 * sharing the store. Exact on both databases: SQLite's writes are serial,
 * and on PostgreSQL one organisation's claims take an advisory lock in turn.
 */
export interface ClaimLimits {
  readonly perOrganisation?: number;
}

/** What a lease holder learns when it renews: keep going, stop (cancelled), or the job is no longer its own. */
export type LeaseStatus = "held" | "cancelled" | "lost";

const PRIORITY: Readonly<Record<JobPriority, number>> = { "pull-request": 0, full: 1 };

/**
 * The `jobs` table (src/storage/migration-jobs.ts): the queue's source of
 * truth on both databases. Every change of state is one conditional UPDATE,
 * so two workers (or two processes) racing for one job cannot both win: a
 * claim takes a queued job or one whose lease lapsed, and only the lease
 * holder may finish it.
 */
export class JobTable {
  constructor(private readonly ctx: StoreContext) {}

  /** Records a job as queued; false (and no change) when the review id is already known. */
  async record(job: ReviewJobData): Promise<boolean> {
    const now = this.ctx.nowIso();
    return this.ctx.write(`record job ${job.reviewId}`, async (trx) => {
      const result = await trx
        .insertInto("jobs")
        .values({
          review_id: job.reviewId,
          organisation_id: job.organisationId,
          project_id: job.projectId,
          priority: PRIORITY[job.priority],
          request: JSON.stringify(job.request),
          state: "queued",
          attempts: 0,
          lease_owner: null,
          lease_expires_at: null,
          not_before: now,
          last_error: null,
          traceparent: job.trace?.traceparent ?? null,
          tracestate: job.trace?.tracestate ?? null,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column("review_id").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    });
  }

  async get(reviewId: string): Promise<JobRecord | undefined> {
    const row = await this.ctx.guard(`read job ${reviewId}`, () =>
      this.ctx.db.selectFrom("jobs").selectAll().where("review_id", "=", reviewId).executeTakeFirst(),
    );
    return row === undefined ? undefined : toRecord(row);
  }

  /**
   * Claims the next deliverable job, pull requests first, oldest first, from
   * an organisation under its limit; undefined when none is.
   */
  async claimNext(owner: string, leaseMs: number, limits: ClaimLimits = {}): Promise<JobRecord | undefined> {
    return this.ctx.write("claim a job", async (trx) => {
      const now = this.ctx.nowIso();
      // A few candidates, in case another process takes the first between our read and our update;
      // more when busy organisations' jobs may have to be passed over.
      const candidates = await deliverable(trx, now)
        .select("review_id")
        .orderBy("priority")
        .orderBy("created_at")
        .limit(limits.perOrganisation === undefined ? 4 : 64)
        .execute();
      for (const { review_id } of candidates) {
        const claimed = await claimIn(
          trx,
          this.ctx.flavour,
          review_id,
          owner,
          now,
          leaseUntil(now, leaseMs),
          limits,
        );
        if (claimed !== undefined) return claimed;
      }
      return undefined;
    });
  }

  /** Claims this job if it is deliverable (queued and due, or its lease lapsed) and its organisation is under its limit. */
  async claim(
    reviewId: string,
    owner: string,
    leaseMs: number,
    limits: ClaimLimits = {},
  ): Promise<JobRecord | undefined> {
    return this.ctx.write(`claim job ${reviewId}`, (trx) => {
      const now = this.ctx.nowIso();
      return claimIn(trx, this.ctx.flavour, reviewId, owner, now, leaseUntil(now, leaseMs), limits);
    });
  }

  /** Extends the lease, and tells the holder whether to go on. */
  async renew(reviewId: string, owner: string, leaseMs: number): Promise<LeaseStatus> {
    return this.ctx.write(`renew job ${reviewId}`, async (trx) => {
      const now = this.ctx.nowIso();
      const row = await trx
        .updateTable("jobs")
        .set({ lease_expires_at: leaseUntil(now, leaseMs), updated_at: now })
        .where("review_id", "=", reviewId)
        .where("lease_owner", "=", owner)
        .where("state", "=", "running")
        .returning("state")
        .executeTakeFirst();
      if (row !== undefined) return "held";
      const current = await trx
        .selectFrom("jobs")
        .select(["state", "lease_owner"])
        .where("review_id", "=", reviewId)
        .executeTakeFirst();
      return current?.state === "cancelled" && current.lease_owner === owner ? "cancelled" : "lost";
    });
  }

  /** Ends the holder's delivery with a final state; false when the lease was no longer its own. */
  async finish(reviewId: string, owner: string, state: "done" | "failed", error?: string): Promise<boolean> {
    return this.update(reviewId, owner, `finish job ${reviewId}`, {
      state,
      lease_expires_at: null,
      last_error: error ?? null,
    });
  }

  /** A transient failure: queued again, not before the given time. */
  async retryLater(reviewId: string, owner: string, notBefore: Date, error: string): Promise<boolean> {
    return this.update(reviewId, owner, `retry job ${reviewId}`, {
      state: "queued",
      lease_owner: null,
      lease_expires_at: null,
      not_before: notBefore.toISOString(),
      last_error: error,
    });
  }

  /** A worker shutting down gives the job back; the delivery does not count as an attempt. */
  async handBack(reviewId: string, owner: string): Promise<boolean> {
    const now = this.ctx.nowIso();
    return this.ctx.write(`hand back job ${reviewId}`, async (trx) => {
      const result = await trx
        .updateTable("jobs")
        .set((eb) => ({
          state: "queued",
          lease_owner: null,
          lease_expires_at: null,
          not_before: now,
          attempts: eb("attempts", "-", 1),
          updated_at: now,
        }))
        .where("review_id", "=", reviewId)
        .where("lease_owner", "=", owner)
        .where("state", "=", "running")
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    });
  }

  /** Cancels a queued or running job; false when it is unknown or already final. */
  async cancel(reviewId: string): Promise<boolean> {
    const now = this.ctx.nowIso();
    return this.ctx.write(`cancel job ${reviewId}`, async (trx) => {
      const result = await trx
        .updateTable("jobs")
        .set({ state: "cancelled", lease_expires_at: null, updated_at: now })
        .where("review_id", "=", reviewId)
        .where("state", "in", ["queued", "running"])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    });
  }

  /** Jobs some worker should be running now: queued and due, or running on a lapsed lease (the sweeper's list). */
  async deliverable(limit: number): Promise<readonly JobRecord[]> {
    const now = this.ctx.nowIso();
    const rows = await this.ctx.guard("list deliverable jobs", () =>
      deliverable(this.ctx.db, now)
        .selectAll()
        .orderBy("priority")
        .orderBy("created_at")
        .limit(limit)
        .execute(),
    );
    return rows.map(toRecord);
  }

  /** How many jobs are in each state (for readiness, metrics and the benchmark). */
  async countByState(): Promise<Readonly<Record<JobState, number>>> {
    const rows = await this.ctx.guard("count jobs", () =>
      this.ctx.db
        .selectFrom("jobs")
        .select((eb) => ["state", eb.fn.countAll<string | number>().as("n")])
        .groupBy("state")
        .execute(),
    );
    const counts: Record<JobState, number> = { queued: 0, running: 0, done: 0, failed: 0, cancelled: 0 };
    for (const row of rows) counts[row.state as JobState] = Number(row.n);
    return counts;
  }

  private async update(
    reviewId: string,
    owner: string,
    action: string,
    values: Updateable<StoreDatabase["jobs"]>,
  ): Promise<boolean> {
    const now = this.ctx.nowIso();
    return this.ctx.write(action, async (trx) => {
      const result = await trx
        .updateTable("jobs")
        .set({ ...values, updated_at: now })
        .where("review_id", "=", reviewId)
        .where("lease_owner", "=", owner)
        .where("state", "=", "running")
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    });
  }
}

type Db = Pick<Transaction<StoreDatabase>, "selectFrom">;

/** Queued and due, or running on a lease that lapsed (its worker died or stalled). */
function deliverable(db: Db, now: string) {
  return db
    .selectFrom("jobs")
    .where((eb) =>
      eb.or([
        eb.and([eb("state", "=", "queued"), eb("not_before", "<=", now)]),
        eb.and([eb("state", "=", "running"), eb("lease_expires_at", "<", now)]),
      ]),
    );
}

async function claimIn(
  trx: Transaction<StoreDatabase>,
  flavour: Flavour,
  reviewId: string,
  owner: string,
  now: string,
  until: string,
  limits: ClaimLimits,
): Promise<JobRecord | undefined> {
  if (
    limits.perOrganisation !== undefined &&
    (await organisationFull(trx, flavour, reviewId, now, limits.perOrganisation))
  ) {
    return undefined;
  }
  // The condition is checked again by the UPDATE itself: on PostgreSQL a racing claim that
  // committed first makes this one match nothing.
  const row = await trx
    .updateTable("jobs")
    .set((eb) => ({
      state: "running",
      lease_owner: owner,
      lease_expires_at: until,
      attempts: eb("attempts", "+", 1),
      updated_at: now,
    }))
    .where("review_id", "=", reviewId)
    .where((eb) =>
      eb.or([
        eb.and([eb("state", "=", "queued"), eb("not_before", "<=", now)]),
        eb.and([eb("state", "=", "running"), eb("lease_expires_at", "<", now)]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/** Whether the job's organisation already runs its limit of jobs on live leases (other than this one). */
async function organisationFull(
  trx: Transaction<StoreDatabase>,
  flavour: Flavour,
  reviewId: string,
  now: string,
  limit: number,
): Promise<boolean> {
  const job = await trx
    .selectFrom("jobs")
    .select("organisation_id")
    .where("review_id", "=", reviewId)
    .executeTakeFirst();
  if (job === undefined) return false;
  // PostgreSQL claims run side by side: one organisation's claims take turns here, and each
  // count (a new statement) sees the claims committed before it. SQLite's writes are serial.
  if (flavour.name === "postgres")
    await sql`select pg_advisory_xact_lock(hashtext(${job.organisation_id}))`.execute(trx);
  const running = await trx
    .selectFrom("jobs")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("organisation_id", "=", job.organisation_id)
    .where("state", "=", "running")
    .where("lease_expires_at", ">=", now)
    .where("review_id", "!=", reviewId)
    .executeTakeFirstOrThrow();
  return Number(running.n) >= limit;
}

function leaseUntil(nowIso: string, leaseMs: number): string {
  return new Date(Date.parse(nowIso) + leaseMs).toISOString();
}

function toRecord(row: StoreDatabase["jobs"]): JobRecord {
  return {
    reviewId: row.review_id,
    organisationId: row.organisation_id,
    projectId: row.project_id,
    priority: row.priority === 0 ? "pull-request" : "full",
    request: JSON.parse(row.request) as Record<string, unknown>,
    state: row.state as JobState,
    attempts: row.attempts,
    leaseOwner: row.lease_owner ?? undefined,
    leaseExpiresAt: row.lease_expires_at ?? undefined,
    notBefore: row.not_before,
    lastError: row.last_error ?? undefined,
    ...(row.traceparent === null
      ? {}
      : {
          trace: {
            traceparent: row.traceparent,
            ...(row.tracestate === null ? {} : { tracestate: row.tracestate }),
          },
        }),
  };
}
