import type { ComparableScope } from "./comparable.js";
import type { Completeness, Review, ReviewState } from "./review.js";
import type { Severity } from "./severity.js";
import type {
  ApiKeyGrant,
  ApiKeyRecord,
  ApiScope,
  Dismissal,
  Membership,
  Organisation,
  Role,
  User,
} from "./team.js";

export interface ProjectRef {
  /**
   * The project identity (docs/storage.md): the normalised remote URL (a git
   * target's, or a local repository's `origin`), else the real path of the root.
   * Unique within an organisation; two organisations may each have one.
   */
  readonly key: string;
  readonly name: string;
  readonly repositoryUrl: string;
  readonly provider: "local" | "git" | "github" | "gitlab";
}

export interface ReviewListItem {
  readonly id: string;
  readonly projectKey: string;
  /** The pre-0005 word for state and completeness: "completed" or "incomplete" for a finished review. */
  readonly status: string;
  readonly state: ReviewState;
  readonly completeness: Completeness;
  readonly scopeKind: "full" | "diff";
  readonly baseRef?: string;
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
  /** As in {@link ReviewListItem.status}. */
  readonly status: string;
  readonly state: ReviewState;
  readonly completeness: Completeness;
}

/** Previous state the pipeline compares against. */
export interface PreviousReview {
  readonly id: string;
  readonly review: Review;
}

/**
 * One organisation's reviews, dismissals and projects. Every read and write
 * is limited to that organisation: a handle never sees another's rows, even
 * given one of their review ids. The embedded default is SQLite; PostgreSQL
 * implements the same interface and passes the same contract test.
 */
export interface ReviewStore {
  readonly organisationId: string;
  /**
   * The latest finished review of the project, whatever its scope. Comparison
   * should use {@link latestComparable}; this stays for callers that list.
   */
  latestReview(project: ProjectRef): Promise<PreviousReview | undefined>;
  /** The review a new one of this scope is compared with (src/core/comparable.ts), if any. */
  latestComparable(project: ProjectRef, scope: ComparableScope): Promise<PreviousReview | undefined>;
  saveReview(project: ProjectRef, review: Review): Promise<void>;
  /** Saves several reviews in one transaction: all of them, or none (history import). */
  saveReviews(entries: readonly { readonly project: ProjectRef; readonly review: Review }[]): Promise<void>;
  getReview(id: string): Promise<Review | undefined>;
  /** Which project a stored review belongs to and how it ended, without loading it (for --resume). */
  reviewStatus(id: string): Promise<StoredReviewStatus | undefined>;
  listReviews(project: ProjectRef, limit: number): Promise<readonly ReviewListItem[]>;
  /** Dismisses a fingerprint in a project: later reviews suppress it, visibly. Dismissing again updates who and why. */
  dismiss(
    project: ProjectRef,
    fingerprint: string,
    why: { readonly by: string; readonly reason: string },
  ): Promise<Dismissal>;
  /** Undoes a dismissal; false when the fingerprint was not dismissed. */
  undismiss(project: ProjectRef, fingerprint: string): Promise<boolean>;
  /** The project's dismissals by fingerprint, for the pipeline to suppress (empty for an unknown project). */
  dismissals(project: ProjectRef): Promise<ReadonlyMap<string, Dismissal>>;
}

/** A review store that owns its database connection (the CLI's, bound to the local organisation). */
export interface ClosableReviewStore extends ReviewStore {
  close(): Promise<void>;
}

/**
 * Organisations, users, memberships and API keys. The HTTP service checks a
 * presented key with {@link findApiKey} and then works through the
 * organisation's {@link ReviewStore}.
 */
export interface TeamStore {
  createOrganisation(input: { readonly slug: string; readonly name: string }): Promise<Organisation>;
  /** By id or by slug. */
  organisation(idOrSlug: string): Promise<Organisation | undefined>;
  createUser(input: { readonly email: string; readonly name: string }): Promise<User>;
  user(id: string): Promise<User | undefined>;
  userByEmail(email: string): Promise<User | undefined>;
  /** Adds the user to the organisation with this role, or changes their role. */
  setRole(organisationId: string, userId: string, role: Role): Promise<Membership>;
  /** False when the user was not a member. */
  removeMember(organisationId: string, userId: string): Promise<boolean>;
  members(organisationId: string): Promise<readonly Membership[]>;
  /** Returns the key itself, which is never stored and cannot be shown again, with its record. */
  createApiKey(
    organisationId: string,
    input: {
      readonly name: string;
      readonly role: Role;
      readonly userId?: string;
      readonly scopes?: readonly ApiScope[];
    },
  ): Promise<{ readonly key: string; readonly record: ApiKeyRecord }>;
  apiKeys(organisationId: string): Promise<readonly ApiKeyRecord[]>;
  /** False when the organisation has no such key, or it was already revoked. */
  revokeApiKey(organisationId: string, keyId: string): Promise<boolean>;
  /**
   * What a presented key grants, recording its use; undefined for a malformed,
   * unknown or revoked key, or one whose user has left the organisation.
   */
  findApiKey(presented: string): Promise<ApiKeyGrant | undefined>;
}

/**
 * One store per process: the database is opened and migrated once, and every
 * organisation's handle shares its connections.
 */
export interface StorePool {
  /** The organisation's handle; refuses an unknown organisation (CG_TEAM_NOT_FOUND). */
  forOrganisation(organisationId: string): Promise<ReviewStore>;
  readonly team: TeamStore;
  close(): Promise<void>;
}
