import { join, resolve } from "node:path";
import type { OutputFormat, ResolvedConfig } from "../core/config.js";
import { CodeGuardianError, EXIT, isCodeGuardianError, type ExitCode } from "../core/errors.js";
import type { Review } from "../core/review.js";
import { isAtLeast } from "../core/severity.js";
import { runReview, type DiffInput } from "../pipeline/run-review.js";
import { isInteractive, processEnv, wantsColor } from "../platform/env.js";
import { writeOutputFile } from "../platform/output-file.js";
import { changedFiles } from "../platform/git.js";
import { packageVersion } from "../platform/version.js";
import { FORMAT_EXTENSIONS, renderReport } from "../reporters/index.js";
import { createAnalysers } from "./analysers.js";
import { loadOperatorLayers, loadReviewConfig, operatorConfig } from "./load-config.js";
import { prepareTarget, type PreparedTarget } from "./prepare-target.js";
import { discoverScope } from "./review-scope.js";
import { readBaseline } from "../platform/baseline-file.js";
import { createProgressLine } from "./progress-line.js";
import { ignoredHistoryNotices, refuseStoreInsideTarget, storeLocationFor } from "./store.js";
import { checkResumable } from "./resume.js";
import { openReviewStore } from "../storage/open-store.js";
import type { Io } from "./io.js";
import type { CheckFlags } from "./fix-stage.js";
import { writeFixPatch } from "./fix-patch.js";
import { llmFixLimit } from "./fix-with-model.js";
import { setUpLlmAnalysers, type LlmAnalysers } from "./llm-setup.js";
import { RulesPool } from "../workers/rules-pool.js";

export interface ReviewOptions extends CheckFlags {
  readonly format?: string[];
  readonly out?: string;
  readonly diff?: string;
  readonly wholeFiles?: boolean;
  readonly failOn?: string;
  readonly minConfidence?: string;
  readonly config?: string;
  readonly db?: string;
  /** false with --no-store: no store is opened at all (no comparison, no caches on disk). */
  readonly store: boolean;
  /** false for commands that use the store's caches but do not record a review (fix, baseline). */
  readonly record?: boolean;
  readonly allowIncomplete?: boolean;
  /** --fail-on-partial: exit 4 also when an operator's limit cut planned work. */
  readonly failOnPartial?: boolean;
  /** false with --no-baseline: report findings the baseline accepted. */
  readonly baseline?: boolean;
  /** --fix: validate fixes and write them as a patch (to --patch, default codeguardian.patch). */
  readonly fix?: boolean;
  readonly patch?: string;
  /** --llm <off|provider:model>. */
  readonly llm?: string;
  /** false with --no-cache. */
  readonly cache?: boolean;
  /** --resume <review-id>: reuse the LLM steps an interrupted review finished. */
  readonly resume?: string;
  /** --llm-fixes <n>: at most this many model-proposed fixes (0: none). */
  readonly llmFixes?: string;
}

/** What a command does around the review itself. */
export interface ReviewHooks {
  /** After the configuration is resolved, before anything runs (usage checks). */
  readonly beforeRun?: (config: ResolvedConfig, target: PreparedTarget) => void;
  /**
   * After the review, while the LLM session is still open and before the
   * review is stored: the fix stage, whose records are stored with it.
   */
  readonly afterRun?: (review: Review, context: AfterRunContext) => Promise<Review>;
}

/** A `beforeRun` for commands that write into the repository: a git URL is refused before the review runs. */
export function localTargetOnly(why: string): NonNullable<ReviewHooks["beforeRun"]> {
  return (_config, prepared) => {
    if (prepared.target.kind !== "path") throw new CodeGuardianError("CG_USAGE", why);
  };
}

export interface AfterRunContext {
  readonly llm: LlmAnalysers;
  /** The review store's location (the fix cache lives beside the LLM cache there); undefined with --no-store. */
  readonly storeLocation: string | undefined;
  /** The project identity the caches are filed under. */
  readonly project: string;
  /** Whether caches in the store may be used (not with --no-cache). */
  readonly cache: boolean;
}

/** `codeguardian review [targets...]`: returns the exit code. */
export async function reviewCommand(
  targets: readonly string[],
  options: ReviewOptions,
  io: Io,
): Promise<ExitCode> {
  let outputs: PlannedOutput[] = [];
  const fixing = options.fix === true || options.patch !== undefined;
  const { review, config, saveError } = await performReview(targets, options, io, {
    beforeRun: (resolved) => {
      // Checked before the review runs, so a usage error costs nothing.
      outputs = planOutputs(resolved.formats, options.out, io.cwd);
      if (fixing) llmFixLimit(options.llmFixes);
    },
    ...(fixing ? { afterRun: (done, context) => writeFixPatch(done, options, io, context) } : {}),
  });
  await writeOutputs(review, outputs, io);
  // The report is out first: a store that could not take the review must not cost the analysis.
  if (saveError !== undefined) throw saveError;
  return exitCodeFor(review, config, {
    allowIncomplete: options.allowIncomplete ?? false,
    failOnPartial: options.failOnPartial ?? false,
  });
}

export interface PerformedReview {
  readonly review: Review;
  readonly config: ResolvedConfig;
  readonly target: PreparedTarget;
  /** Why the finished review could not be recorded; the caller reports it after the report is out. */
  readonly saveError?: CodeGuardianError;
}

/**
 * Resolves the target and configuration, runs the review, records it, and
 * cleans up a temporary clone. Shared by `review`, `baseline` and `fix`.
 */
export async function performReview(
  targets: readonly string[],
  options: ReviewOptions,
  io: Io,
  hooks: ReviewHooks = {},
): Promise<PerformedReview> {
  if (io.rulesPool) return reviewOnPool(targets, options, io, io.rulesPool, hooks);
  // A caller without the process's pool (a test, a script) gets one for this review alone.
  const rulesPool = new RulesPool();
  try {
    return await reviewOnPool(targets, options, io, rulesPool, hooks);
  } finally {
    await rulesPool.close();
  }
}

async function reviewOnPool(
  targets: readonly string[],
  options: ReviewOptions,
  io: Io,
  rulesPool: RulesPool,
  hooks: ReviewHooks,
): Promise<PerformedReview> {
  const env = processEnv();
  const layers = await loadOperatorLayers(env, flagsToConfig(options));
  const operator = operatorConfig(layers);
  // Loading the rules is most of a worker's start-up: let it overlap cloning, config and discovery.
  if (operator.analysers.rules?.enabled !== false) rulesPool.warm(operator.limits.rulesWorkerMemoryMb);
  const prepared = await prepareTarget(targets, io.cwd, operator);
  try {
    const { config } = await loadReviewConfig(
      prepared.target.root,
      options.config === undefined ? undefined : resolve(io.cwd, options.config),
      layers,
    );
    // A repository that lowered the heap ceiling needs a worker started with it.
    if (config.analysers.rules?.enabled !== false) rulesPool.warm(config.limits.rulesWorkerMemoryMb);
    hooks.beforeRun?.(config, prepared);
    const diff =
      options.diff === undefined
        ? undefined
        : await diffInput(prepared.target.root, options.diff, options.wholeFiles ?? false);
    const baselineRead = options.baseline === false ? {} : await readBaseline(prepared.target.root);
    const baseline = baselineRead.fingerprints;
    const storeLocation = options.store ? await storeLocationFor(options.db, io.cwd, env) : undefined;
    if (storeLocation !== undefined) await refuseStoreInsideTarget(storeLocation, prepared.target.root);
    const ignored = await ignoredHistoryNotices(prepared.target.root);
    const store = storeLocation === undefined ? undefined : await openReviewStore(storeLocation);
    const reviewId = options.resume ?? crypto.randomUUID();
    let llm: LlmAnalysers;
    try {
      if (options.resume !== undefined) await checkResumable(options.resume, store, prepared.project);
      llm = await setUpLlmAnalysers({
        config,
        env,
        storeLocation,
        project: prepared.project.key,
        cache: options.cache !== false,
        reviewId,
        ...(options.resume === undefined ? {} : { resumeFrom: options.resume }),
      });
    } catch (error) {
      await store?.close();
      throw error;
    }
    for (const message of llm.messages) io.stderr.write(`${message}\n`);
    try {
      const previous = await store?.latestReview(prepared.project);
      const interactive = isInteractive(io.stderr);
      const progress = interactive
        ? createProgressLine(
            (t) => io.stderr.write(t),
            () => performance.now(),
          )
        : undefined;
      const review = await runReview(
        {
          target: prepared.target,
          config,
          ...(diff ? { diff } : {}),
          ...(previous ? { previous: previous.review } : {}),
          ...(baseline ? { baseline } : {}),
          requestedBy: { kind: "cli" },
        },
        {
          scope: async () => {
            const scope = await discoverScope(
              {
                root: prepared.target.root,
                paths: prepared.paths,
                ...(diff ? { onlyPaths: new Set(diff.changed.keys()) } : {}),
              },
              config,
              operator,
            );
            const repositoryNotices = [...ignored, ...(baselineRead.notice ? [baselineRead.notice] : [])];
            return { ...scope, notices: [...repositoryNotices, ...(scope.notices ?? [])] };
          },
          analysers: [...createAnalysers(config, rulesPool), ...llm.analysers],
          progress: progress?.sink ?? (() => undefined),
          now: () => new Date(),
          elapsed: () => performance.now(),
          newId: () => reviewId,
          version: packageVersion(),
        },
      );
      progress?.clear();
      const finished = hooks.afterRun
        ? await hooks.afterRun(review, {
            llm,
            storeLocation,
            project: prepared.project.key,
            cache: options.cache !== false,
          })
        : review;
      if (review.completeness !== "incomplete") await llm.completed();
      if (store === undefined || options.record === false)
        return { review: finished, config, target: prepared };
      const saveError = await store.saveReview(prepared.project, finished).then(
        () => undefined,
        (error: unknown) =>
          isCodeGuardianError(error)
            ? error
            : new CodeGuardianError(
                "CG_STORE_FAILED",
                `Could not save review ${finished.id}: ${String(error)}`,
                {
                  cause: error,
                },
              ),
      );
      return {
        review: finished,
        config,
        target: prepared,
        ...(saveError === undefined ? {} : { saveError }),
      };
    } finally {
      await store?.close();
      await llm.close();
    }
  } finally {
    await prepared.cleanup();
  }
}

function flagsToConfig(options: ReviewOptions): Record<string, unknown> {
  const flags: Record<string, unknown> = {};
  if (options.failOn !== undefined) flags.fail_on = options.failOn;
  if (options.format !== undefined)
    flags.formats = options.format
      .flatMap((f) => f.split(","))
      .map((f) => f.trim())
      .filter(Boolean);
  if (options.minConfidence !== undefined) flags.min_confidence = Number(options.minConfidence);
  if (options.llm !== undefined) flags.llm = { provider: options.llm };
  return flags;
}

interface PlannedOutput {
  readonly format: OutputFormat;
  /** undefined → standard output. */
  readonly path?: string;
}

/**
 * One format without --out goes to standard output. With --out, one format is
 * written to that file; several formats are written into that directory.
 */
export function planOutputs(
  formats: readonly OutputFormat[],
  out: string | undefined,
  cwd: string,
): PlannedOutput[] {
  if (out === undefined) {
    if (formats.length > 1) {
      throw new CodeGuardianError(
        "CG_USAGE",
        `${formats.length} formats were asked for but only one can go to standard output`,
        {
          hint: "Add --out <directory> to write one file per format.",
        },
      );
    }
    return formats.map((format) => ({ format }));
  }
  const target = resolve(cwd, out);
  if (formats.length === 1) return [{ format: formats[0]!, path: target }];
  return formats.map((format) => ({
    format,
    path: join(target, `codeguardian-report.${FORMAT_EXTENSIONS[format]}`),
  }));
}

async function writeOutputs(review: Review, outputs: readonly PlannedOutput[], io: Io): Promise<void> {
  for (const output of outputs) {
    const toStdout = output.path === undefined;
    const text = renderReport(output.format, review, {
      color: toStdout && output.format === "terminal" && wantsColor(io.stdout),
      ...(toStdout && io.stdout.columns ? { width: Math.max(60, Math.min(io.stdout.columns, 160)) } : {}),
    });
    if (toStdout) io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    else {
      await writeOutputFile(output.path, text, `the ${output.format} report`);
      io.stderr.write(`codeguardian: wrote ${output.format} report to ${output.path}\n`);
    }
  }
}

async function diffInput(root: string, base: string, wholeFiles: boolean): Promise<DiffInput> {
  const changed = await changedFiles(root, base);
  return { base, changed, wholeFiles };
}

/**
 * 4 when incomplete (unless allowed) or, with --fail-on-partial, partial;
 * 1 when a finding reaches fail_on; else 0.
 */
export function exitCodeFor(
  review: Review,
  config: ResolvedConfig,
  flags: { readonly allowIncomplete: boolean; readonly failOnPartial: boolean },
): ExitCode {
  if (review.completeness === "incomplete" && !flags.allowIncomplete) return EXIT.incomplete;
  if (review.completeness === "partial" && flags.failOnPartial) return EXIT.incomplete;
  const failOn = config.failOn;
  if (failOn === "none") return EXIT.ok;
  return review.findings.some((f) => isAtLeast(f.severity, failOn)) ? EXIT.findings : EXIT.ok;
}
