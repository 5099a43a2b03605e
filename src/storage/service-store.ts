import type { Selectable } from "kysely";
import { CodeGuardianError } from "../core/errors.js";
import { isCompleteness, isReviewState } from "../core/review.js";
import type {
  Acknowledgement,
  FindingsPage,
  MembershipChange,
  TrendPoint,
  UsageSummary,
  FindingsQuery,
  ProjectSettings,
  RegisteredProject,
  RequestedScope,
  ReviewRequestRecord,
  ReviewSummaryView,
  ServiceStore,
} from "../core/service-store.js";
import type { ProjectRef } from "../core/store.js";
import { isRole, type Membership, type User } from "../core/team.js";
import type { ReviewState } from "../core/review.js";
import { acknowledgeFinding } from "./acknowledgements.js";
import { findingsPage } from "./findings-page.js";
import { changeMembership } from "./membership-change.js";
import { projectTrends, requesterUsage } from "./project-activity.js";
import { PreparedQuery } from "./prepared-query.js";
import { COUNT_COLUMNS, countsOfRow } from "./review-rows.js";
import type { ProjectsTable, ReviewsTable } from "./schema.js";
import type { StoreContext } from "./store-context.js";

/**
 * The HTTP service's rows (docs/server.md) on the pool's connections. Every
 * query names the organisation, so an id from another organisation reads as
 * unknown.
 */
export class KyselyServiceStore implements ServiceStore {
  /** The review summary is the service's most frequent read: its queries are compiled once. */
  private readonly summaryQueries: ReturnType<typeof summaryQueries>;

  constructor(private readonly ctx: StoreContext) {
    this.summaryQueries = summaryQueries(ctx);
  }

  async createProject(
    organisationId: string,
    input: ProjectRef & { readonly settings: ProjectSettings },
  ): Promise<RegisteredProject> {
    const now = this.ctx.nowIso();
    const id = this.ctx.newId();
    await this.ctx.write(`register project ${input.key}`, async (trx) => {
      const taken = await trx
        .selectFrom("projects")
        .select("id")
        .where("organisation_id", "=", organisationId)
        .where("key", "=", input.key)
        .executeTakeFirst();
      if (taken !== undefined) {
        throw new CodeGuardianError("CG_TEAM_CONFLICT", `The project ${input.key} is already registered.`, {
          hint: `Its id is ${taken.id}.`,
        });
      }
      await trx
        .insertInto("projects")
        .values({
          id,
          organisation_id: organisationId,
          key: input.key,
          name: input.name,
          repository_url: input.repositoryUrl,
          provider: input.provider,
          settings: JSON.stringify(input.settings),
          created_at: now,
          updated_at: now,
        })
        .execute();
    });
    const { settings, ...ref } = input;
    return { ...ref, id, organisationId, settings, createdAt: now, updatedAt: now };
  }

  async project(organisationId: string, projectId: string): Promise<RegisteredProject | undefined> {
    const row = await this.ctx.guard(`read project ${projectId}`, () =>
      this.ctx.db
        .selectFrom("projects")
        .selectAll()
        .where("organisation_id", "=", organisationId)
        .where("id", "=", projectId)
        .executeTakeFirst(),
    );
    return row === undefined ? undefined : toProject(row);
  }

  async updateProjectSettings(
    organisationId: string,
    projectId: string,
    settings: ProjectSettings,
  ): Promise<RegisteredProject | undefined> {
    const updated = await this.ctx.write(`update project ${projectId}`, (trx) =>
      trx
        .updateTable("projects")
        .set({ settings: JSON.stringify(settings), updated_at: this.ctx.nowIso() })
        .where("organisation_id", "=", organisationId)
        .where("id", "=", projectId)
        .executeTakeFirst(),
    );
    return updated.numUpdatedRows === 0n ? undefined : this.project(organisationId, projectId);
  }

  async recordReviewRequest(
    record: Omit<ReviewRequestRecord, "createdAt" | "updatedAt">,
  ): Promise<ReviewRequestRecord> {
    const now = this.ctx.nowIso();
    await this.ctx.write(`record review request ${record.id}`, (trx) =>
      trx
        .insertInto("review_requests")
        .values({
          id: record.id,
          organisation_id: record.organisationId,
          project_id: record.projectId,
          state: record.state,
          scope: JSON.stringify(record.scope),
          requested_by: JSON.stringify(record.requestedBy),
          created_at: now,
          updated_at: now,
        })
        .execute(),
    );
    return { ...record, createdAt: now, updatedAt: now };
  }

  async reviewSummary(organisationId: string, reviewId: string): Promise<ReviewSummaryView | undefined> {
    // One statement, so one snapshot without a transaction: a stored review and
    // when it was requested, in one round trip (docs/benchmarks.md, "bench:server").
    const stored = await this.ctx.guard(`read review ${reviewId}`, () =>
      this.summaryQueries.stored.executeTakeFirst(organisationId, reviewId),
    );
    if (stored !== undefined) return storedSummary(stored, stored.requested_at ?? undefined);
    // Not stored yet: the request says where it stands. A review stored since
    // the read above shows on the caller's next poll.
    const request = await this.ctx.guard(`read review request ${reviewId}`, () =>
      this.summaryQueries.requested.executeTakeFirst(organisationId, reviewId),
    );
    if (request === undefined) return undefined;
    const requested = stateOf(request.state, `review request ${request.id}`);
    // The queue may have given up on a job its handler never recorded: the job's state tells.
    const job =
      requested === "queued" || requested === "running"
        ? await this.ctx.guard(`read the job of review ${reviewId}`, () =>
            this.summaryQueries.job.executeTakeFirst(organisationId, reviewId),
          )
        : undefined;
    return {
      id: request.id,
      projectId: request.project_id,
      state: unstoredState(requested, job?.state),
      scope: parseJson(request.scope) as RequestedScope,
      requestedAt: request.created_at,
    };
  }

  async moveReviewRequest(
    organisationId: string,
    reviewId: string,
    from: readonly ReviewState[],
    to: ReviewState,
  ): Promise<boolean> {
    const result = await this.ctx.write(`move review ${reviewId} to ${to}`, (trx) =>
      trx
        .updateTable("review_requests")
        .set({ state: to, updated_at: this.ctx.nowIso() })
        .where("organisation_id", "=", organisationId)
        .where("id", "=", reviewId)
        .where("state", "in", [...from])
        .executeTakeFirst(),
    );
    return result.numUpdatedRows > 0n;
  }

  findings(organisationId: string, reviewId: string, query: FindingsQuery): Promise<FindingsPage> {
    return findingsPage(this.ctx, organisationId, reviewId, query);
  }

  acknowledge(
    organisationId: string,
    projectId: string,
    fingerprint: string,
    input: { readonly by: string; readonly note?: string },
  ): Promise<Acknowledgement> {
    return acknowledgeFinding(this.ctx, organisationId, projectId, fingerprint, input);
  }

  trends(organisationId: string, projectId: string, since: string): Promise<readonly TrendPoint[]> {
    return projectTrends(this.ctx, organisationId, projectId, since);
  }

  usage(organisationId: string, requesterId: string, since: string): Promise<UsageSummary> {
    return requesterUsage(this.ctx, organisationId, requesterId, since);
  }

  changeMembership(organisationId: string, userId: string, change: MembershipChange): Promise<boolean> {
    return changeMembership(this.ctx, organisationId, userId, change);
  }

  async linkIdentity(issuer: string, subject: string, userId: string): Promise<void> {
    await this.ctx.write(`link identity ${subject}`, async (trx) => {
      const existing = await trx
        .selectFrom("user_identities")
        .select("user_id")
        .where("issuer", "=", issuer)
        .where("subject", "=", subject)
        .executeTakeFirst();
      if (existing?.user_id === userId) return;
      if (existing !== undefined) {
        throw new CodeGuardianError(
          "CG_TEAM_CONFLICT",
          `The identity ${subject} of ${issuer} is bound to another user.`,
        );
      }
      await trx
        .insertInto("user_identities")
        .values({ issuer, subject, user_id: userId, created_at: this.ctx.nowIso() })
        .execute();
    });
  }

  async userByIdentity(issuer: string, subject: string): Promise<User | undefined> {
    const row = await this.ctx.guard(`find the user of ${subject}`, () =>
      this.ctx.db
        .selectFrom("user_identities")
        .innerJoin("users", "users.id", "user_identities.user_id")
        .select(["users.id", "users.email", "users.name", "users.created_at"])
        .where("user_identities.issuer", "=", issuer)
        .where("user_identities.subject", "=", subject)
        .executeTakeFirst(),
    );
    return row === undefined
      ? undefined
      : { id: row.id, email: row.email, name: row.name, createdAt: row.created_at };
  }

  async membershipsOf(userId: string): Promise<readonly Membership[]> {
    const rows = await this.ctx.guard(`list the organisations of user ${userId}`, () =>
      this.ctx.db
        .selectFrom("memberships")
        .selectAll()
        .where("user_id", "=", userId)
        .orderBy("organisation_id")
        .execute(),
    );
    return rows.flatMap((row) =>
      isRole(row.role)
        ? [
            {
              organisationId: row.organisation_id,
              userId: row.user_id,
              role: row.role,
              createdAt: row.created_at,
            },
          ]
        : [],
    );
  }
}

/** The columns a summary shows: never the review's document, which only the full review needs. */
const SUMMARY_COLUMNS = [
  "id",
  "project_id",
  "state",
  "completeness",
  "scope_kind",
  "base_ref",
  "started_at",
  "completed_at",
  "duration_ms",
  ...COUNT_COLUMNS,
] as const;

type SummaryRow = Pick<Selectable<ReviewsTable>, (typeof SUMMARY_COLUMNS)[number]>;

/** The summary's reads, each (organisation id, review id). */
function summaryQueries(ctx: StoreContext) {
  return {
    stored: new PreparedQuery(ctx.db, 2, (db, organisationId, reviewId) =>
      db
        .selectFrom("reviews")
        .select(SUMMARY_COLUMNS)
        .select((eb) =>
          eb
            .selectFrom("review_requests")
            .select("review_requests.created_at")
            .where("review_requests.organisation_id", "=", organisationId)
            .where("review_requests.id", "=", reviewId)
            .as("requested_at"),
        )
        .where("reviews.organisation_id", "=", organisationId)
        .where("reviews.id", "=", reviewId),
    ),
    requested: new PreparedQuery(ctx.db, 2, (db, organisationId, reviewId) =>
      db
        .selectFrom("review_requests")
        .select(["id", "project_id", "state", "scope", "created_at"])
        .where("organisation_id", "=", organisationId)
        .where("id", "=", reviewId),
    ),
    job: new PreparedQuery(ctx.db, 2, (db, organisationId, reviewId) =>
      db
        .selectFrom("jobs")
        .select("state")
        .where("organisation_id", "=", organisationId)
        .where("review_id", "=", reviewId),
    ),
  };
}

function toProject(row: Selectable<ProjectsTable>): RegisteredProject {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    key: row.key,
    name: row.name,
    repositoryUrl: row.repository_url,
    provider: row.provider as ProjectRef["provider"],
    settings: parseJson(row.settings) as ProjectSettings,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function storedSummary(row: SummaryRow, requestedAt: string | undefined): ReviewSummaryView {
  return {
    id: row.id,
    projectId: row.project_id,
    state: stateOf(row.state, `review ${row.id}`),
    ...(isCompleteness(row.completeness) ? { completeness: row.completeness } : {}),
    scope: row.scope_kind === "diff" ? { kind: "diff", base: row.base_ref ?? "" } : { kind: "full" },
    ...(requestedAt === undefined ? {} : { requestedAt }),
    startedAt: row.started_at,
    completedAt: row.completed_at,
    durationMs: row.duration_ms,
    ...countsOfRow(row),
  };
}

/**
 * An accepted review not stored yet: the request's state, unless its job
 * ended without the handler saying so (a queue that gave up after the last
 * transient failure, or a worker killed after the job was failed by another).
 */
function unstoredState(requested: ReviewState, job: string | undefined): ReviewState {
  if (requested !== "queued" && requested !== "running") return requested;
  if (job === "failed" || job === "cancelled") return job;
  if (job === "running") return "running";
  return requested;
}

function stateOf(value: string, where: string): ReviewState {
  if (isReviewState(value)) return value;
  throw new CodeGuardianError("CG_STORE_FAILED", `The stored ${where} has an unknown state "${value}".`);
}

/** JSON columns are text on both databases (the PostgreSQL store turns off jsonb parsing). */
function parseJson(value: unknown): unknown {
  return typeof value === "string" ? (JSON.parse(value) as unknown) : value;
}
