import { throwIfCancelled } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import type { Review } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
// From the light module: llm-fixer.js would load the whole LLM stack at start-up.
import { agentOf } from "../agents/types.js";
import type { FixCache } from "../core/fix.js";
import { MemoryFixCache } from "../fixes/cache.js";
import { proveFixes, withCheckResults, withValidations, type FixPlan } from "../fixes/plan.js";
import { withProposedFixes, type FixProposer } from "../fixes/propose.js";
import { DraftMemo, recheckRule } from "../fixes/recheck.js";
import type { SessionDeps } from "../fixes/session.js";
import type { ModelRecheck } from "../fixes/validate.js";
import { readWorkingFile, type WorkingFile } from "../platform/apply-fixes.js";
import { reviewedNeighbours } from "./fix-cross-file.js";
import { reviewedFileUses } from "./fix-uses.js";
import { hasChecks, runFixChecks, type FixCheckOptions } from "../platform/fix-checks.js";
import { BUILTIN_RULES } from "../rules/registry.js";

/** Where a finding's fix could not even be tried, and why. */
export interface Skip {
  readonly file: string;
  readonly line?: number;
  readonly ruleId?: string;
  readonly reason: string;
}

export interface ProvenFixes {
  readonly plan: FixPlan;
  /** The review's findings, with proposed fixes filled in where nothing else has one. */
  readonly candidates: readonly Finding[];
  /** The review's findings with validation records; rejected fixes dropped. */
  readonly findings: Finding[];
  readonly files: ReadonlyMap<string, WorkingFile>;
  readonly skipped: readonly Skip[];
  readonly notes: readonly string[];
  /** What the ladder ran with (rules, cache, memo, model re-check), for sessions that re-propose fixes. */
  readonly ladder: Omit<SessionDeps, "bom">;
}

/** Extra parts of the fix stage: a cache, the confidence floor, the model side. */
export interface ProveExtras {
  /** Validated fixes kept between reviews (the store backs it); default: one for this run. */
  readonly cache?: FixCache;
  /** New findings below this confidence do not fail a fix (default: any new finding does). */
  readonly minConfidence?: number;
  /** Proposes fixes for findings nothing else can fix (an LLM agent). */
  readonly propose?: FixProposer;
  /** At most this many proposals, most severe first. */
  readonly proposeLimit?: number;
  /** Re-checks LLM-only findings on the patched code (the agent that found them). */
  readonly modelRecheck?: ModelRecheck;
  /** Rule runs by content, shared with whoever masks secrets for the model. */
  readonly memo?: DraftMemo;
  /**
   * The review's signal: aborting it stops the stage between fixes, ends the
   * heavier checks' processes, and rejects with CG_CANCELLED. Model calls
   * take it through the proposer the caller built (LlmFixerOptions.signal).
   */
  readonly signal?: AbortSignal;
}

/**
 * The fix stage of a finished review of a local directory: reads each file
 * that has a fix (refusing files outside the repository or changed since the
 * review), asks the model for fixes where nothing else has one, runs the
 * validation ladder, then the operator's heavier checks on the whole batch,
 * and returns the proven fixes as a plan and a patch.
 */
export async function proveReviewFixes(
  review: Review,
  checks: FixCheckOptions,
  extras: ProveExtras = {},
): Promise<ProvenFixes> {
  const { minConfidence, modelRecheck, signal } = extras;
  // Re-validating the same fix on the same text (bisection) is answered from here.
  const cache = extras.cache ?? new MemoryFixCache();
  const root = review.target.root;
  const { files, skipped } = await readFixableFiles(review, extras.propose !== undefined, signal);
  const sources = [...files.values()].map((f) => f.source);
  const bomFiles = new Set([...files.values()].filter((f) => f.bom).map((f) => f.path));
  const memo = extras.memo ?? new DraftMemo(BUILTIN_RULES);
  // The reviewed files near the fixed ones, so flows across files are re-linked on each patched text.
  const neighbours = await reviewedNeighbours(review, sources, memo, BUILTIN_RULES, signal);
  const deps = {
    rules: BUILTIN_RULES,
    bomFiles,
    cache,
    memo,
    uses: reviewedFileUses(review),
    ...(neighbours.context === undefined ? {} : { crossFile: neighbours.context }),
    ...(minConfidence === undefined ? {} : { minConfidence }),
    ...(modelRecheck === undefined ? {} : { modelRecheck }),
  };
  const byPath = new Map(sources.map((s) => [s.path, s]));
  // Built-in rules' fix steps ran with their checks: a finding's fix came with it from the review.
  const provided = review.findings;
  const candidates = extras.propose
    ? await withProposedFixes(provided, byPath, extras.propose, {
        // Only findings a re-check can follow: a built-in rule, or the agent that found them.
        eligible: (f) =>
          recheckRule(f, BUILTIN_RULES) !== undefined ||
          (modelRecheck !== undefined && agentOf(f) !== undefined),
        ...(extras.proposeLimit === undefined ? {} : { limit: extras.proposeLimit }),
        ...(signal === undefined ? {} : { signal }),
        concurrency: 4,
      })
    : provided;
  const fixable = candidates.filter((f) => f.fix && files.has(f.file));
  // The signal goes to each plan, not into `deps`: `ladder` outlives this stage.
  const cancel = signal === undefined ? {} : { signal };
  let plan = await proveFixes(sources, fixable, { ...deps, ...cancel });
  const notes: string[] = [];
  if (neighbours.missing.length > 0)
    notes.push(
      `${neighbours.missing.length} reviewed file(s) changed since the review (${neighbours.missing.slice(0, 3).join(", ")}): flows across files through them were not re-checked`,
    );
  if (hasChecks(checks)) {
    const ids = acceptedIds(plan);
    const report = await runFixChecks(
      root,
      ids,
      async (subset) => {
        const wanted = new Set(subset);
        const partial = await proveFixes(sources, fixable, {
          ...deps,
          ...cancel,
          accept: (p) => wanted.has(p.finding.fingerprint),
        });
        return new Map(
          partial.files
            .filter((f) => f.after !== f.file.text)
            .map((f) => [f.file.path, withBom(f.file, f.after, bomFiles)]),
        );
      },
      checks,
      signal,
    );
    notes.push(...report.notes, `heavier checks ran ${report.runs} time(s) over ${ids.length} fix(es)`);
    const failed = new Set(
      [...report.verdicts]
        .filter(([, v]) => v.languageCheck === false || v.tests === false)
        .map(([id]) => id),
    );
    const final =
      failed.size === 0
        ? plan
        : await proveFixes(sources, fixable, {
            ...deps,
            ...cancel,
            accept: (p) => !failed.has(p.finding.fingerprint),
          });
    plan = { ...final, outcomes: withCheckResults(final.outcomes, report.verdicts) };
  }
  throwIfCancelled(signal, "the fix stage");
  const { bomFiles: _bom, ...ladder } = deps;
  return {
    plan,
    candidates,
    findings: withValidations(candidates, plan.outcomes),
    files,
    skipped,
    notes,
    ladder,
  };
}

function acceptedIds(plan: FixPlan): string[] {
  return plan.files.flatMap((f) =>
    f.proposals.filter((p) => p.validation.status !== "rejected").map((p) => p.finding.fingerprint),
  );
}

/** The BOM is part of the bytes the checks see. */
function withBom(file: SourceFile, text: string, bomFiles: ReadonlySet<string>): string {
  return bomFiles.has(file.path) ? `\uFEFF${text}` : text;
}

/** Files with a fix (or, for a proposer, any finding), read and checked against the review's hash. */
async function readFixableFiles(
  review: Review,
  everyFile: boolean,
  signal: AbortSignal | undefined,
): Promise<{ files: Map<string, WorkingFile>; skipped: Skip[] }> {
  const files = new Map<string, WorkingFile>();
  const skipped: Skip[] = [];
  const fixable = (f: Finding): boolean => everyFile || f.fix !== undefined;
  const paths = [...new Set(review.findings.filter(fixable).map((f) => f.file))].sort();
  for (const path of paths) {
    throwIfCancelled(signal, "the fix stage");
    const file = await readWorkingFile(review.target.root, path);
    if ("refused" in file) skipped.push({ file: path, reason: file.refused });
    else if (file.hash !== review.fileIdentities[path]?.hash)
      skipped.push({ file: path, reason: "file changed since the review" });
    else files.set(path, file);
  }
  return { files, skipped };
}
