import type { Generated } from "kysely";

/**
 * Row types of the review store, shared by SQLite and PostgreSQL. What differs
 * between them is read back loosely typed: JSON columns arrive parsed from
 * PostgreSQL (jsonb) and as text from SQLite; booleans arrive as true/false or
 * 1/0. review-rows.ts normalises both.
 */
export type JsonColumn = unknown;
export type BoolColumn = boolean | number;

export interface ProjectsTable {
  id: string;
  organisation_id: string;
  key: string;
  name: string;
  repository_url: string;
  provider: string;
  settings: JsonColumn;
  created_at: string;
  updated_at: string;
}

export interface ReviewsTable {
  id: string;
  organisation_id: string;
  project_id: string;
  trigger: string;
  commit_sha: string | null;
  branch: string | null;
  /** The pre-0005 summary of state and completeness, still written for older readers. */
  status: string;
  state: string;
  completeness: string;
  scope_kind: string;
  base_ref: string | null;
  /** The Requester as JSON; null for reviews stored before 0005. */
  requested_by: JsonColumn;
  total_findings: number;
  critical_count: number;
  high_count: number;
  medium_count: number;
  low_count: number;
  info_count: number;
  new_count: number;
  fixed_count: number;
  score: number;
  files_analysed: number;
  duration_ms: number;
  llm_tokens_used: number;
  llm_cost_cents: number;
  started_at: string;
  completed_at: string;
  created_at: string;
  /** The rest of the Review (target, analysers, notices, ...) as one JSON document. */
  document: JsonColumn;
}

export interface FindingsTable {
  id: string;
  organisation_id: string;
  review_id: string;
  /** Order of the finding within its review, so reads return the saved order. */
  position: number;
  fingerprint: string;
  rule_id: string;
  file_path: string;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  severity: string;
  category: string;
  title: string;
  description: string;
  recommendation: string;
  cwe_id: string | null;
  cwe_ids: JsonColumn;
  cvss_score: number | null;
  code_snippet: string;
  suggested_fix: JsonColumn;
  auto_fixable: BoolColumn;
  confidence: number;
  sources: JsonColumn;
  related_rules: JsonColumn;
  family: string | null;
  is_new: BoolColumn;
  fix_applied: Generated<BoolColumn>;
  dismissed: Generated<BoolColumn>;
  dismissed_reason: string | null;
  created_at: string;
}

export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  created_at: string;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  organisation_id: string;
  user_id: string | null;
  name: string;
  role: string;
  prefix: string;
  key_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** The scopes the key is limited to, a JSON array as text; null for every scope (migration 0008). */
  scopes: string | null;
}

export interface DismissalsTable {
  organisation_id: string;
  project_id: string;
  fingerprint: string;
  dismissed_by: string;
  reason: string;
  created_at: string;
}

/** A finding a person acknowledged in a project: seen, still reported (migration 0008). */
export interface AcknowledgementsTable {
  organisation_id: string;
  project_id: string;
  fingerprint: string;
  acknowledged_by: string;
  note: string | null;
  created_at: string;
}

/** A review the service accepted, until the worker stores it (migration 0006). */
export interface ReviewRequestsTable {
  id: string;
  organisation_id: string;
  project_id: string;
  state: string;
  /** `{ kind: "full" }` or `{ kind: "diff", base }`, as JSON. */
  scope: JsonColumn;
  requested_by: JsonColumn;
  created_at: string;
  updated_at: string;
}

/** A JWT's issuer and subject, bound to one of our users (migration 0006). */
export interface UserIdentitiesTable {
  issuer: string;
  subject: string;
  user_id: string;
  created_at: string;
}

export interface StoreDatabase {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  api_keys: ApiKeysTable;
  projects: ProjectsTable;
  reviews: ReviewsTable;
  findings: FindingsTable;
  dismissals: DismissalsTable;
  acknowledgements: AcknowledgementsTable;
  review_requests: ReviewRequestsTable;
  user_identities: UserIdentitiesTable;
  jobs: JobsTable;
  operator_keys: OperatorKeysTable;
  stream_tickets: StreamTicketsTable;
}

/** A key for the operator's /v1/admin routes (src/storage/migration-operators.ts). */
export interface OperatorKeysTable {
  id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A live-progress ticket, by its hash (src/storage/migration-stream-tickets.ts). */
export interface StreamTicketsTable {
  ticket_hash: string;
  organisation_id: string;
  review_id: string;
  role: string;
  holder: string;
  expires_at: string;
  created_at: string;
}

/** One queued review (src/storage/migration-jobs.ts); `state` is a JobState. */
export interface JobsTable {
  review_id: string;
  organisation_id: string;
  project_id: string;
  priority: number;
  request: string;
  state: string;
  attempts: number;
  lease_owner: string | null;
  lease_expires_at: string | null;
  not_before: string;
  last_error: string | null;
  /** W3C trace context of the request that queued the job (migration 0012_job_trace). */
  traceparent: string | null;
  tracestate: string | null;
  created_at: string;
  updated_at: string;
}
