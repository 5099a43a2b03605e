import type {
  Analyser,
  AnalyserInput,
  AnalyserOutput,
  ConfidenceChange,
  LlmSkippedFile,
} from "../core/analyser.js";
import type { FindingDraft } from "../core/finding.js";
import { isCodeLanguage } from "../core/language.js";
import { inPool } from "../core/pool.js";
import type { Notice } from "../core/review.js";
import { byRisk } from "./risk-order.js";
import { redactText } from "./redact.js";
import { runUnit } from "./run-unit.js";
import type { AgentSession } from "./session.js";
import { analyserIdOf, type AgentModule, type AgentUnit, type RedactedFile } from "./types.js";

/**
 * One agent as a pipeline analyser (`kind: "llm"`): it runs after the
 * deterministic analysers, sees their findings and secret ranges, sends only
 * masked code files, riskiest first, and reports what it could not review.
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
  const context = { files: redactedFiles(input) };
  const units = byRisk(
    context.files.map((f) => ({ path: f.source.path, file: f })),
    input.prior?.findings ?? [],
  ).flatMap(({ file }) => agent.units(file, context).map((unit) => ({ unit, file })));

  const findings: FindingDraft[] = [];
  const notices: Notice[] = [];
  const changes: ConfidenceChange[] = [];
  const notReviewed: LlmSkippedFile[] = [];
  const failed = new Set<string>();
  const done = new Set<string>();
  const totals = { tokens: 0, costCents: 0, calls: 0, cachedCalls: 0, droppedFindings: 0 };
  let finished = 0;
  let errors = 0;

  const work = async ({ unit, file }: { unit: AgentUnit; file: RedactedFile }): Promise<void> => {
    const outcome = await runUnit(agent, session, unit, file, input.signal);
    totals.tokens += outcome.tokens;
    totals.costCents += outcome.costCents;
    totals.calls += outcome.calls;
    totals.cachedCalls += outcome.cached ? 1 : 0;
    if (outcome.kind === "done") {
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

  const started = await inPool(units, session.concurrency, work, input.signal);
  for (const { unit } of units.slice(started)) {
    notReviewed.push({
      file: unit.file,
      analyser: id,
      reason: `${unit.label}: the review was interrupted`,
      cause: "interruption",
    });
  }
  if (units.length > 0 && errors === units.length) {
    throw new Error(notices.find((n) => n.level === "warning")?.message ?? `every ${agent.id} call failed`);
  }
  const analysedPaths = [...done].filter((path) => !failed.has(path)).sort();
  return {
    findings,
    notices,
    filesAnalysed: analysedPaths.length,
    analysedPaths,
    rules: [],
    llm: { ...totals, notReviewed },
    ...(changes.length > 0 ? { confidenceChanges: changes } : {}),
  };
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
