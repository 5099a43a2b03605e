import type { Insertable, Selectable } from "kysely";
import { isCategory } from "../core/category.js";
import { CodeGuardianError } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import type { Fix } from "../core/fix.js";
import { isCompleteness, isReviewState, type Review } from "../core/review.js";
import { isSeverity } from "../core/severity.js";
import type { ReviewListItem } from "../core/store.js";
import type { Flavour } from "./flavour.js";
import { stateColumnsOf } from "./review-state.js";
import { upgradeStoredFields } from "./review-upgrade.js";
import type { FindingsTable, ReviewsTable } from "./schema.js";

/**
 * Review ↔ rows. Columns hold what is queried (counts, score, state, scope, times,
 * every finding field); the `document` column holds the rest of the Review
 * as JSON. Reading the rows back yields a Review deep-equal to the saved one,
 * with optional fields absent (not `undefined`) when they were absent.
 */
type ReviewDocument = Omit<Review, "id" | "durationMs" | "llm" | "findings">;

export type ReviewRow = Selectable<ReviewsTable>;
export type FindingRow = Selectable<FindingsTable>;

export function reviewToRow(
  review: Review,
  context: { readonly organisationId: string; readonly projectId: string; readonly createdAt: string },
): Insertable<ReviewsTable> {
  const { id, durationMs, llm, findings, ...rest } = review;
  const document: ReviewDocument = rest;
  const newFingerprints = new Set(review.comparison?.newFingerprints ?? []);
  const { bySeverity } = review.summary;
  const { createdAt } = context;
  return {
    id,
    organisation_id: context.organisationId,
    project_id: context.projectId,
    trigger: "manual",
    commit_sha: review.target.commit ?? null,
    branch: review.target.branch ?? null,
    ...stateColumnsOf(review),
    total_findings: review.summary.total,
    critical_count: bySeverity.critical,
    high_count: bySeverity.high,
    medium_count: bySeverity.medium,
    low_count: bySeverity.low,
    info_count: bySeverity.info,
    new_count: findings.filter((f) => newFingerprints.has(f.fingerprint)).length,
    fixed_count: review.comparison?.fixed.length ?? 0,
    score: review.summary.score,
    files_analysed: review.files.analysed,
    duration_ms: durationMs,
    llm_tokens_used: llm.tokens,
    llm_cost_cents: llm.costCents,
    // Canonical UTC in the columns so they sort; the document keeps the exact strings.
    started_at: new Date(review.startedAt).toISOString(),
    completed_at: new Date(review.completedAt).toISOString(),
    created_at: createdAt,
    document: JSON.stringify(document),
  };
}

export function findingToRow(
  finding: Finding,
  context: {
    readonly id: string;
    readonly organisationId: string;
    readonly reviewId: string;
    readonly position: number;
    readonly isNew: boolean;
    readonly createdAt: string;
    readonly flavour: Flavour;
  },
): Insertable<FindingsTable> {
  const { flavour } = context;
  return {
    id: context.id,
    organisation_id: context.organisationId,
    review_id: context.reviewId,
    position: context.position,
    fingerprint: finding.fingerprint,
    rule_id: finding.ruleId,
    file_path: finding.file,
    line_start: finding.range.start.line,
    line_end: finding.range.end.line,
    column_start: finding.range.start.column,
    column_end: finding.range.end.column,
    severity: finding.severity,
    category: finding.category,
    title: finding.title,
    description: finding.description,
    recommendation: finding.recommendation,
    cwe_id: finding.cwe[0] ?? null,
    cwe_ids: JSON.stringify(finding.cwe),
    cvss_score: finding.cvss ?? null,
    code_snippet: finding.snippet,
    suggested_fix: finding.fix === undefined ? null : JSON.stringify(finding.fix),
    auto_fixable: flavour.bool(finding.autoFixable),
    confidence: finding.confidence,
    sources: JSON.stringify(finding.sources),
    related_rules: JSON.stringify(finding.relatedRules),
    family: finding.family ?? null,
    is_new: flavour.bool(context.isNew),
    dismissed_reason: null,
    created_at: context.createdAt,
  };
}

export function rowsToReview(row: ReviewRow, findings: readonly FindingRow[]): Review {
  const where = `review ${row.id}`;
  const document = parseJson(row.document, where);
  if (!isRecord(document)) throw corrupt(where, "its document is not a JSON object");
  if (!isReviewState(row.state)) throw corrupt(where, `its state "${row.state}" is unknown`);
  if (!isCompleteness(row.completeness)) {
    throw corrupt(where, `its completeness "${row.completeness}" is unknown`);
  }
  return {
    ...(document as unknown as ReviewDocument),
    // A document stored before schema 2 lacks the scope and the requester (review-upgrade.ts);
    // state and completeness are the columns', which migration 0005 filled from `status`.
    ...upgradeStoredFields(document, row.status),
    state: row.state,
    completeness: row.completeness,
    id: row.id,
    durationMs: row.duration_ms,
    llm: { tokens: row.llm_tokens_used, costCents: row.llm_cost_cents },
    findings: findings.map(rowToFinding),
  };
}

/** The columns {@link rowToFinding} reads. */
export const FINDING_COLUMNS = [
  "id",
  "review_id",
  "fingerprint",
  "rule_id",
  "file_path",
  "line_start",
  "line_end",
  "column_start",
  "column_end",
  "severity",
  "category",
  "title",
  "description",
  "recommendation",
  "cwe_ids",
  "cvss_score",
  "code_snippet",
  "suggested_fix",
  "auto_fixable",
  "confidence",
  "sources",
  "related_rules",
  "family",
] as const;

export function rowToFinding(row: Pick<FindingRow, (typeof FINDING_COLUMNS)[number]>): Finding {
  const where = `finding ${row.id} of review ${row.review_id}`;
  if (!isSeverity(row.severity)) throw corrupt(where, `unknown severity "${row.severity}"`);
  if (!isCategory(row.category)) throw corrupt(where, `unknown category "${row.category}"`);
  const fix = row.suggested_fix === null ? undefined : (parseJson(row.suggested_fix, where) as Fix);
  return {
    ruleId: row.rule_id,
    file: row.file_path,
    range: {
      start: { line: row.line_start, column: row.column_start },
      end: { line: row.line_end, column: row.column_end },
    },
    severity: row.severity,
    category: row.category,
    title: row.title,
    description: row.description,
    recommendation: row.recommendation,
    cwe: stringArray(row.cwe_ids, where),
    ...(row.cvss_score === null ? {} : { cvss: row.cvss_score }),
    snippet: row.code_snippet,
    ...(fix === undefined ? {} : { fix }),
    autoFixable: isTrue(row.auto_fixable),
    confidence: row.confidence,
    sources: stringArray(row.sources, where),
    relatedRules: stringArray(row.related_rules, where),
    fingerprint: row.fingerprint,
    ...(row.family === null ? {} : { family: row.family }),
  };
}

/** SQLite returns 1/0, PostgreSQL true/false. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 1;
}

/**
 * JSON columns come back as text from both databases (the PostgreSQL store
 * turns off pg's jsonb parsing), so there is one decoding path.
 */
function parseJson(value: unknown, where: string): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    throw corrupt(where, "a JSON column does not hold valid JSON", error);
  }
}

function stringArray(value: unknown, where: string): string[] {
  const parsed = parseJson(value, where);
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === "string")) {
    throw corrupt(where, "a list column does not hold a list of strings");
  }
  return parsed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function corrupt(where: string, what: string, cause?: unknown): CodeGuardianError {
  return new CodeGuardianError("CG_STORE_FAILED", `The stored ${where} is unreadable: ${what}.`, {
    hint: "The database may have been edited by hand or by another program.",
    cause,
  });
}

/** The columns {@link countsOfRow} reads. */
export const COUNT_COLUMNS = [
  "total_findings",
  "critical_count",
  "high_count",
  "medium_count",
  "low_count",
  "info_count",
  "score",
  "new_count",
  "fixed_count",
] as const;

/** The counts a review's row holds for listings: totals per severity, score, new and fixed. */
export function countsOfRow(
  row: Pick<ReviewRow, (typeof COUNT_COLUMNS)[number]>,
): Pick<ReviewListItem, "total" | "bySeverity" | "score" | "newCount" | "fixedCount"> {
  return {
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
  };
}
