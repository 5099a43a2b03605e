import type {
  Analyser,
  AnalyserInput,
  AnalyserOutput,
  ConfidenceChange,
  LlmCoverage,
  LlmSkipCause,
  LlmSkippedFile,
} from "../core/analyser.js";
import { LlmAnalyserFailure } from "../core/analyser.js";
import type { FindingDraft } from "../core/finding.js";
import { isCodeLanguage } from "../core/language.js";
import type { Notice } from "../core/review.js";
import { formatModelRef } from "../llm/index.js";
import { byRisk, looksLikeRequestHandler } from "./risk-order.js";
import { redactText } from "./redact.js";
import { runUnit, type UnitOutcome } from "./run-unit.js";
import type { AgentSession } from "./session.js";
import { AGENT_IDS, analyserIdOf, type AgentModule, type AgentUnit, type RedactedFile } from "./types.js";
import { isTestPath } from "./units.js";

/**
 * One agent as a pipeline analyser (`kind: "llm"`): it runs after the
 * deterministic analysers, sees their findings and secret ranges, sends only
 * masked code files, riskiest first, through the session's one queue (so the
 * security agent's calls go before the others'), and reports its coverage:
 * what it planned, what it reviewed, and why the rest was not.
 */
export function createAgentAnalyser<T>(agent: AgentModule<T>, session: AgentSession): Analyser {
  const id = analyserIdOf(agent.id);
  return {
    id,
    kind: "llm",
    availability: () => Promise.resolve(null),
    analyse: (input) => analyse(id, agent, session, input),
  };
}

async function analyse<T>(
  id: string,
  agent: AgentModule<T>,
  session: AgentSession,
  input: AnalyserInput,
): Promise<AnalyserOutput> {
  // Test files go to the testing agent only: the others would review code nobody ships.
  const all = redactedFiles(input);
  const context = { files: all };
  const mine = agent.id === "testing" ? all : all.filter((f) => !isTestPath(f.source.path));
  const files = byRisk(
    mine.map((f) => ({ path: f.source.path, file: f, handler: looksLikeRequestHandler(f.text) })),
    input.prior?.findings ?? [],
  );
  const units = files.flatMap(({ file, tier }, fileRank) =>
    agent
      .units(file, context)
      .map((unit, unitRank) => ({ unit, file, rank: rankOf(agent, tier, fileRank, unitRank) })),
  );
  const planned = new Set(units.map((u) => u.unit.file));

  const findings: FindingDraft[] = [];
  const notices: Notice[] = [];
  const changes: ConfidenceChange[] = [];
  const notReviewed: LlmSkippedFile[] = [];
  const failed = new Set<string>();
  const done = new Set<string>();
  const totals = { calls: 0, cachedCalls: 0, droppedFindings: 0 };
  const first = firstModel(session, agent);
  const substitutes = new Map<string, number>();
  let answered = 0;
  let finished = 0;
  let errors = 0;

  const record = ({ unit }: { unit: AgentUnit }, outcome: UnitOutcome): void => {
    totals.calls += outcome.calls;
    totals.cachedCalls += outcome.cached ? 1 : 0;
    if (outcome.kind === "done") {
      answered++;
      if (first !== undefined && outcome.model !== first)
        substitutes.set(outcome.model, (substitutes.get(outcome.model) ?? 0) + 1);
      findings.push(...outcome.drafts);
      changes.push(...outcome.changes);
      totals.droppedFindings += outcome.dropped;
      for (const note of outcome.notes)
        notices.push({ level: "info", analyser: id, file: unit.file, message: note });
      if (outcome.dropped > 0) {
        notices.push({
          level: "info",
          analyser: id,
          file: unit.file,
          message: `${outcome.dropped} ${agent.id} finding(s) dropped: the quoted code was not found near the claimed line`,
        });
      }
      done.add(unit.file);
    } else {
      if (outcome.kind === "failed") errors++;
      failed.add(unit.file);
      notReviewed.push({
        file: unit.file,
        analyser: id,
        reason: `${unit.label}: ${outcome.reason}`,
        cause: outcome.kind === "failed" ? "failure" : input.signal.aborted ? "interruption" : "limit",
      });
      notices.push({
        level: outcome.kind === "failed" ? "warning" : "info",
        analyser: id,
        file: unit.file,
        message: `not reviewed by the ${agent.id} agent (${unit.label}): ${outcome.reason}`,
      });
    }
    finished++;
    input.progress({ kind: "file", analyser: id, file: unit.file, done: finished, total: units.length });
  };

  await Promise.all(
    units.map((u) =>
      session.queue
        .submit(
          u.rank,
          () => runUnit(agent, session, u.unit, u.file, input.signal, u.rank),
          (outcome) => outcome.kind === "skipped" && outcome.budget === true && !input.signal.aborted,
        )
        .then((outcome) => record(u, outcome)),
    ),
  );
  for (const [model, count] of substitutes) {
    // A model other than the one named for the task answered: never silent (docs/agents.md).
    notices.push({
      level: "warning",
      analyser: id,
      message: `${count} of ${answered} ${agent.id} answer(s) came from ${model}, not ${first ?? "the first model"}: it failed or was refused, and the next model of the chain answered`,
    });
  }
  const analysedPaths = [...done].filter((path) => !failed.has(path)).sort();
  const models = session.spendOf(agent.task);
  const spent = Object.values(models);
  const llm = {
    ...totals,
    tokens: spent.reduce((n, m) => n + m.inputTokens + m.outputTokens, 0),
    costCents: spent.reduce((n, m) => n + m.costCents, 0),
    notReviewed,
    coverage: coverageOf(agent.id, planned, analysedPaths.length, notReviewed),
    models,
  };
  if (units.length > 0 && errors === units.length) {
    throw new LlmAnalyserFailure(
      notices.find((n) => n.level === "warning")?.message ?? `every ${agent.id} call failed`,
      llm,
    );
  }
  return {
    findings,
    notices,
    filesAnalysed: analysedPaths.length,
    analysedPaths,
    rules: [],
    llm,
    ...(changes.length > 0 ? { confidenceChanges: changes } : {}),
  };
}

/**
 * The security agent before every other, then files with rule findings or
 * request handlers before the rest, riskiest first; within a file, agents in
 * their listed order.
 */
function rankOf(agent: AgentModule<unknown>, tier: number, fileRank: number, unitRank: number): number[] {
  return [agent.id === "security" ? 0 : 1, tier, fileRank, AGENT_IDS.indexOf(agent.id), unitRank];
}

function firstModel(session: AgentSession, agent: AgentModule<unknown>): string | undefined {
  try {
    return formatModelRef(session.router.chain(agent.task)[0]!);
  } catch {
    return undefined;
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

/** Code files only; each secret the deterministic layer found is masked. */
function redactedFiles(input: AnalyserInput): RedactedFile[] {
  const prior = input.prior?.findings ?? [];
  return input.files
    .filter((f) => isCodeLanguage(f.language))
    .map((source) => {
      const { text, secrets } = redactText(source.text, input.prior?.redactions.get(source.path) ?? []);
      return { source, text, secrets, prior: prior.filter((p) => p.file === source.path) };
    });
}
