import { join, resolve } from "node:path";
import type { OutputFormat, ResolvedConfig } from "../core/config.js";
import { CodeGuardianError, EXIT, type ExitCode } from "../core/errors.js";
import type { Review } from "../core/review.js";
import { isAtLeast } from "../core/severity.js";
import { isInteractive, processEnv, wantsColor } from "../platform/env.js";
import { writeOutputFile } from "../platform/output-file.js";
import { packageVersion } from "../platform/version.js";
import { FORMAT_EXTENSIONS, renderReport } from "../reporters/index.js";
import { SYSTEM_CLOCK } from "../app/app-deps.js";
import { reviewProject, type PerformedReview, type ReviewHooks } from "../app/review.js";
import type { ReviewRequest, StoreChoice } from "../app/review-request.js";
import { createProgressLine } from "./progress-line.js";
import type { Io } from "./io.js";
import type { CheckFlags } from "./fix-flags.js";
import { writeFixPatch } from "./fix-patch.js";
import { llmFixLimit } from "./fix-flags.js";
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

/**
 * The CLI's side of a review: flags and streams become a request and the
 * application's dependencies (src/app/review.ts does the work). Shared by
 * `review`, `baseline` and `fix`.
 */
export async function performReview(
  targets: readonly string[],
  options: ReviewOptions,
  io: Io,
  hooks: ReviewHooks = {},
): Promise<PerformedReview> {
  // A caller without the process's pool (a test, a script) gets one for this review alone.
  const rulesPool = io.rulesPool ?? new RulesPool();
  const interactive = isInteractive(io.stderr);
  const progress = interactive
    ? createProgressLine(
        (t) => io.stderr.write(t),
        () => performance.now(),
      )
    : undefined;
  try {
    return await reviewProject(
      reviewRequest(targets, options, io.cwd),
      {
        shared: { rulesPool },
        env: io.env ?? processEnv(),
        clock: SYSTEM_CLOCK,
        log: (message) => io.stderr.write(`${message}\n`),
        progress: progress?.sink ?? (() => undefined),
        ...(io.signal ? { signal: io.signal } : {}),
        version: packageVersion(),
      },
      {
        ...hooks,
        // The fix stage writes its own lines: the progress line goes first.
        ...(hooks.afterRun
          ? {
              afterRun: (review, context) => {
                progress?.clear();
                return hooks.afterRun!(review, context);
              },
            }
          : {}),
      },
    );
  } finally {
    progress?.clear();
    if (io.rulesPool === undefined) await rulesPool.close();
  }
}

/** The review flags as the application's request. */
export function reviewRequest(
  targets: readonly string[],
  options: ReviewOptions,
  cwd: string,
): ReviewRequest {
  const formats = options.format
    ?.flatMap((f) => f.split(","))
    .map((f) => f.trim())
    .filter(Boolean);
  return {
    targets,
    cwd,
    ...(options.config === undefined ? {} : { configFile: options.config }),
    settings: {
      ...(options.failOn === undefined ? {} : { failOn: options.failOn }),
      ...(formats === undefined ? {} : { formats }),
      ...(options.minConfidence === undefined ? {} : { minConfidence: Number(options.minConfidence) }),
      ...(options.llm === undefined ? {} : { llm: options.llm }),
    },
    ...(options.diff === undefined
      ? {}
      : { diff: { base: options.diff, wholeFiles: options.wholeFiles ?? false } }),
    baseline: options.baseline !== false,
    store: storeChoice(options),
    record: options.record !== false,
    cache: options.cache !== false,
    ...(options.resume === undefined ? {} : { resume: options.resume }),
    requestedBy: { kind: "cli" },
  };
}

function storeChoice(options: ReviewOptions): StoreChoice {
  if (!options.store) return { kind: "none" };
  return options.db === undefined || options.db.trim() === ""
    ? { kind: "default" }
    : { kind: "at", location: options.db };
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
