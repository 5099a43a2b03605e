import type { Category } from "./category.js";
import type { Finding } from "./finding.js";
import type { Completeness, Requester, ReviewState } from "./review.js";
import type { Severity } from "./severity.js";
import type { ProjectRef } from "./store.js";
import type { Membership, Role, User } from "./team.js";

/**
 * What the HTTP service keeps beyond reviews (docs/server.md): registered
 * projects, reviews it accepted and has not stored yet, and the users a
 * JWT's issuer and subject stand for. Every read takes the organisation: a
 * row of another organisation is never found, whatever its id.
 */

/** A project as registered over the API: its repository was checked against the operator's lists. */
export interface RegisteredProject extends ProjectRef {
  readonly id: string;
  readonly organisationId: string;
  /** The requester settings every review of the project starts from (docs/configuration.md). */
  readonly settings: ProjectSettings;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ProjectSettings {
  readonly failOn?: Severity;
  readonly minConfidence?: number;
  /** `off` or `provider:model`. */
  readonly llm?: string;
}

export type RequestedScope = { readonly kind: "full" } | { readonly kind: "diff"; readonly base: string };

/** A review from the moment the API accepted it. */
export interface ReviewRequestRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly projectId: string;
  readonly state: ReviewState;
  readonly scope: RequestedScope;
  readonly requestedBy: Requester;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A review as the API summarises it: a stored review's figures, or only the request's state. */
export interface ReviewSummaryView {
  readonly id: string;
  readonly projectId: string;
  readonly state: ReviewState;
  /** Only for a stored (finished or cancelled) review. */
  readonly completeness?: Completeness;
  readonly scope: RequestedScope;
  readonly requestedAt?: string;
  readonly startedAt?: string;
  readonly completedAt?: string;
  readonly durationMs?: number;
  readonly total?: number;
  readonly bySeverity?: Readonly<Record<Severity, number>>;
  readonly score?: number;
  readonly newCount?: number;
  readonly fixedCount?: number;
}

/**
 * Where a stored finding stands (docs/server.md, "Finding status"), first
 * match wins: `dismissed` (its project dismissed the fingerprint), `fixed`
 * (the project's latest finished full review after this one no longer
 * reports it), `acknowledged` (a person marked it seen), else `open`.
 */
export const FINDING_STATUSES = ["open", "acknowledged", "dismissed", "fixed"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export interface Acknowledgement {
  readonly fingerprint: string;
  readonly by: string;
  readonly note?: string;
  readonly at: string;
}

/** One stored review of a project, as a point of its trend. */
export interface TrendPoint {
  readonly reviewId: string;
  readonly completedAt: string;
  readonly state: ReviewState;
  readonly scope: "full" | "diff";
  readonly score: number;
  readonly total: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

/** Reviews a caller requested over a period, and the model tokens and cost they used. */
export interface UsageSummary {
  readonly reviews: number;
  readonly byState: Readonly<Partial<Record<ReviewState, number>>>;
  readonly llmTokens: number;
  readonly llmCostCents: number;
}

/** A change of membership: a new role, or leaving the organisation. */
export type MembershipChange = { readonly role: Role } | { readonly remove: true };

export interface FindingsQuery {
  readonly severity?: readonly Severity[];
  readonly status?: readonly FindingStatus[];
  readonly category?: readonly Category[];
  /** Exact repository-relative path. */
  readonly file?: string;
  readonly fingerprint?: string;
  readonly limit: number;
  /** Position of the last finding of the previous page. */
  readonly after?: number;
}

export interface FindingsPage {
  readonly findings: readonly (Finding & {
    readonly position: number;
    readonly isNew: boolean;
    readonly status: FindingStatus;
  })[];
  /** Pass as `after` for the next page; absent on the last page. */
  readonly next?: number;
}

export interface ServiceStore {
  /** Refuses a second project with the same key in the organisation (CG_TEAM_CONFLICT). */
  createProject(
    organisationId: string,
    input: ProjectRef & { readonly settings: ProjectSettings },
  ): Promise<RegisteredProject>;
  project(organisationId: string, projectId: string): Promise<RegisteredProject | undefined>;
  /** Undefined when the organisation has no such project. */
  updateProjectSettings(
    organisationId: string,
    projectId: string,
    settings: ProjectSettings,
  ): Promise<RegisteredProject | undefined>;
  recordReviewRequest(
    record: Omit<ReviewRequestRecord, "createdAt" | "updatedAt">,
  ): Promise<ReviewRequestRecord>;
  /** The stored review's summary if it has been stored, else the request's; undefined when neither exists. */
  reviewSummary(organisationId: string, reviewId: string): Promise<ReviewSummaryView | undefined>;
  /** Moves a request to `to` only from one of `from`; false when it was in another state or unknown. */
  moveReviewRequest(
    organisationId: string,
    reviewId: string,
    from: readonly ReviewState[],
    to: ReviewState,
  ): Promise<boolean>;
  findings(organisationId: string, reviewId: string, query: FindingsQuery): Promise<FindingsPage>;
  /** Binds a JWT identity to a user; binding it again to the same user does nothing. */
  linkIdentity(issuer: string, subject: string, userId: string): Promise<void>;
  userByIdentity(issuer: string, subject: string): Promise<User | undefined>;
  /** The organisations a user belongs to, with their roles. */
  membershipsOf(userId: string): Promise<readonly Membership[]>;
  /** Marks a finding of a project seen; acknowledging again replaces who, why and when. */
  acknowledge(
    organisationId: string,
    projectId: string,
    fingerprint: string,
    by: { readonly by: string; readonly note?: string },
  ): Promise<Acknowledgement>;
  /** The project's stored reviews completed at or after `since`, oldest first. */
  trends(organisationId: string, projectId: string, since: string): Promise<readonly TrendPoint[]>;
  /** Reviews requested by `requesterId` (a user or key id) completed or accepted at or after `since`. */
  usage(organisationId: string, requesterId: string, since: string): Promise<UsageSummary>;
  /**
   * Changes a member's role or removes them, in one transaction that refuses
   * (CG_LAST_OWNER) to leave the organisation without an owner; false when
   * the user was not a member.
   */
  changeMembership(organisationId: string, userId: string, change: MembershipChange): Promise<boolean>;
}
