import { resolve } from "node:path";
import { CodeGuardianError } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import type { Review } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
import type { FixCache } from "../fixes/cache.js";
import { renderUnifiedDiff } from "../fixes/apply-edits.js";
import { proveFixes, withCheckResults, withValidations, type FixPlan } from "../fixes/plan.js";
import { FIX_PROVIDERS, withProvidedFixes } from "../fixes/providers/index.js";
import { withProposedFixes, type FixProposer } from "../fixes/propose.js";
import { MemoryFixCache } from "../fixes/cache.js";
import { recheckRule } from "../fixes/recheck.js";
import type { ModelRecheck } from "../fixes/validate.js";
import { agentOf } from "../agents/fix/llm-fixer.js";
import type { Range } from "../core/location.js";
import { runRulesOnFile } from "../rules/run-rules.js";
import type { LlmAnalysers } from "./llm-setup.js";
import { openLlmStore, type LlmStore } from "../storage/llm-cache.js";
import { packageVersion } from "../platform/version.js";
import { repositoryPrefix, readWorkingFile, type WorkingFile } from "../platform/apply-fixes.js";
import { hasChecks, runFixChecks, type FixCheckOptions } from "../platform/fix-checks.js";
import { writeTextFile } from "../platform/files.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import type { Io } from "./io.js";
import { type ReviewOptions } from "./review-command.js";

/** The heavier-check flags shared by `review --fix` and `fix` (operator-only: they run programs). */
export interface CheckFlags {
  readonly pyCompile?: string | boolean;
  readonly tsc?: string;
  readonly testCommand?: string;
  readonly checkTimeout?: string;
}

/** Where a finding's fix could not even be tried, and why. */
export interface Skip {
  readonly file: string;
  readonly line?: number;
  readonly ruleId?: string;
  readonly reason: string;
}

export interface ProvenFixes {
  readonly plan: FixPlan;
  /** The review's findings, with provided fixes filled in where a rule gave none. */
  readonly candidates: readonly Finding[];
  /** The review's findings with validation records; rejected fixes dropped. */
  readonly findings: Finding[];
  readonly files: ReadonlyMap<string, WorkingFile>;
  readonly skipped: readonly Skip[];
  readonly notes: readonly string[];
  /** What the ladder ran with (rules, cache, model re-check), for sessions that re-propose fixes. */
  readonly ladder: LadderParts;
}

export interface LadderParts {
  readonly rules: typeof BUILTIN_RULES;
  readonly cache: FixCache;
  readonly minConfidence?: number;
  readonly modelRecheck?: ModelRecheck;
}

export function checkOptions(flags: CheckFlags): FixCheckOptions {
  const seconds = flags.checkTimeout === undefined ? 300 : Number(flags.checkTimeout);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `--check-timeout must be a positive number of seconds, not "${flags.checkTimeout}"`,
    );
  }
  const test = flags.testCommand?.trim().split(/\s+/).filter(Boolean) ?? [];
  return {
    timeoutMs: seconds * 1000,
    ...(flags.pyCompile === undefined || flags.pyCompile === false
      ? {}
      : { python: flags.pyCompile === true ? "python3" : flags.pyCompile }),
    ...(flags.tsc === undefined ? {} : { typescript: flags.tsc }),
    ...(test[0] === undefined ? {} : { testCommand: { command: test[0], args: test.slice(1) } }),
  };
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
  const { minConfidence, modelRecheck } = extras;
  // Re-validating the same fix on the same text (bisection) is answered from here.
  const cache = extras.cache ?? new MemoryFixCache();
  const root = review.target.root;
  const { files, skipped } = await readFixableFiles(review, extras.propose !== undefined);
  const sources = [...files.values()].map((f) => f.source);
  const bomFiles = new Set([...files.values()].filter((f) => f.bom).map((f) => f.path));
  const deps = {
    rules: BUILTIN_RULES,
    bomFiles,
    cache,
    ...(minConfidence === undefined ? {} : { minConfidence }),
    ...(modelRecheck === undefined ? {} : { modelRecheck }),
  };
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const provided = withProvidedFixes(review.findings, byPath);
  const candidates = extras.propose
    ? await withProposedFixes(provided, byPath, extras.propose, {
        // Only findings a re-check can follow: a built-in rule, or the agent that found them.
        eligible: (f) =>
          recheckRule(f, BUILTIN_RULES) !== undefined ||
          (modelRecheck !== undefined && agentOf(f) !== undefined),
        ...(extras.proposeLimit === undefined ? {} : { limit: extras.proposeLimit }),
        concurrency: 4,
      })
    : provided;
  const fixable = candidates.filter((f) => f.fix && files.has(f.file));
  let plan = await proveFixes(sources, fixable, deps);
  const notes: string[] = [];
  if (hasChecks(checks)) {
    const ids = acceptedIds(plan);
    const report = await runFixChecks(
      root,
      ids,
      async (subset) => {
        const wanted = new Set(subset);
        const partial = await proveFixes(sources, fixable, {
          ...deps,
          accept: (p) => wanted.has(p.finding.fingerprint),
        });
        return new Map(
          partial.files
            .filter((f) => f.after !== f.file.text)
            .map((f) => [f.file.path, withBom(f.file, f.after, bomFiles)]),
        );
      },
      checks,
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
        : await proveFixes(sources, fixable, { ...deps, accept: (p) => !failed.has(p.finding.fingerprint) });
    plan = { ...final, outcomes: withCheckResults(final.outcomes, report.verdicts) };
  }
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

/** Default cap on model-proposed fixes per review: each costs a call, and a re-check for LLM findings. */
export const DEFAULT_LLM_FIXES = 20;

/** --llm-fixes: how many model-proposed fixes at most (0 turns them off). */
export function llmFixLimit(flag: string | undefined): number {
  if (flag === undefined) return DEFAULT_LLM_FIXES;
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 0) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `--llm-fixes must be a whole number of fixes (0 or more), not "${flag}"`,
    );
  }
  return n;
}

/**
 * The fix stage with the model's help, when LLM review is on: proposals for
 * findings without a fix and re-checks for LLM-only findings, both through
 * the review's router, budget and cache. `use` runs while the caches and the
 * model are still at hand (applying fixes one by one may re-check them).
 * What the calls cost is added to the review's LLM usage.
 */
export async function proveWithModel<T>(
  review: Review,
  checks: FixCheckOptions,
  context: FixStageContext | undefined,
  limit: number,
  io: Io,
  use: (proven: ProvenFixes) => Promise<T>,
): Promise<{ result: T; review: Review }> {
  const fixer = limit > 0 ? context?.llm.fixer?.({ redactions: secretRanges }) : undefined;
  const result = await withFixCache(context, io, async (cache) => {
    const proven = await proveReviewFixes(review, checks, {
      ...(cache ? { cache } : {}),
      ...(fixer ? { propose: fixer.propose, modelRecheck: fixer.recheck, proposeLimit: limit } : {}),
    });
    if (fixer) {
      const used = fixer.usage();
      const passed = proven.findings.filter((f) => f.fix?.description.includes("(proposed by ")).length;
      io.stderr.write(
        `codeguardian: asked the model for ${used.asked} fix(es): ${used.proposed} proposed, ${passed} passed the ladder, ${used.rechecks} re-check(s); ${used.tokens} tokens, ${used.costCents.toFixed(2)}¢\n`,
      );
    }
    return use(proven);
  });
  if (!fixer) return { result, review };
  const used = fixer.usage();
  const before = review.llm;
  return {
    result,
    review: {
      ...review,
      llm: {
        ...before,
        tokens: before.tokens + used.tokens,
        costCents: before.costCents + used.costCents,
        calls: (before.calls ?? 0) + used.calls,
        cachedCalls: (before.cachedCalls ?? 0) + used.cachedCalls,
      },
    },
  };
}

/** What the review leaves the fix stage: its LLM session and where its caches are. */
export interface FixStageContext {
  readonly llm: Pick<LlmAnalysers, "fixer">;
  readonly storeLocation: string;
  /** false with --no-cache. */
  readonly cache: boolean;
}

/**
 * Runs the stage with the store's cache of validated fixes, scoped to this
 * build so an upgrade's rules never reuse an old verdict. A cache that will
 * not open costs only speed: the stage runs without it, with a note.
 */
async function withFixCache<T>(
  context: FixStageContext | undefined,
  io: Io,
  run: (cache: FixCache | undefined) => Promise<T>,
): Promise<T> {
  if (context === undefined || !context.cache) return run(undefined);
  let store: LlmStore;
  try {
    store = await openLlmStore(context.storeLocation);
  } catch (error) {
    io.stderr.write(
      `codeguardian: validating fixes without the fix cache: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return run(undefined);
  }
  try {
    return await run(store.fixes(`codeguardian ${packageVersion()}`));
  } finally {
    await store.close();
  }
}

/** Secret ranges the built-in rules find: masked before code goes to a model. */
function secretRanges(file: SourceFile): Range[] {
  return runRulesOnFile(file, BUILTIN_RULES).drafts.flatMap((d) => [...(d.redact ?? [])]);
}

/**
 * `review --fix`: proves the review's fixes (asking the model for more when
 * LLM review is on), writes every proven one into one patch (`--patch
 * <file>`, default ./codeguardian.patch) that applies with `git apply` from
 * the repository root, and returns the review with each finding's
 * validation record for the reporters.
 */
export async function writeFixPatch(
  review: Review,
  options: ReviewOptions,
  io: Io,
  context?: FixStageContext,
): Promise<Review> {
  if (review.target.kind !== "path") {
    io.stderr.write("codeguardian: --fix needs a local directory; no patch written for a git URL\n");
    return review;
  }
  const { result: findings, review: paid } = await proveWithModel(
    review,
    checkOptions(options),
    context,
    llmFixLimit(options.llmFixes),
    io,
    async (proven) => {
      for (const note of proven.notes) io.stderr.write(`codeguardian: ${note}\n`);
      for (const s of proven.skipped) io.stderr.write(`codeguardian: no fixes for ${s.file}: ${s.reason}\n`);
      const prefix = await repositoryPrefix(review.target.root);
      const patch = proven.plan.files
        .map((f) =>
          renderUnifiedDiff(`${prefix}${f.file.path}`, f.file.text, f.after, {
            bom: proven.files.get(f.file.path)?.bom ?? false,
          }),
        )
        .join("");
      const outcomes = [...proven.plan.outcomes.values()];
      const provenCount = outcomes.filter((o) => o.validation.status === "proven").length;
      const checked = outcomes.filter((o) => o.validation.status === "model-checked").length;
      const rejected = outcomes.length - provenCount - checked;
      const path = resolve(io.cwd, options.patch ?? "codeguardian.patch");
      if (patch === "") {
        io.stderr.write(`codeguardian: no proven fixes (${outcomes.length} tried); no patch written\n`);
      } else {
        const what =
          checked === 0
            ? `${provenCount} proven fix${provenCount === 1 ? "" : "es"} (${rejected} rejected)`
            : `${provenCount + checked} fixes (${provenCount} proven, ${checked} model-checked; ${rejected} rejected)`;
        await writeTextFile(path, patch);
        io.stderr.write(
          `codeguardian: wrote ${what} to ${path}; apply with "git apply" from the repository root\n`,
        );
      }
      return proven.findings;
    },
  );
  return { ...paid, findings };
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
): Promise<{ files: Map<string, WorkingFile>; skipped: Skip[] }> {
  const files = new Map<string, WorkingFile>();
  const skipped: Skip[] = [];
  const fixable = (f: Finding): boolean =>
    everyFile || f.fix !== undefined || FIX_PROVIDERS.some((p) => p.ruleId === f.ruleId);
  const paths = [...new Set(review.findings.filter(fixable).map((f) => f.file))].sort();
  for (const path of paths) {
    const file = await readWorkingFile(review.target.root, path);
    if ("refused" in file) skipped.push({ file: path, reason: file.refused });
    else if (file.hash !== review.fileIdentities[path]?.hash)
      skipped.push({ file: path, reason: "file changed since the review" });
    else files.set(path, file);
  }
  return { files, skipped };
}
