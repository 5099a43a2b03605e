import type { Review } from "./review.js";
import type { Severity } from "./severity.js";

export interface ProjectRef {
  /**
   * The project identity (docs/storage.md): the normalised remote URL (a git
   * target's, or a local repository's `origin`), else the real path of the root.
   */
  readonly key: string;
  readonly name: string;
  readonly repositoryUrl: string;
  readonly provider: "local" | "git" | "github" | "gitlab";
}

export interface ReviewListItem {
  readonly id: string;
  readonly projectKey: string;
  readonly status: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly total: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly score: number;
  readonly newCount: number;
  readonly fixedCount: number;
  readonly commit?: string;
  readonly branch?: string;
}

export interface StoredReviewStatus {
  readonly projectKey: string;
  readonly status: string;
}

/** Previous state the pipeline compares against. */
export interface PreviousReview {
  readonly id: string;
  readonly review: Review;
}

/**
 * Where reviews live. The embedded default is SQLite; PostgreSQL implements the
 * same interface and passes the same contract test.
 */
export interface ReviewStore {
  /** The latest completed-or-incomplete review of the project, if any. */
  latestReview(project: ProjectRef): Promise<PreviousReview | undefined>;
  saveReview(project: ProjectRef, review: Review): Promise<void>;
  /** Saves several reviews in one transaction: all of them, or none (history import). */
  saveReviews(entries: readonly { readonly project: ProjectRef; readonly review: Review }[]): Promise<void>;
  getReview(id: string): Promise<Review | undefined>;
  /** Which project a stored review belongs to and how it ended, without loading it (for --resume). */
  reviewStatus(id: string): Promise<StoredReviewStatus | undefined>;
  listReviews(project: ProjectRef, limit: number): Promise<readonly ReviewListItem[]>;
  close(): Promise<void>;
}
