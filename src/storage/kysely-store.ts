import type { Transaction } from "kysely";
import { comparableQuery, type ComparableScope } from "../core/comparable.js";
import { CodeGuardianError } from "../core/errors.js";
import type { Review } from "../core/review.js";
import type {
  PreviousReview,
  ProjectRef,
  ReviewListItem,
  ReviewStore,
  StoredReviewStatus,
} from "../core/store.js";
import type { Dismissal } from "../core/team.js";
import { dismiss, dismissalsOf, undismiss } from "./dismissals.js";
import { upsertProject } from "./projects.js";
import { findingToRow, reviewToRow, rowsToReview, type ReviewRow } from "./review-rows.js";
import { countsOfRow } from "./review-rows.js";
import { isCompleteness, isReviewState } from "../core/review.js";
import { isScopeKind } from "./review-state.js";
import type { StoreDatabase } from "./schema.js";
import type { StoreContext } from "./store-context.js";
import { problemsWith } from "./validate-review.js";

/** Rows per INSERT: about 30 columns each stays under both databases' bind-parameter limits. */
const FINDINGS_PER_INSERT = 400;

/**
 * One organisation's ReviewStore; both databases share it and differ only in
 * how they are opened. Every query names the organisation, on the review row
 * and on the project it is joined with.
 */
export class KyselyReviewStore implements ReviewStore {
  constructor(
    private readonly ctx: StoreContext,
    readonly organisationId: string,
  ) {}

  async saveReview(project: ProjectRef, review: Review): Promise<void> {
    await this.saveReviews([{ project, review }], `save review ${review.id}`);
  }

  /** Saves every review in one transaction: all of them, or (on any failure) none. */
  async saveReviews(
    entries: readonly { readonly project: ProjectRef; readonly review: Review }[],
    action = `save ${entries.length} reviews`,
  ): Promise<void> {
    // Before validation: a read-only store refuses any save, naming the first review.
    this.ctx.assertWritable(entries[0] === undefined ? action : `save review ${entries[0].review.id}`);
    for (const { project, review } of entries) validateForSave(project, review);
    await this.ctx.write(action, async (trx) => {
      for (const { project, review } of entries) await this.insertReview(trx, project, review);
    });
  }

  private async insertReview(
    trx: Transaction<StoreDatabase>,
    project: ProjectRef,
    review: Review,
  ): Promise<void> {
    const { ctx, organisationId } = this;
    const createdAt = ctx.nowIso();
    const projectId = await upsertProject(trx, organisationId, project, ctx.newId(), createdAt);
    await removeEarlierSave(trx, review.id, projectId, project.key);
    await trx
      .insertInto("reviews")
      .values(reviewToRow(review, { organisationId, projectId, createdAt }))
      .execute();
    const newFingerprints = new Set(review.comparison?.newFingerprints ?? []);
    const rows = review.findings.map((finding, position) =>
      findingToRow(finding, {
        id: ctx.newId(),
        organisationId,
        reviewId: review.id,
        position,
        isNew: newFingerprints.has(finding.fingerprint),
        createdAt,
        flavour: ctx.flavour,
      }),
    );
    for (let i = 0; i < rows.length; i += FINDINGS_PER_INSERT) {
      await trx
        .insertInto("findings")
        .values(rows.slice(i, i + FINDINGS_PER_INSERT))
        .execute();
    }
  }

  async getReview(id: string): Promise<Review | undefined> {
    return this.ctx.read(`read review ${id}`, async (trx) => {
      const row = await trx
        .selectFrom("reviews")
        .selectAll()
        .where("id", "=", id)
        .where("organisation_id", "=", this.organisationId)
        .executeTakeFirst();
      return row === undefined ? undefined : this.loadReview(trx, row);
    });
  }

  async reviewStatus(id: string): Promise<StoredReviewStatus | undefined> {
    const row = await this.ctx.guard(`read review ${id}`, () =>
      this.ctx.db
        .selectFrom("reviews")
        .innerJoin("projects", "projects.id", "reviews.project_id")
        .select([
          "projects.key as project_key",
          "reviews.status as status",
          "reviews.state as state",
          "reviews.completeness as completeness",
        ])
        .where("reviews.id", "=", id)
        .where("reviews.organisation_id", "=", this.organisationId)
        .where("projects.organisation_id", "=", this.organisationId)
        .executeTakeFirst(),
    );
    if (row === undefined) return undefined;
    return {
      projectKey: row.project_key,
      status: row.status,
      state: isReviewState(row.state) ? row.state : "failed",
      completeness: isCompleteness(row.completeness) ? row.completeness : "incomplete",
    };
  }

  async latestReview(project: ProjectRef): Promise<PreviousReview | undefined> {
    return this.latest(project, `read the latest review of ${project.key}`);
  }

  async latestComparable(project: ProjectRef, scope: ComparableScope): Promise<PreviousReview | undefined> {
    const query = comparableQuery(scope);
    return this.latest(project, `find the review to compare ${project.key} with`, (select) => {
      const kind = select.where("reviews.scope_kind", "=", query.scopeKind);
      const refs = query.refs;
      if (refs === undefined) return kind;
      return kind.where((eb) =>
        eb.or([eb("reviews.branch", "in", refs), eb("reviews.commit_sha", "in", refs)]),
      );
    });
  }

  private async latest(
    project: ProjectRef,
    action: string,
    narrow: (select: ProjectReviews) => ProjectReviews = (select) => select,
  ): Promise<PreviousReview | undefined> {
    return this.ctx.read(action, async (trx) => {
      const row = await narrow(this.reviewsOf(trx, project).where("reviews.state", "=", "finished"))
        .orderBy("reviews.started_at", "desc")
        .orderBy("reviews.created_at", "desc")
        .orderBy("reviews.id", "desc")
        .limit(1)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      return { id: row.id, review: await this.loadReview(trx, row) };
    });
  }

  async listReviews(project: ProjectRef, limit: number): Promise<readonly ReviewListItem[]> {
    if (!Number.isInteger(limit) || limit < 0) {
      throw new CodeGuardianError(
        "CG_USAGE",
        `A review list limit must be a whole number ≥ 0, not ${limit}.`,
      );
    }
    if (limit === 0) return [];
    const rows = await this.ctx.guard(`list the reviews of ${project.key}`, () =>
      this.reviewsOf(this.ctx.db, project)
        .orderBy("reviews.started_at", "desc")
        .orderBy("reviews.created_at", "desc")
        .orderBy("reviews.id", "desc")
        .limit(limit)
        .execute(),
    );
    return rows.map((row) => listItem(row, project.key));
  }

  async dismiss(
    project: ProjectRef,
    fingerprint: string,
    why: { readonly by: string; readonly reason: string },
  ): Promise<Dismissal> {
    return dismiss(this.ctx, this.organisationId, project, fingerprint, why);
  }

  async undismiss(project: ProjectRef, fingerprint: string): Promise<boolean> {
    return undismiss(this.ctx, this.organisationId, project, fingerprint);
  }

  async dismissals(project: ProjectRef): Promise<ReadonlyMap<string, Dismissal>> {
    return dismissalsOf(this.ctx, this.organisationId, project);
  }

  /** The project's review rows in this organisation, joined through a project of the same organisation. */
  private reviewsOf(db: Transaction<StoreDatabase> | StoreContext["db"], project: ProjectRef) {
    return db
      .selectFrom("reviews")
      .innerJoin("projects", "projects.id", "reviews.project_id")
      .selectAll("reviews")
      .where("projects.organisation_id", "=", this.organisationId)
      .where("projects.key", "=", project.key)
      .where("reviews.organisation_id", "=", this.organisationId);
  }

  private async loadReview(trx: Transaction<StoreDatabase>, row: ReviewRow): Promise<Review> {
    const findings = await trx
      .selectFrom("findings")
      .selectAll()
      .where("review_id", "=", row.id)
      .where("organisation_id", "=", this.organisationId)
      .orderBy("position", "asc")
      .execute();
    return rowsToReview(row, findings);
  }
}

type ProjectReviews = ReturnType<KyselyReviewStore["reviewsOf"]>;

function listItem(row: ReviewRow, projectKey: string): ReviewListItem {
  return {
    id: row.id,
    projectKey,
    status: row.status,
    state: isReviewState(row.state) ? row.state : "failed",
    completeness: isCompleteness(row.completeness) ? row.completeness : "incomplete",
    scopeKind: isScopeKind(row.scope_kind) ? row.scope_kind : "full",
    ...(row.base_ref === null ? {} : { baseRef: row.base_ref }),
    startedAt: row.started_at,
    durationMs: row.duration_ms,
    ...countsOfRow(row),
    ...(row.commit_sha === null ? {} : { commit: row.commit_sha }),
    ...(row.branch === null ? {} : { branch: row.branch }),
  };
}

/**
 * Saving a review id again replaces it (a retried save must not duplicate
 * findings), but never moves a review from one project, or organisation, to
 * another. The message does not say which: the other may not be the caller's.
 */
async function removeEarlierSave(
  trx: Transaction<StoreDatabase>,
  reviewId: string,
  projectId: string,
  projectKey: string,
): Promise<void> {
  const existing = await trx
    .selectFrom("reviews")
    .select("project_id")
    .where("id", "=", reviewId)
    .executeTakeFirst();
  if (existing === undefined) return;
  if (existing.project_id !== projectId) {
    throw new CodeGuardianError(
      "CG_STORE_FAILED",
      `Review ${reviewId} is already stored under another project, so it cannot be saved under ${projectKey}.`,
      { hint: "Each review needs its own id." },
    );
  }
  // Findings go explicitly too, so the replace does not depend on cascades being enabled.
  await trx.deleteFrom("findings").where("review_id", "=", reviewId).execute();
  await trx.deleteFrom("reviews").where("id", "=", reviewId).execute();
}

function validateForSave(project: ProjectRef, review: Review): void {
  const problems = problemsWith(project, review);
  if (problems.length > 0) {
    throw new CodeGuardianError(
      "CG_STORE_FAILED",
      `Refusing to store review "${review.id}" of ${project.key}: ${problems.join("; ")}.`,
      { hint: "This is a bug in whatever produced the review; nothing was saved." },
    );
  }
}
