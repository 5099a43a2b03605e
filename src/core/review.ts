import type { Category } from "./category.js";
import type { Finding } from "./finding.js";
import type { Language } from "./language.js";
import type { RuleMeta } from "./rule-meta.js";
import type { Severity } from "./severity.js";

/** Version of the JSON report's schema (docs/json-report.md). */
export const REVIEW_SCHEMA_VERSION = "1.0.0";

export const SKIP_REASONS = [
  "ignored",
  "excluded",
  "vendored",
  "generated",
  "minified",
  "binary",
  "too-large",
  "unreadable",
  "invalid-encoding",
  "symlink-outside",
  "not-changed",
  "unsupported",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/**
 * Reasons worth naming file by file in a report: something about the file
 * itself is wrong. The others (ignored, vendored, ...) are only counted.
 */
export const NAMED_SKIP_REASONS: readonly SkipReason[] = [
  "binary",
  "too-large",
  "unreadable",
  "invalid-encoding",
  "symlink-outside",
];

export interface SkippedFile {
  readonly path: string;
  readonly reason: SkipReason;
  readonly detail?: string;
}

export type AnalyserStatus = "completed" | "failed" | "timed-out" | "unavailable" | "disabled";

export interface Notice {
  readonly level: "info" | "warning" | "error";
  readonly analyser: string;
  readonly message: string;
  readonly file?: string;
  /**
   * Set when what the notice reports leaves findings missing (a built-in
   * rule that failed on a file): the review is then incomplete (exit 4),
   * as when an analyser fails.
   */
  readonly incomplete?: true;
}

/** One analyser's part in a review: what it did and whether it finished. */
export interface AnalyserRun {
  readonly id: string;
  readonly status: AnalyserStatus;
  readonly durationMs: number;
  readonly filesAnalysed: number;
  readonly findings: number;
  /** Why it failed, timed out or was unavailable. */
  readonly message?: string;
}

export type TargetKind = "path" | "git";

export interface ReviewTarget {
  readonly kind: TargetKind;
  /** What the user asked for: a path, several paths joined, or the URL. */
  readonly input: string;
  /** Absolute root the relative file paths are relative to. */
  readonly root: string;
  readonly url?: string;
  readonly commit?: string;
  readonly branch?: string;
}

export interface DiffScope {
  readonly base: string;
  readonly changedFiles: number;
  readonly wholeFiles: boolean;
}

export interface ReviewSummary {
  readonly total: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byCategory: Readonly<Record<Category, number>>;
  /** Seed §6.3 quality score, 0–100. */
  readonly score: number;
}

/** A finding of the previous review that this one no longer reports. */
export interface ResolvedFinding {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly severity: Severity;
  readonly title: string;
}

export interface Comparison {
  readonly previousReviewId: string;
  /** Fingerprints of findings not in the previous review. */
  readonly newFingerprints: readonly string[];
  /** Previous findings re-checked and gone. */
  readonly fixed: readonly ResolvedFinding[];
  /** Previous findings that could not be re-checked (file out of scope, analyser failed, rule gone). */
  readonly notRechecked: readonly ResolvedFinding[];
}

export interface FileStats {
  readonly analysed: number;
  readonly bytes: number;
  readonly lines: number;
  readonly byLanguage: Readonly<Partial<Record<Language, number>>>;
}

/** Findings hidden on purpose: by an inline `codeguardian-ignore[...]: reason`, or by the committed baseline. */
export interface SuppressionCounts {
  readonly inline: number;
  readonly baseline: number;
}

export interface LlmUsage {
  readonly tokens: number;
  readonly costCents: number;
  /** Provider calls made; absent when no LLM analyser ran. */
  readonly calls?: number;
  /** Answers reused from the cache or checkpoints instead of paid for again. */
  readonly cachedCalls?: number;
  /** LLM findings dropped because their quote could not be anchored in the file. */
  readonly droppedFindings?: number;
  /** Files (per LLM analyser) not reviewed by the LLM, and why. */
  readonly notReviewed?: readonly {
    readonly file: string;
    readonly analyser: string;
    readonly reason: string;
  }[];
}

export interface Review {
  readonly schemaVersion: string;
  readonly id: string;
  readonly tool: { readonly name: "codeguardian"; readonly version: string };
  readonly target: ReviewTarget;
  readonly startedAt: string;
  readonly completedAt: string;
  readonly durationMs: number;
  /** `incomplete` when an analyser failed or timed out. */
  readonly status: "completed" | "incomplete";
  readonly files: FileStats;
  readonly skipped: readonly SkippedFile[];
  readonly skippedCounts: Readonly<Partial<Record<SkipReason, number>>>;
  readonly analysers: readonly AnalyserRun[];
  readonly notices: readonly Notice[];
  readonly rules: readonly RuleMeta[];
  readonly findings: readonly Finding[];
  readonly summary: ReviewSummary;
  readonly diff?: DiffScope;
  readonly comparison?: Comparison;
  readonly suppressed?: SuppressionCounts;
  readonly llm: LlmUsage;
  /** Content hash and identity path of every analysed file (for rename tracking). */
  readonly fileIdentities: Readonly<Record<string, { readonly hash: string; readonly identity: string }>>;
}
