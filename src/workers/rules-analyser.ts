import type { Analyser, AnalyserOutput } from "../core/analyser.js";
import type { ResolvedConfig } from "../core/config.js";
import type { FindingDraft } from "../core/finding.js";
import type { Notice } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
import type { Rule } from "../rules/define-rule.js";
import { addCrossFileFindings } from "../rules/xfile/cross-file-findings.js";
import { nextDemand } from "../rules/xfile/demand.js";
import { withFlowFixes } from "../rules/xfile/flow-fixes.js";
import { DEFAULT_LINK_LIMITS, type ModuleResolver } from "../rules/xfile/link.js";
import { reviewResolver } from "../rules/xfile/resolver.js";
import type { FileSummary } from "../rules/xfile/summary.js";
import { templateSourcesOf } from "../rules/templates/template-files.js";
import type { FileOutcome, RulesPool } from "./rules-pool.js";

export interface RulesAnalyserOptions {
  /** The process's pool: every file is analysed on its workers, with the pool's rules. */
  readonly pool: RulesPool;
}

/** Past this, the time limit starts anyway: a worker that never gets ready must not stall the review. */
const STARTUP_WAIT_MS = 30_000;

/** The built-in rule engine as an analyser, on the shared rules pool. */
export function createRulesAnalyser(options: RulesAnalyserOptions): Analyser {
  const allRules = options.pool.rules;
  return {
    id: "rules",
    kind: "builtin",
    // Always available; waiting for a worker that is still loading the rules
    // keeps its start-up out of the analyser's time limit.
    availability: async () => {
      await options.pool.whenStarted(STARTUP_WAIT_MS);
      return null;
    },
    analyse: async (input) => {
      const rules = allRules.filter((rule) => input.config.rules[rule.meta.id]?.enabled !== false);
      const languages = new Set(rules.flatMap((rule) => rule.meta.languages));
      const files = input.files.filter((file) => languages.has(file.language));
      const { limits } = input.config;
      let done = 0;
      // Templates are read as data by the rules of the code that renders them, wherever discovery found them.
      const templates = templateSourcesOf(input.files);
      const job = {
        ruleIds: rules.map((rule) => rule.meta.id),
        templates: templates.sources,
        fileTimeoutMs: limits.rulesFileTimeoutSeconds * 1000,
        memoryMb: limits.rulesWorkerMemoryMb,
        signal: input.signal,
      };
      const onFile = (file: SourceFile): void =>
        input.progress({
          kind: "file",
          analyser: "rules",
          file: file.path,
          done: ++done,
          total: files.length,
        });
      // Non-production files as one job without summaries, the rest as another; the pool runs both at once.
      const apart = input.nonProduction ?? new Set<string>();
      const [production, rest] = partition(files, (f) => !apart.has(f.path));
      const [first, unsummarised] = await Promise.all([
        options.pool.run({ ...job, files: production, summaryPass: "first", onFile }),
        options.pool.run({ ...job, files: rest, summaryPass: "none", onFile }),
      ]);
      const order = [...production, ...rest];
      const outcomes = inOrderOf(files, order, [...first, ...unsummarised]);
      const resolve = reviewResolver(files.map((f) => f.path));
      const summaries = await wholeWhereReached(files, outcomes, resolve, (reached) =>
        options.pool.run({ ...job, files: reached, summaryPass: "whole" }),
      );
      const output = collect(files, outcomes, summaries, rules, limits, resolve);
      const leftOut: Notice[] = templates.leftOut.map(({ path, reason }) => ({
        level: "info",
        analyser: "rules",
        file: path,
        message: `template not read (${reason}): a view rendering it is judged without what it prints raw`,
      }));
      return leftOut.length === 0 ? output : { ...output, notices: [...leftOut, ...output.notices] };
    },
  };
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

/** Outcomes listed in `order`, put back in the order of `files`. */
function inOrderOf(
  files: readonly SourceFile[],
  order: readonly SourceFile[],
  outcomes: readonly FileOutcome[],
): FileOutcome[] {
  const at = new Map(order.map((f, i) => [f.path, outcomes[i]]));
  return files.map(
    (f) =>
      at.get(f.path) ?? {
        kind: "not-analysed",
        reason: "worker error",
        detail: "no result from the rules pool",
      },
  );
}

/**
 * The summaries to link: each file's first pass, made whole where another
 * file's flow reaches it (src/rules/xfile/demand.ts), one round per call of
 * the deepest chain followed. A file whose second run fails keeps its first
 * pass, with a notice: only flows through it are missing.
 */
async function wholeWhereReached(
  files: readonly SourceFile[],
  outcomes: readonly FileOutcome[],
  resolve: ModuleResolver,
  rerun: (files: SourceFile[]) => Promise<FileOutcome[]>,
): Promise<{ summaries: Map<string, FileSummary>; notices: Notice[] }> {
  const summaries = new Map<string, FileSummary>();
  const byPath = new Map(files.map((f) => [f.path, f]));
  outcomes.forEach((outcome, i) => {
    const path = files[i]?.path;
    if (outcome.kind === "analysed" && outcome.result.summary && path !== undefined)
      summaries.set(path, outcome.result.summary);
  });
  const notices: Notice[] = [];
  const asked = new Set<string>();
  for (let round = 0; round < DEFAULT_LINK_LIMITS.depth; round++) {
    const reached = nextDemand(summaries, resolve, asked).flatMap((p) => byPath.get(p) ?? []);
    if (reached.length === 0) break;
    const again = await rerun(reached);
    reached.forEach((file, i) => {
      const outcome = again[i];
      if (outcome?.kind !== "analysed") {
        notices.push({
          level: "warning",
          analyser: "rules",
          file: file.path,
          message: `not summarised for data flow across files (${outcome?.reason ?? "worker error"}): flows through this file to others may be missing; its own findings are complete`,
        });
        return;
      }
      if (outcome.result.summary) summaries.set(file.path, outcome.result.summary);
      else summaries.delete(file.path);
    });
  }
  return { summaries, notices };
}

function collect(
  files: readonly SourceFile[],
  outcomes: readonly FileOutcome[],
  summarised: { readonly summaries: ReadonlyMap<string, FileSummary>; readonly notices: readonly Notice[] },
  rules: readonly Rule[],
  limits: ResolvedConfig["limits"],
  resolve: ModuleResolver,
): AnalyserOutput {
  const perFile: FindingDraft[] = [];
  const notices: Notice[] = [...summarised.notices];
  files.forEach((file, i) => {
    const outcome = outcomes[i];
    if (outcome?.kind === "analysed") {
      perFile.push(...outcome.result.drafts);
      notices.push(...outcome.result.notices);
    } else {
      notices.push(notAnalysed(file, outcome, limits));
    }
  });
  // The second step: flows between files, from the summaries the workers sent (docs/trust-levels.md, "Data flow across files").
  const linked = addCrossFileFindings(
    perFile,
    [...summarised.summaries.values()],
    rules.map((rule) => rule.meta),
    resolve,
  );
  // A flow into a sink no per-file finding held gets the sink rule's own fix, for the ladder to prove.
  const findings = withFlowFixes(linked.drafts, perFile, new Map(files.map((f) => [f.path, f])), rules);
  notices.push(...linked.notices);
  // A file some rule did not finish on was not re-checked: its old findings
  // there read "not re-checked", never "fixed".
  const unfinished = new Set(notices.filter((n) => n.incomplete === true).map((n) => n.file));
  return {
    findings,
    notices,
    filesAnalysed: files.length - outcomes.filter((o) => o.kind !== "analysed").length,
    analysedPaths: files.filter((f) => !unfinished.has(f.path)).map((f) => f.path),
    rules: rules.map((rule) => rule.meta),
  };
}

function notAnalysed(
  file: SourceFile,
  outcome: Exclude<FileOutcome, { kind: "analysed" }> | undefined,
  limits: ResolvedConfig["limits"],
): Notice {
  const why =
    outcome === undefined
      ? "no result from the rules pool"
      : outcome.reason === "time limit"
        ? `the rules took longer than ${limits.rulesFileTimeoutSeconds} s on this file`
        : outcome.reason === "memory limit"
          ? `the rules needed more than ${limits.rulesWorkerMemoryMb} MB on this file`
          : outcome.detail;
  return {
    level: "error",
    analyser: "rules",
    file: file.path,
    message: `not analysed (${outcome?.reason ?? "worker error"}): ${why}`,
    incomplete: true,
  };
}
