import type { Kysely, Transaction } from "kysely";
import { CodeGuardianError } from "../core/errors.js";
import type { Review } from "../core/review.js";
import type {
  PreviousReview,
  ProjectRef,
  ReviewListItem,
  ReviewStore,
  StoredReviewStatus,
} from "../core/store.js";
import type { Flavour } from "./flavour.js";
import { findingToRow, reviewToRow, rowsToReview, type ReviewRow } from "./review-rows.js";
import type { StoreDatabase } from "./schema.js";
import { storeError } from "./store-errors.js";
import { problemsWith } from "./validate-review.js";

/** Rows per INSERT: about 30 columns each stays under both databases' bind-parameter limits. */
const FINDINGS_PER_INSERT = 400;

/** Reviews a pipeline can compare against; a future server may also store queued or running ones. */
const FINISHED = ["completed", "incomplete"] as const;

export interface KyselyStoreOptions {
  readonly db: Kysely<StoreDatabase>;
  readonly flavour: Flavour;
  /** Where the data lives, for error messages: a file path or a redacted URL. */
  readonly where: string;
  readonly now: () => Date;
  readonly newId: () => string;
  /**
   * Runs one write transaction at a time where the database needs it (SQLite
   * handles in one process would otherwise wait on each other's locks).
   */
  readonly serialiseWrites?: <T>(run: () => Promise<T>) => Promise<T>;
  /** Refuse saves: the store was opened only to read history. */
  readonly readOnly?: boolean;
}

/** The ReviewStore both databases share; they differ only in how they are opened. */
export class KyselyReviewStore implements ReviewStore {
  private closed = false;

  constructor(private readonly options: KyselyStoreOptions) {}

  async saveReview(project: ProjectRef, review: Review): Promise<void> {
    await this.saveReviews([{ project, review }], `save review ${review.id}`);
  }

  /** Saves every review in one transaction: all of them, or (on any failure) none. */
  async saveReviews(
    entries: readonly { readonly project: ProjectRef; readonly review: Review }[],
    action = `save ${entries.length} reviews`,
  ): Promise<void> {
    for (const { review } of entries) {
      if (this.options.readOnly) {
        throw new CodeGuardianError(
          "CG_STORE_FAILED",
          `Could not save review ${review.id}: the review store at ${this.options.where} was opened read-only.`,
        );
      }
    }
    for (const { project, review } of entries) validateForSave(project, review);
    const { db } = this.options;
    const serialise = this.options.serialiseWrites ?? ((run) => run());
    await this.guard(action, () =>
      serialise(() =>
        db.transaction().execute(async (trx) => {
          for (const { project, review } of entries) await this.insertReview(trx, project, review);
        }),
      ),
    );
  }

  private async insertReview(
    trx: Transaction<StoreDatabase>,
    project: ProjectRef,
    review: Review,
  ): Promise<void> {
    const { flavour, newId } = this.options;
    const createdAt = this.options.now().toISOString();
    const projectId = await upsertProject(trx, project, newId(), createdAt);
    await removeEarlierSave(trx, review.id, projectId, project.key);
    await trx
      .insertInto("reviews")
      .values(reviewToRow(review, projectId, createdAt))
      .execute();
    const newFingerprints = new Set(review.comparison?.newFingerprints ?? []);
    const rows = review.findings.map((finding, position) =>
      findingToRow(finding, {
        id: newId(),
        reviewId: review.id,
        position,
        isNew: newFingerprints.has(finding.fingerprint),
        createdAt,
        flavour,
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
    return this.guard(`read review ${id}`, () =>
      this.readTransaction().execute(async (trx) => {
        const row = await trx.selectFrom("reviews").selectAll().where("id", "=", id).executeTakeFirst();
        return row === undefined ? undefined : loadReview(trx, row);
      }),
    );
  }

  async reviewStatus(id: string): Promise<StoredReviewStatus | undefined> {
    const row = await this.guard(`read review ${id}`, () =>
      this.options.db
        .selectFrom("reviews")
        .innerJoin("projects", "projects.id", "reviews.project_id")
        .select(["projects.key as project_key", "reviews.status as status"])
        .where("reviews.id", "=", id)
        .executeTakeFirst(),
    );
    return row === undefined ? undefined : { projectKey: row.project_key, status: row.status };
  }

  async latestReview(project: ProjectRef): Promise<PreviousReview | undefined> {
    return this.guard(`read the latest review of ${project.key}`, () =>
      this.readTransaction().execute(async (trx) => {
        const row = await trx
          .selectFrom("reviews")
          .innerJoin("projects", "projects.id", "reviews.project_id")
          .selectAll("reviews")
          .where("projects.key", "=", project.key)
          .where("reviews.status", "in", FINISHED)
          .orderBy("reviews.started_at", "desc")
          .orderBy("reviews.created_at", "desc")
          .orderBy("reviews.id", "desc")
          .limit(1)
          .executeTakeFirst();
        if (row === undefined) return undefined;
        return { id: row.id, review: await loadReview(trx, row) };
      }),
    );
  }

  async listReviews(project: ProjectRef, limit: number): Promise<readonly ReviewListItem[]> {
    if (!Number.isInteger(limit) || limit < 0) {
      throw new CodeGuardianError(
        "CG_USAGE",
        `A review list limit must be a whole number ≥ 0, not ${limit}.`,
      );
    }
    if (limit === 0) return [];
    const rows = await this.guard(`list the reviews of ${project.key}`, () =>
      this.options.db
        .selectFrom("reviews")
        .innerJoin("projects", "projects.id", "reviews.project_id")
        .selectAll("reviews")
        .select("projects.key as project_key")
        .where("projects.key", "=", project.key)
        .orderBy("reviews.started_at", "desc")
        .orderBy("reviews.created_at", "desc")
        .orderBy("reviews.id", "desc")
        .limit(limit)
        .execute(),
    );
    return rows.map((row): ReviewListItem => ({
      id: row.id,
      projectKey: row.project_key,
      status: row.status,
      startedAt: row.started_at,
      durationMs: row.duration_ms,
      total: row.total_findings,
      bySeverity: {
        critical: row.critical_count,
        high: row.high_count,
        medium: row.medium_count,
        low: row.low_count,
        info: row.info_count,
      },
      score: row.score,
      newCount: row.new_count,
      fixedCount: row.fixed_count,
      ...(row.commit_sha === null ? {} : { commit: row.commit_sha }),
      ...(row.branch === null ? {} : { branch: row.branch }),
    }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.options.db.destroy();
  }

  /**
   * A review is read with two queries; one snapshot keeps a concurrent
   * re-save from pairing the old review row with the new findings. (SQLite's
   * transactions are snapshots already and ignore the level.)
   */
  private readTransaction() {
    return this.options.db.transaction().setIsolationLevel("repeatable read");
  }

  private async guard<T>(action: string, run: () => Promise<T>): Promise<T> {
    if (this.closed) {
      throw new CodeGuardianError(
        "CG_STORE_FAILED",
        `Could not ${action}: the review store at ${this.options.where} is closed.`,
      );
    }
    try {
      return await run();
    } catch (error) {
      throw storeError(action, this.options.where, error);
    }
  }
}

async function loadReview(trx: Transaction<StoreDatabase>, row: ReviewRow): Promise<Review> {
  const findings = await trx
    .selectFrom("findings")
    .selectAll()
    .where("review_id", "=", row.id)
    .orderBy("position", "asc")
    .execute();
  return rowsToReview(row, findings);
}

/** Creates the project on first sight; later saves refresh its name, URL and provider. */
async function upsertProject(
  trx: Transaction<StoreDatabase>,
  project: ProjectRef,
  id: string,
  now: string,
): Promise<string> {
  const row = await trx
    .insertInto("projects")
    .values({
      id,
      key: project.key,
      name: project.name,
      repository_url: project.repositoryUrl,
      provider: project.provider,
      settings: "{}",
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        name: project.name,
        repository_url: project.repositoryUrl,
        provider: project.provider,
        updated_at: now,
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Saving a review id again replaces it (a retried save must not duplicate
 * findings), but never moves a review from one project to another.
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
