import type { LlmCoverage, LlmModelSpend, LlmSkippedFile } from "./analyser.js";
import type { Category } from "./category.js";
import type { Finding } from "./finding.js";
import type { Language } from "./language.js";
import type { RuleMeta } from "./rule-meta.js";
import type { Severity } from "./severity.js";

/** Version of the JSON report's schema (docs/json-report.md). */
export const REVIEW_SCHEMA_VERSION = "2.3.0";

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
 * (or its directory) decided the skip, and an author can arrange that, so a
 * reader must be able to see which files went unreviewed. The others
 * (ignored, excluded, not-changed, unsupported) are only counted.
 */
export const NAMED_SKIP_REASONS: readonly SkipReason[] = [
  "vendored",
  "generated",
  "minified",
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
  /**
   * The file's language when discovery knew it (from its name or content):
   * a skipped file in a reviewable language is one the review did not see.
   */
  readonly language?: Language;
}

/**
 * Where a review is in its life (docs/json-report.md). Only `finished`
 * reviews have a meaningful `completeness`; `failed` means the review itself
 * could not run (bad target, store error), `cancelled` that it was stopped.
 */
export const REVIEW_STATES = ["queued", "running", "finished", "failed", "cancelled"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * How much of the planned work a review did. `partial`: work was cut on
 * purpose by a limit the operator set (an LLM budget); `incomplete`: an
 * analyser failed or timed out, a file could not be analysed, or the
 * repository switched off everything, so findings may be missing.
 */
export const COMPLETENESS = ["complete", "partial", "incomplete"] as const;
export type Completeness = (typeof COMPLETENESS)[number];

export function isReviewState(value: unknown): value is ReviewState {
  return typeof value === "string" && (REVIEW_STATES as readonly string[]).includes(value);
}

export function isCompleteness(value: unknown): value is Completeness {
  return typeof value === "string" && (COMPLETENESS as readonly string[]).includes(value);
}

/** What was reviewed: the whole tree, or the files changed against a base ref. */
export type ReviewScope =
  { readonly kind: "full" } | { readonly kind: "diff"; readonly base: string; readonly wholeFiles: boolean };

/** Who or what asked for the review. */
export interface Requester {
  readonly kind: "cli" | "api" | "webhook" | "schedule";
  /** A user id, API key id, or delivery id; absent for the CLI. */
  readonly id?: string;
  /** A readable name: the user's login, the webhook's event ("pull_request"). */
  readonly name?: string;
}

/** `cancelled`: stopped because the review was cancelled (only in a cancelled review's record). */
export type AnalyserStatus = "completed" | "failed" | "timed-out" | "unavailable" | "disabled" | "cancelled";

export interface Notice {
  readonly level: "info" | "warning" | "error";
  readonly analyser: string;
  readonly message: string;
  readonly file?: string;
  /** This notice makes the review incomplete (exit 4), like a failed analyser. */
  readonly incomplete?: true;
}

/**
 * What the reviewed repository's own config switched off: analysers, rules,
 * and the exclude globs it added. `ignored` when the operator's
 * `repository.may_disable: false` kept them on.
 */
export interface DisabledByRepository {
  readonly analysers: readonly string[];
  readonly rules: readonly string[];
  readonly excludes: readonly string[];
  /** Globs it added to the operator's non-production paths (docs/configuration.md, "Non-production code"). */
  readonly nonProductionPaths?: readonly string[];
  readonly ignored: boolean;
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
  /** Quality score, 0–100 (docs/score.md): production findings' weights per 1,000 production lines. */
  readonly score: number;
  /**
   * Which formula made `score` (SCORE_VERSION in src/core/score.ts). Absent on
   * reviews stored before it existed: those scores are version 1 and are not
   * comparable with later ones.
   */
  readonly scoreVersion?: number;
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
  /** Lines of analysed production code (not tests, examples, build scripts): the score's denominator. */
  readonly productionLines?: number;
  readonly byLanguage: Readonly<Partial<Record<Language, number>>>;
}

/**
 * Findings hidden on purpose: by an inline `codeguardian-ignore[...]: reason`,
 * by the committed baseline, or dismissed by a person in the project's store.
 */
export interface SuppressionCounts {
  readonly inline: number;
  readonly baseline: number;
  /** Absent when nothing was dismissed. */
  readonly dismissed?: number;
}

/** A finding left out because a person dismissed it in this project (docs/storage.md, "Dismissals"): who, why, when. */
export interface DismissedFinding extends ResolvedFinding {
  readonly by: string;
  readonly reason: string;
  readonly at: string;
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
  readonly notReviewed?: readonly LlmSkippedFile[];
  /** Per agent: files planned, reviewed, and why the rest were cut ("security: 21 of 44 files, budget"). */
  readonly coverage?: readonly LlmCoverage[];
  /** Calls, tokens and cost per `provider:model`, over every agent and the fix task. */
  readonly models?: Readonly<Record<string, LlmModelSpend>>;
}

export interface Review {
  readonly schemaVersion: string;
  readonly id: string;
  readonly tool: { readonly name: "codeguardian"; readonly version: string };
  readonly target: ReviewTarget;
  readonly startedAt: string;
  readonly completedAt: string;
  readonly durationMs: number;
  /** `finished` for every review a report is made of; `cancelled` when it was stopped midway. */
  readonly state: ReviewState;
  /**
   * `incomplete` when an analyser failed or timed out, or a notice says so;
   * `partial` when an operator's limit cut planned work (an LLM budget).
   */
  readonly completeness: Completeness;
  /** The whole tree, or a diff against a base ref (then `diff` has the details). */
  readonly scope: ReviewScope;
  readonly requestedBy: Requester;
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
  /** The findings `suppressed.dismissed` counts, so a dismissal is never silent. */
  readonly dismissed?: readonly DismissedFinding[];
  /** Present when the repository's config switched something off (or tried to). */
  readonly disabledByRepository?: DisabledByRepository;
  readonly llm: LlmUsage;
  /** Content hash and identity path of every analysed file (for rename tracking). */
  readonly fileIdentities: Readonly<Record<string, { readonly hash: string; readonly identity: string }>>;
}
