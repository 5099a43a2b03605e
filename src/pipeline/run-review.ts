import {
  mergeModelSpend,
  type Analyser,
  type ConfidenceChange,
  type LlmRunReport,
} from "../core/analyser.js";
import type { ResolvedConfig } from "../core/config.js";
import type { FindingDraft } from "../core/finding.js";
import { resolveIdentityPaths } from "../core/fingerprint.js";
import { isCodeLanguage, type Language } from "../core/language.js";
import type { Range } from "../core/location.js";
import type { ImportGraph } from "../core/import-graph.js";
import type { ProgressSink } from "../core/progress.js";
import {
  REVIEW_SCHEMA_VERSION,
  type DiffScope,
  type Notice,
  type Review,
  type Requester,
  type ReviewTarget,
  type SkippedFile,
  type SkipReason,
} from "../core/review.js";
import type { RuleMeta } from "../core/rule-meta.js";
import type { SourceFile } from "../core/source-file.js";
import type { Dismissal } from "../core/team.js";
import { runAnalysers } from "./analyse.js";
import { stopIfCancelled } from "./cancelled.js";
import { compareWithPrevious } from "./compare.js";
import { decideCompleteness } from "./completeness.js";
import { keepChangedLines } from "./diff-filter.js";
import {
  classifyNonProduction,
  markNonProduction,
  productionLines,
  type FileMark,
} from "./non-production.js";
import { disabledByRepository, repositoryEmptiedNotices } from "./repository-disables.js";
import { applyBaseline, applyDismissals, applyInlineSuppressions } from "./suppress.js";
import { summarise, synthesise } from "./synthesise.js";

export interface ScopeResult {
  readonly files: readonly SourceFile[];
  readonly skipped: readonly SkippedFile[];
  /** What scoping has to say about the repository's own files (a refused ignore file, an unusable baseline). */
  readonly notices?: readonly Notice[];
  /**
   * Set when no file was found: how many files the operator's paths and
   * limits alone would have reviewed (so the repository's config removed them).
   */
  readonly removedByRepository?: number;
  /** The repository's import graph over the files discovery read, built once for every later stage. */
  readonly importGraph?: ImportGraph;
}

/** What `--diff` resolved to: changed lines per repository-relative path. */
export interface DiffInput {
  readonly base: string;
  readonly changed: ReadonlyMap<string, ReadonlySet<number>>;
  readonly wholeFiles: boolean;
}

export interface ReviewRequest {
  readonly target: ReviewTarget;
  readonly config: ResolvedConfig;
  readonly diff?: DiffInput;
  /** The previous review of the same project, to compare against. */
  readonly previous?: Review;
  /** Fingerprints recorded by `codeguardian baseline`: reported no more. */
  readonly baseline?: ReadonlySet<string>;
  /** Fingerprints dismissed in the project's store (ReviewStore.dismissals): left out, counted and listed. */
  readonly dismissals?: ReadonlyMap<string, Dismissal>;
  /** Who or what asked for the review (recorded with it). */
  readonly requestedBy: Requester;
}

/** The outside world, passed in: the pipeline itself touches nothing. */
export interface ReviewPorts {
  readonly scope: () => Promise<ScopeResult>;
  readonly analysers: readonly Analyser[];
  readonly progress: ProgressSink;
  readonly now: () => Date;
  /** Monotonic milliseconds, for durations. */
  readonly elapsed: () => number;
  readonly newId: () => string;
  readonly version: string;
  /** Aborting it stops the review: runReview rejects with a ReviewCancelledError (CG_CANCELLED). */
  readonly signal?: AbortSignal;
}

/**
 * scope → analysers (in parallel) → synthesis → comparison. Storing and
 * reporting are the caller's: this returns the finished review.
 */
export async function runReview(request: ReviewRequest, ports: ReviewPorts): Promise<Review> {
  const { config } = request;
  const startedAt = ports.now();
  const t0 = ports.elapsed();
  const cancel = { signal: ports.signal, startedAt, t0, elapsed: ports.elapsed };

  ports.progress({ kind: "stage", stage: "scope" });
  stopIfCancelled(cancel, "scope");
  // A scope port that fails because it was cancelled (a clone, git diff) is a cancel too.
  const scope = await ports.scope().catch((error: unknown) => {
    stopIfCancelled(cancel, "scope");
    throw error;
  });
  stopIfCancelled(cancel, "scope", [], scope.files.length);
  ports.progress({ kind: "scope", filesFound: scope.files.length, skipped: scope.skipped.length });

  ports.progress({ kind: "stage", stage: "analyse" });
  const enabled = ports.analysers.filter((a) => config.analysers[a.id]?.enabled ?? true);
  // Known from paths and the import graph alone, so the analysers can use it too.
  const nonProduction = classifyFiles(scope, config);
  const shared = {
    root: request.target.root,
    files: scope.files,
    skipped: scope.skipped,
    config,
    progress: ports.progress,
    nonProduction: new Set(nonProduction.keys()),
  };
  const timeout = (a: Analyser): number =>
    (config.analysers[a.id]?.timeoutSeconds ?? config.limits.analyserTimeoutSeconds) * 1000;
  // Deterministic analysers first; LLM analysers then get their findings and secret ranges.
  const deterministic = await runAnalysers(
    enabled.filter((a) => a.kind !== "llm"),
    shared,
    timeout,
    ports.elapsed,
    ports.signal,
  );
  stopIfCancelled(cancel, "analyse", deterministic, scope.files.length);
  const llm = enabled.filter((a) => a.kind === "llm");
  const priorDrafts = deterministic.flatMap((r) => r.output?.findings ?? []);
  const results =
    llm.length === 0
      ? deterministic
      : [
          ...deterministic,
          ...(await runAnalysers(
            llm,
            { ...shared, prior: { findings: priorDrafts, redactions: collectRedactions(priorDrafts) } },
            timeout,
            ports.elapsed,
            ports.signal,
          )),
        ];
  stopIfCancelled(cancel, "analyse", results, scope.files.length);

  ports.progress({ kind: "stage", stage: "synthesise" });
  let drafts: FindingDraft[] = applyConfidenceChanges(
    results.flatMap((r) => r.output?.findings ?? []),
    results.flatMap((r) => r.output?.confidenceChanges ?? []),
    config.minConfidence,
  );
  if (request.diff) drafts = keepChangedLines(drafts, request.diff.changed, request.diff.wholeFiles);

  const hashes = new Map(scope.files.map((f) => [f.path, f.hash]));
  const previousIdentities = new Map(Object.entries(request.previous?.fileIdentities ?? {}));
  const identities = resolveIdentityPaths(hashes, previousIdentities);
  const texts = new Map(scope.files.map((f) => [f.path, f.text]));
  const synthesised = synthesise({
    drafts,
    texts,
    languages: new Map(scope.files.map((f) => [f.path, f.language])),
    identities,
    redactions: collectRedactions(drafts),
    config,
  });
  const inline = applyInlineSuppressions(synthesised, texts);
  const baselined = applyBaseline(inline.kept, request.baseline ?? new Set());
  const { kept: undismissed, dismissed } = applyDismissals(baselined.kept, request.dismissals ?? new Map());
  const findings = markNonProduction(undismissed, nonProduction, config.nonProduction);
  const visible = new Set(findings.map((f) => f.fingerprint));
  const suppressedFingerprints = new Set(
    synthesised.map((f) => f.fingerprint).filter((fp) => !visible.has(fp)),
  );
  ports.progress({ kind: "findings", total: findings.length });

  const rules = uniqueRules(results.flatMap((r) => r.output?.rules ?? []));
  const analysers = results.map((r) => r.run);
  let comparison: Review["comparison"];
  if (request.previous) {
    ports.progress({ kind: "stage", stage: "compare" });
    comparison = compareWithPrevious({
      previous: request.previous,
      findings,
      suppressedFingerprints,
      analysers,
      analysedPaths: new Map(results.map((r) => [r.run.id, new Set(r.output?.analysedPaths ?? [])])),
      // A rule switched off (by default or by config) re-checked nothing: its
      // old findings are "not re-checked", never "fixed".
      ruleIds: new Set(rules.filter((r) => config.rules[r.id]?.enabled !== false).map((r) => r.id)),
      identities,
    });
  }

  const notices = [
    ...config.notices,
    ...(scope.notices ?? []),
    ...repositoryEmptiedNotices(config, analysers, scope),
    ...results.flatMap((r) => r.notices),
    ...inline.notices,
    ...(request.diff ? unreviewedChanges(scope.skipped) : []),
  ];
  const llmUsage = sumLlmUsage(results.flatMap((r) => (r.output?.llm ? [r.output.llm] : [])));
  const completeness = decideCompleteness({
    analysers,
    notices,
    llmNotReviewed: llmUsage.notReviewed ?? [],
  });
  const files = { ...fileStats(scope.files), productionLines: productionLines(scope.files, nonProduction) };
  const disabled = disabledByRepository(config);
  const diff: DiffScope | undefined = request.diff && {
    base: request.diff.base,
    changedFiles: request.diff.changed.size,
    wholeFiles: request.diff.wholeFiles,
  };
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    id: ports.newId(),
    tool: { name: "codeguardian", version: ports.version },
    target: request.target,
    startedAt: startedAt.toISOString(),
    completedAt: ports.now().toISOString(),
    durationMs: Math.round(ports.elapsed() - t0),
    state: "finished",
    completeness,
    scope: request.diff
      ? { kind: "diff", base: request.diff.base, wholeFiles: request.diff.wholeFiles }
      : { kind: "full" },
    requestedBy: request.requestedBy,
    files,
    skipped: scope.skipped,
    skippedCounts: countSkips(scope.skipped),
    analysers,
    notices,
    rules,
    findings,
    summary: summarise(findings, files),
    ...(diff ? { diff } : {}),
    ...(comparison ? { comparison } : {}),
    ...(inline.suppressed + baselined.suppressed + dismissed.length > 0
      ? {
          suppressed: {
            inline: inline.suppressed,
            baseline: baselined.suppressed,
            ...(dismissed.length > 0 ? { dismissed: dismissed.length } : {}),
          },
        }
      : {}),
    ...(dismissed.length > 0 ? { dismissed } : {}),
    ...(disabled ? { disabledByRepository: disabled } : {}),
    llm: llmUsage,
    fileIdentities: Object.fromEntries(
      scope.files.map((f) => [f.path, { hash: f.hash, identity: identities.get(f.path) ?? f.path }]),
    ),
  };
}

/** Which analysed files are tests, examples or tooling that no production file imports. */
function classifyFiles(scope: ScopeResult, config: ResolvedConfig): Map<string, FileMark> {
  const { repository } = config;
  return classifyNonProduction({
    paths: scope.files.map((f) => f.path),
    ...(scope.importGraph ? { importers: scope.importGraph.importers } : {}),
    settings: config.nonProduction,
    repositoryPaths: repository.mayDisable ? (repository.disabled?.nonProductionPaths ?? []) : [],
    ...(repository.file === undefined ? {} : { repositoryFile: repository.file }),
  });
}

/**
 * Skip reasons the file's author controls: one byte, one header line, a
 * directory name or a file's length decides them. In a --diff review a
 * changed source file skipped for one of them is a change nobody reviewed.
 */
const AUTHOR_CONTROLLED: ReadonlySet<SkipReason> = new Set([
  "invalid-encoding",
  "binary",
  "generated",
  "vendored",
  "too-large",
  "minified",
]);

function unreviewedChanges(skipped: readonly SkippedFile[]): Notice[] {
  return skipped
    .filter((s) => s.language !== undefined && isCodeLanguage(s.language) && AUTHOR_CONTROLLED.has(s.reason))
    .map((s) => ({
      level: "error",
      analyser: "scope",
      file: s.path,
      message: `changed ${s.language ?? ""} file not reviewed: skipped as ${s.reason}${s.detail === undefined ? "" : ` (${s.detail})`}`,
      incomplete: true,
    }));
}

function sumLlmUsage(reports: readonly LlmRunReport[]): Review["llm"] {
  if (reports.length === 0) return { tokens: 0, costCents: 0 };
  const sum = (pick: (r: LlmRunReport) => number): number => reports.reduce((n, r) => n + pick(r), 0);
  return {
    tokens: sum((r) => r.tokens),
    costCents: sum((r) => r.costCents),
    calls: sum((r) => r.calls),
    cachedCalls: sum((r) => r.cachedCalls),
    droppedFindings: sum((r) => r.droppedFindings),
    notReviewed: reports.flatMap((r) => r.notReviewed),
    coverage: reports.flatMap((r) => (r.coverage ? [r.coverage] : [])),
    models: mergeModelSpend(reports.map((r) => r.models ?? {})),
  };
}

/**
 * An LLM verdict moves a deterministic finding's confidence by 0.2 and says so
 * in its description. A lowered finding never drops below the reporting
 * threshold: the reviewed code must not be able to erase a finding.
 */
function applyConfidenceChanges(
  drafts: readonly FindingDraft[],
  changes: readonly ConfidenceChange[],
  minConfidence: number,
): FindingDraft[] {
  if (changes.length === 0) return [...drafts];
  return drafts.map((draft) => {
    const change = changes.find(
      (c) => c.file === draft.file && c.ruleId === draft.ruleId && c.line === draft.range.start.line,
    );
    if (change === undefined || draft.source === change.source) return draft;
    const moved = draft.confidence + (change.direction === "raise" ? 0.2 : -0.2);
    const confidence =
      change.direction === "raise"
        ? Math.min(1, moved)
        : Math.min(draft.confidence, Math.max(moved, minConfidence));
    const verb = change.direction === "raise" ? "confirmed" : "doubted";
    return {
      ...draft,
      confidence,
      description: `${draft.description}\n\n[${verb} by ${change.source}: ${change.reason}]`,
    };
  });
}

function collectRedactions(drafts: readonly FindingDraft[]): Map<string, Range[]> {
  const map = new Map<string, Range[]>();
  for (const draft of drafts) {
    if (!draft.redact?.length) continue;
    const list = map.get(draft.file) ?? [];
    list.push(...draft.redact);
    map.set(draft.file, list);
  }
  return map;
}

function uniqueRules(rules: readonly RuleMeta[]): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function countSkips(skipped: readonly SkippedFile[]): Partial<Record<SkipReason, number>> {
  const counts: Partial<Record<SkipReason, number>> = {};
  for (const s of skipped) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
  return counts;
}

function fileStats(files: readonly SourceFile[]): Review["files"] {
  const byLanguage: Partial<Record<Language, number>> = {};
  let bytes = 0;
  let lines = 0;
  for (const f of files) {
    bytes += f.bytes;
    lines += f.lines;
    byLanguage[f.language] = (byLanguage[f.language] ?? 0) + 1;
  }
  return { analysed: files.length, bytes, lines, byLanguage };
}
