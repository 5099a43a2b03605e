import type {
  AnalyserInput,
  AnalyserOutput,
  ConfidenceChange,
  LlmCoverage,
  LlmSkipCause,
  LlmSkippedFile,
} from "../core/analyser.js";
import { LlmAnalyserFailure } from "../core/analyser.js";
import type { FindingDraft } from "../core/finding.js";
import type { Notice } from "../core/review.js";
import type { MemberResult, UnitOutcome } from "./run-unit.js";
import type { AgentSession } from "./session.js";
import { analyserIdOf, type AgentModule, type AgentUnit } from "./types.js";

/**
 * What one agent reviewed, found and spent over a review's calls, and the
 * analyser output that reports it: coverage per file (a file counts as
 * reviewed when every call about it was answered), why the rest was not, and
 * which model answered when it was not the first of the chain.
 */
export class AgentTally {
  readonly id: string;
  readonly planned = new Set<string>();
  private units = 0;
  private finished = 0;
  private answered = 0;
  private errors = 0;
  private readonly findings: FindingDraft[] = [];
  private readonly notices: Notice[] = [];
  private readonly changes: ConfidenceChange[] = [];
  private readonly notReviewed: LlmSkippedFile[] = [];
  private readonly failed = new Set<string>();
  private readonly done = new Set<string>();
  private readonly totals = { calls: 0, cachedCalls: 0, droppedFindings: 0 };
  private readonly substitutes = new Map<string, number>();

  constructor(
    readonly agent: AgentModule<unknown>,
    /** The first model of the agent's chain, `provider:model`, if the chain resolves. */
    private readonly first: string | undefined,
    /** Whether this agent reports the calls' spending: the paying member of a shared call. */
    private readonly pays: boolean,
    private readonly input: AnalyserInput,
  ) {
    this.id = analyserIdOf(agent.id);
  }

  plan(unit: AgentUnit): void {
    this.planned.add(unit.file);
    this.units++;
  }

  /** A call's spending, once per call whatever the number of files it was about. */
  count(outcome: UnitOutcome): void {
    if (!this.pays) return;
    this.totals.calls += outcome.calls;
    this.totals.cachedCalls += outcome.cached ? 1 : 0;
  }

  /** What the call brought for one of its parts (`index`). */
  record(unit: AgentUnit, outcome: UnitOutcome, index: number): void {
    if (outcome.kind === "done") {
      const result = outcome.results[index]?.get(this.agent.id);
      if (result === undefined)
        this.missed(unit, "failed", "the answer left this file out, or its part did not match the schema");
      else this.answer(unit, outcome.model, result);
    } else {
      this.missed(unit, outcome.kind, outcome.reason);
    }
    this.finished++;
    this.input.progress({
      kind: "file",
      analyser: this.id,
      file: unit.file,
      done: this.finished,
      total: this.units,
    });
  }

  private answer(unit: AgentUnit, model: string, result: MemberResult): void {
    const { id, agent } = this;
    this.answered++;
    if (this.first !== undefined && model !== this.first)
      this.substitutes.set(model, (this.substitutes.get(model) ?? 0) + 1);
    this.findings.push(...result.drafts);
    this.changes.push(...result.changes);
    this.totals.droppedFindings += result.dropped;
    for (const note of result.notes)
      this.notices.push({ level: "info", analyser: id, file: unit.file, message: note });
    if (result.dropped > 0) {
      this.notices.push({
        level: "info",
        analyser: id,
        file: unit.file,
        message: `${result.dropped} ${agent.id} finding(s) dropped: the quoted code was not found near the claimed line`,
      });
    }
    this.done.add(unit.file);
  }

  private missed(unit: AgentUnit, kind: "failed" | "skipped", reason: string): void {
    const { id, agent } = this;
    if (kind === "failed") this.errors++;
    this.failed.add(unit.file);
    this.notReviewed.push({
      file: unit.file,
      analyser: id,
      reason: `${unit.label}: ${reason}`,
      cause: kind === "failed" ? "failure" : this.input.signal.aborted ? "interruption" : "limit",
    });
    this.notices.push({
      level: kind === "failed" ? "warning" : "info",
      analyser: id,
      file: unit.file,
      message: `not reviewed by the ${agent.id} agent (${unit.label}): ${reason}`,
    });
  }

  /** The analyser's output; throws {@link LlmAnalyserFailure} when every call failed. */
  output(session: AgentSession): AnalyserOutput {
    const { id, agent } = this;
    for (const [model, count] of this.substitutes) {
      // A model other than the one named for the task answered: never silent (docs/agents.md).
      this.notices.push({
        level: "warning",
        analyser: id,
        message: `${count} of ${this.answered} ${agent.id} answer(s) came from ${model}, not ${this.first ?? "the first model"}: it failed or was refused, and the next model of the chain answered`,
      });
    }
    const analysedPaths = [...this.done].filter((path) => !this.failed.has(path)).sort();
    const models = this.pays ? session.spendOf(agent.task) : {};
    const spent = Object.values(models);
    const llm = {
      ...this.totals,
      tokens: spent.reduce((n, m) => n + m.inputTokens + m.outputTokens, 0),
      costCents: spent.reduce((n, m) => n + m.costCents, 0),
      notReviewed: this.notReviewed,
      coverage: coverageOf(agent.id, this.planned, analysedPaths.length, this.notReviewed),
      models,
    };
    if (this.units > 0 && this.errors === this.units) {
      throw new LlmAnalyserFailure(
        this.notices.find((n) => n.level === "warning")?.message ?? `every ${agent.id} call failed`,
        llm,
      );
    }
    return {
      findings: this.findings,
      notices: this.notices,
      filesAnalysed: analysedPaths.length,
      analysedPaths,
      rules: [],
      llm,
      ...(this.changes.length > 0 ? { confidenceChanges: this.changes } : {}),
    };
  }
}

function coverageOf(
  agent: string,
  planned: ReadonlySet<string>,
  reviewed: number,
  notReviewed: readonly LlmSkippedFile[],
): LlmCoverage {
  const cut: Partial<Record<LlmSkipCause, number>> = {};
  const counted = new Set<string>();
  // One file, one cause: the worst of its units' (a failure outweighs a budget cut).
  const order: LlmSkipCause[] = ["failure", "interruption", "limit"];
  for (const cause of order) {
    for (const n of notReviewed) {
      if (n.cause !== cause || counted.has(n.file)) continue;
      counted.add(n.file);
      cut[cause] = (cut[cause] ?? 0) + 1;
    }
  }
  return { agent, planned: planned.size, reviewed, cut };
}
