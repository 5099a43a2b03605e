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

/**
 * The fix stage of a finished review of a local directory: reads each file
 * that has a fix (refusing files outside the repository or changed since the
 * review), runs the validation ladder, then the operator's heavier checks on
 * the whole batch, and returns the proven fixes as a plan and a patch.
 */
export interface ProveExtras {
  /** Validated fixes kept between reviews (the server backs it with the store). */
  readonly cache?: FixCache;
  /** New findings below this confidence do not fail a fix (default: any new finding does). */
  readonly minConfidence?: number;
  /** Proposes fixes for findings nothing else can fix (an LLM agent). */
  readonly propose?: FixProposer;
}

export async function proveReviewFixes(
  review: Review,
  checks: FixCheckOptions,
  extras: ProveExtras = {},
): Promise<ProvenFixes> {
  const { cache, minConfidence } = extras;
  const root = review.target.root;
  const { files, skipped } = await readFixableFiles(review, extras.propose !== undefined);
  const sources = [...files.values()].map((f) => f.source);
  const bomFiles = new Set([...files.values()].filter((f) => f.bom).map((f) => f.path));
  const deps = {
    rules: BUILTIN_RULES,
    bomFiles,
    ...(cache ? { cache } : {}),
    ...(minConfidence === undefined ? {} : { minConfidence }),
  };
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const provided = withProvidedFixes(review.findings, byPath);
  const candidates = extras.propose ? await withProposedFixes(provided, byPath, extras.propose) : provided;
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
  return { plan, candidates, findings: withValidations(candidates, plan.outcomes), files, skipped, notes };
}

/**
 * `review --fix`: proves the review's fixes, writes every proven one into one
 * patch (`--patch <file>`, default ./codeguardian.patch) that applies with
 * `git apply` from the repository root, and returns the review with each
 * finding's validation record for the reporters.
 */
export async function writeFixPatch(review: Review, options: ReviewOptions, io: Io): Promise<Review> {
  if (review.target.kind !== "path") {
    io.stderr.write("codeguardian: --fix needs a local directory; no patch written for a git URL\n");
    return review;
  }
  const proven = await proveReviewFixes(review, checkOptions(options));
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
  const kept = outcomes.filter((o) => o.validation.status !== "rejected").length;
  const path = resolve(io.cwd, options.patch ?? "codeguardian.patch");
  if (patch === "") {
    io.stderr.write(`codeguardian: no proven fixes (${outcomes.length} tried); no patch written\n`);
  } else {
    await writeTextFile(path, patch);
    io.stderr.write(
      `codeguardian: wrote ${kept} proven fix${kept === 1 ? "" : "es"} (${outcomes.length - kept} rejected) to ${path}; apply with "git apply" from the repository root\n`,
    );
  }
  return { ...review, findings: proven.findings };
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
