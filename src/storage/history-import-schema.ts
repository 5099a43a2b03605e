import { z } from "zod";
import { CATEGORIES } from "../core/category.js";
import { SEVERITIES } from "../core/severity.js";
import { COMPLETENESS, REVIEW_STATES, SKIP_REASONS } from "../core/review.js";

/**
 * What `codeguardian history import` accepts, row by row (docs/storage.md).
 * An old history may have come out of a reviewed repository, so nothing in it
 * is trusted: every column is checked for its type and range before a single
 * row is written, and review ids must be the UUIDs CodeGuardian makes.
 */
const text = z.string();
const count = z.number().int().min(0);
const stamp = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "not a date");
const json = z.string().refine((s) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}, "not JSON text");
const flag = z.union([z.literal(0), z.literal(1), z.boolean()]);

export const projectRow = z.object({
  id: text.min(1),
  key: text.min(1),
  name: text,
  repository_url: text,
  provider: z.enum(["local", "git", "github", "gitlab"]),
});

export const reviewRow = z.object({
  id: z.uuid(),
  project_id: text.min(1),
  trigger: text,
  commit_sha: text.nullable(),
  branch: text.nullable(),
  // Before 0005 only finished reviews were stored; since, the column names any other state.
  status: z.enum(["completed", "incomplete", "queued", "running", "failed", "cancelled"]),
  total_findings: count,
  critical_count: count,
  high_count: count,
  medium_count: count,
  low_count: count,
  info_count: count,
  new_count: count,
  fixed_count: count,
  score: z.number().min(0).max(100),
  files_analysed: count,
  duration_ms: count,
  llm_tokens_used: count,
  llm_cost_cents: z.number().min(0),
  started_at: stamp,
  completed_at: stamp,
  created_at: stamp,
  document: json,
});

export const findingRow = z.object({
  id: text.min(1),
  review_id: z.uuid(),
  position: count,
  fingerprint: text.min(1).max(64),
  rule_id: text.min(1),
  file_path: text.min(1),
  line_start: count,
  line_end: count,
  column_start: count,
  column_end: count,
  severity: z.enum(SEVERITIES),
  category: z.enum(CATEGORIES),
  title: text,
  description: text,
  recommendation: text,
  cwe_id: text.nullable(),
  cwe_ids: json,
  cvss_score: z.number().min(0).max(10).nullable(),
  code_snippet: text,
  suggested_fix: json.nullable(),
  auto_fixable: flag,
  confidence: z.number().min(0).max(1),
  sources: json,
  related_rules: json,
  family: text.nullable(),
  is_new: flag,
  fix_applied: flag,
  dismissed: flag,
  dismissed_reason: text.nullable(),
  created_at: stamp,
});

const position = z.object({ line: count, column: count }).strict();
const range = z.object({ start: position, end: position }).strict();

/** The review document (everything a review row does not hold in columns). */
export const reviewDocument = z
  .object({
    schemaVersion: text,
    tool: z.object({ name: z.literal("codeguardian"), version: text }).strict(),
    target: z
      .object({
        kind: z.enum(["path", "git"]),
        input: text,
        root: text,
        url: text.optional(),
        commit: text.optional(),
        branch: text.optional(),
      })
      .strict(),
    startedAt: stamp,
    completedAt: stamp,
    // Schema 2 documents carry these; older ones are upgraded when read (review-upgrade.ts).
    state: z.enum(REVIEW_STATES).optional(),
    completeness: z.enum(COMPLETENESS).optional(),
    scope: z
      .union([
        z.object({ kind: z.literal("full") }).strict(),
        z.object({ kind: z.literal("diff"), base: text, wholeFiles: z.boolean() }).strict(),
      ])
      .optional(),
    requestedBy: z
      .object({
        kind: z.enum(["cli", "api", "webhook", "schedule"]),
        id: text.optional(),
        name: text.optional(),
      })
      .strict()
      .optional(),
    files: z
      .object({ analysed: count, bytes: count, lines: count, byLanguage: z.record(z.string(), count) })
      .strict(),
    skipped: z.array(
      z.object({ path: text, reason: z.enum(SKIP_REASONS), detail: text.optional() }).strict(),
    ),
    skippedCounts: z.partialRecord(z.enum(SKIP_REASONS), count),
    analysers: z.array(
      z
        .object({
          id: text,
          status: z.enum(["completed", "failed", "timed-out", "unavailable", "disabled"]),
          durationMs: z.number().min(0),
          filesAnalysed: count,
          findings: count,
          message: text.optional(),
        })
        .strict(),
    ),
    notices: z.array(
      z
        .object({
          level: z.enum(["info", "warning", "error"]),
          analyser: text,
          message: text,
          file: text.optional(),
          incomplete: z.literal(true).optional(),
        })
        .strict(),
    ),
    rules: z.array(z.object({ id: text.min(1) }).loose()),
    summary: z
      .object({
        total: count,
        bySeverity: z.partialRecord(z.enum(SEVERITIES), count),
        byCategory: z.partialRecord(z.enum(CATEGORIES), count),
        score: z.number().min(0).max(100),
        scoreVersion: z.number().int().min(1).optional(),
      })
      .strict(),
    diff: z.object({ base: text, changedFiles: count, wholeFiles: z.boolean() }).strict().optional(),
    comparison: z
      .object({
        previousReviewId: text,
        newFingerprints: z.array(text),
        fixed: z.array(z.object({ fingerprint: text }).loose()),
        notRechecked: z.array(z.object({ fingerprint: text }).loose()),
      })
      .strict()
      .optional(),
    suppressed: z.object({ inline: count, baseline: count, dismissed: count.optional() }).strict().optional(),
    dismissed: z.array(z.object({ fingerprint: text, by: text, reason: text, at: stamp }).loose()).optional(),
    fileIdentities: z.record(z.string(), z.object({ hash: text, identity: text }).strict()),
  })
  .strict();

/** A finding's fix, as the review store keeps it in `suggested_fix`. */
export const storedFix = z
  .object({
    description: text,
    applicability: z.enum(["safe", "suggested"]),
    edits: z.array(z.object({ range, text }).strict()),
  })
  .loose();
