import type { ResolvedConfig } from "./config.js";
import type { FindingDraft } from "./finding.js";
import type { Range } from "./location.js";
import type { ProgressSink } from "./progress.js";
import type { Notice, SkippedFile } from "./review.js";
import type { RuleMeta } from "./rule-meta.js";
import type { SourceFile } from "./source-file.js";

/**
 * What the deterministic analysers found, handed to LLM analysers, which run
 * after them: a file's code never reaches a provider before its secret scan
 * and rules have finished.
 */
export interface PriorResults {
  readonly findings: readonly FindingDraft[];
  /** Secret ranges per file: masked in anything sent to a provider. */
  readonly redactions: ReadonlyMap<string, readonly Range[]>;
}

export interface AnalyserInput {
  /** Absolute repository root. */
  readonly root: string;
  /** Every file in scope; an analyser picks the ones it understands. */
  readonly files: readonly SourceFile[];
  readonly config: ResolvedConfig;
  readonly signal: AbortSignal;
  readonly progress: ProgressSink;
  /** Present for `kind: "llm"` analysers only. */
  readonly prior?: PriorResults;
  /** What discovery skipped, for analysers that still look into skipped files (secrets). */
  readonly skipped?: readonly SkippedFile[];
  /**
   * Tests, examples and tooling that no production file imports
   * (docs/configuration.md, "Non-production code"). No request reaches them,
   * so the built-in rules follow no flow across files from them.
   */
  readonly nonProduction?: ReadonlySet<string>;
}

export interface AnalyserOutput {
  readonly findings: readonly FindingDraft[];
  readonly notices: readonly Notice[];
  /** How many files it actually analysed. */
  readonly filesAnalysed: number;
  /** Paths it analysed to completion (used to decide what counts as "fixed"). */
  readonly analysedPaths: readonly string[];
  /** Metadata for every rule it could have reported (for SARIF and "rule still exists"). */
  readonly rules: readonly RuleMeta[];
  /** LLM analysers only: what their calls used and what they could not do. */
  readonly llm?: LlmRunReport;
  /**
   * LLM analysers only: verdicts on deterministic findings. They raise or
   * lower a finding's confidence, with a reason; they never remove it.
   */
  readonly confidenceChanges?: readonly ConfidenceChange[];
}

/**
 * Why an LLM analyser left a file out: an operator's `limit` (a token
 * budget) makes the review partial; a `failure` (the provider kept failing,
 * the answer stayed malformed) or an `interruption` makes it incomplete.
 */
export type LlmSkipCause = "limit" | "failure" | "interruption";

/** A file an LLM analyser did not review, and why (budget, secrets, failure). */
export interface LlmSkippedFile {
  readonly file: string;
  readonly analyser: string;
  readonly reason: string;
  readonly cause: LlmSkipCause;
}

export interface LlmRunReport {
  readonly tokens: number;
  readonly costCents: number;
  /** Provider calls made (retries and repairs included). */
  readonly calls: number;
  /** Answers taken from the cache or a resumed review's checkpoints. */
  readonly cachedCalls: number;
  /** Findings dropped because their quote was not found (or was ambiguous) near the claimed line. */
  readonly droppedFindings: number;
  readonly notReviewed: readonly LlmSkippedFile[];
  /** What the agent planned and what it reviewed (absent from analysers that predate it). */
  readonly coverage?: LlmCoverage;
  /** Settled spending per `provider:model`: a fallback model shows here, never silently. */
  readonly models?: Readonly<Record<string, LlmModelSpend>>;
}

/**
 * One agent's coverage: the files it planned to review, how many it
 * reviewed, and why the rest were not (`limit`: a budget; `failure`;
 * `interruption`), as counts of files.
 */
export interface LlmCoverage {
  readonly agent: string;
  readonly planned: number;
  readonly reviewed: number;
  readonly cut: Readonly<Partial<Record<LlmSkipCause, number>>>;
}

/** Calls, tokens and cost settled on one model. */
export interface LlmModelSpend {
  readonly calls: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly costCents: number;
}

/**
 * An LLM analyser whose every call failed: it fails (the review is
 * incomplete), yet what its calls cost and what it could not review still
 * reach the review's totals, so failed spending is never recorded as free.
 */
export class LlmAnalyserFailure extends Error {
  constructor(
    message: string,
    readonly llm: LlmRunReport,
  ) {
    super(message);
    this.name = "LlmAnalyserFailure";
  }
}

/** Spending per `provider:model` added up over several reports (agents, the fix task). */
export function mergeModelSpend(
  parts: readonly Readonly<Record<string, LlmModelSpend>>[],
): Record<string, LlmModelSpend> {
  const out: Record<string, LlmModelSpend> = {};
  for (const part of parts) {
    for (const [model, s] of Object.entries(part)) {
      const b = out[model] ?? { calls: 0, inputTokens: 0, outputTokens: 0, costCents: 0 };
      out[model] = {
        calls: b.calls + s.calls,
        inputTokens: b.inputTokens + s.inputTokens,
        outputTokens: b.outputTokens + s.outputTokens,
        costCents: b.costCents + s.costCents,
      };
    }
  }
  return out;
}

/** Matches a deterministic draft by file, rule id and start line. */
export interface ConfidenceChange {
  readonly file: string;
  readonly ruleId: string;
  readonly line: number;
  readonly direction: "raise" | "lower";
  readonly reason: string;
  /** The LLM analyser that decided ("llm-security"). */
  readonly source: string;
}

/**
 * The one seam every analyser plugs into: the built-in rule engine, external
 * tools and (later) LLM agents. `analyse` may throw: the pipeline turns a throw
 * or a timeout into a visible "incomplete" entry, never an empty result.
 */
export interface Analyser {
  readonly id: string;
  readonly kind: "builtin" | "external" | "llm";
  /**
   * Null when the analyser can run; otherwise why not (for example "bandit is
   * not installed"). An unavailable analyser is a notice, not a failure.
   */
  availability(): Promise<string | null>;
  analyse(input: AnalyserInput): Promise<AnalyserOutput>;
}
