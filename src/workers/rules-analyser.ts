import type { Analyser, AnalyserOutput } from "../core/analyser.js";
import type { ResolvedConfig } from "../core/config.js";
import type { FindingDraft } from "../core/finding.js";
import type { Notice } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
import type { Rule } from "../rules/define-rule.js";
import { addCrossFileFindings } from "../rules/xfile/cross-file-findings.js";
import { withFlowFixes } from "../rules/xfile/flow-fixes.js";
import { reviewResolver } from "../rules/xfile/resolver.js";
import type { FileSummary } from "../rules/xfile/summary.js";
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
      const outcomes = await options.pool.run({
        files,
        ruleIds: rules.map((rule) => rule.meta.id),
        fileTimeoutMs: limits.rulesFileTimeoutSeconds * 1000,
        memoryMb: limits.rulesWorkerMemoryMb,
        signal: input.signal,
        onFile: (file) =>
          input.progress({
            kind: "file",
            analyser: "rules",
            file: file.path,
            done: ++done,
            total: files.length,
          }),
      });
      return collect(files, outcomes, rules, limits);
    },
  };
}

function collect(
  files: readonly SourceFile[],
  outcomes: readonly FileOutcome[],
  rules: readonly Rule[],
  limits: ResolvedConfig["limits"],
): AnalyserOutput {
  const perFile: FindingDraft[] = [];
  const notices: Notice[] = [];
  const summaries: FileSummary[] = [];
  files.forEach((file, i) => {
    const outcome = outcomes[i];
    if (outcome?.kind === "analysed") {
      perFile.push(...outcome.result.drafts);
      notices.push(...outcome.result.notices);
      if (outcome.result.summary) summaries.push(outcome.result.summary);
    } else {
      notices.push(notAnalysed(file, outcome, limits));
    }
  });
  // The second step: flows between files, from the summaries the workers sent (docs/trust-levels.md, "Data flow across files").
  const linked = addCrossFileFindings(
    perFile,
    summaries,
    rules.map((rule) => rule.meta),
    reviewResolver(files.map((f) => f.path)),
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
