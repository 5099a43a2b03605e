import type { ConfidenceChange } from "../core/analyser.js";
import type { FindingDraft } from "../core/finding.js";
import type { Priority } from "../llm/index.js";
import { ask, type AskOutcome, type Spend } from "./ask.js";
import type { AgentSession } from "./session.js";
import { anchorCandidates } from "./to-drafts.js";
import { analyserIdOf, type AgentModule, type AgentUnit, type RedactedFile } from "./types.js";

/** As {@link AskOutcome}, with the answer anchored into drafts and confidence changes. */
export type UnitOutcome =
  | Exclude<AskOutcome<unknown>, { readonly kind: "done" }>
  | (Spend & {
      readonly kind: "done";
      /** `provider:model` that answered. */
      readonly model: string;
      readonly drafts: readonly FindingDraft[];
      readonly changes: readonly ConfidenceChange[];
      readonly dropped: number;
      readonly notes: readonly string[];
    });

/**
 * One call of one agent: ask within the budget (cache first, one repair for
 * malformed output) at its rank in the review's queue, then anchor what came back.
 */
export async function runUnit<T>(
  agent: AgentModule<T>,
  session: AgentSession,
  unit: AgentUnit,
  file: RedactedFile,
  signal: AbortSignal,
  priority?: Priority,
): Promise<UnitOutcome> {
  const outcome = await ask(
    session,
    {
      task: agent.task,
      agent: agent.id,
      version: agent.version,
      system: agent.system,
      prompt: unit.prompt,
      schema: agent.schema,
      schemaName: agent.schemaName,
      maxOutputTokens: agent.maxOutputTokens,
      file: unit.file,
      ...(priority === undefined ? {} : { priority }),
    },
    signal,
  );
  if (outcome.kind !== "done") return outcome;
  const { object: answer, tokens, costCents, calls, cached } = outcome;
  const anchored = anchorCandidates(agent.id, file, agent.candidates(answer, unit));
  const drafts = anchored.drafts.filter((d) => agent.keep?.(d, file) ?? true);
  const changes = (agent.verdicts?.(answer, unit) ?? [])
    .filter((v) => file.prior.some((p) => p.ruleId === v.ruleId && p.range.start.line === v.line))
    .map((v): ConfidenceChange => ({
      file: unit.file,
      ruleId: v.ruleId,
      line: v.line,
      direction: v.verdict === "confirm" ? "raise" : "lower",
      reason: v.reason.replace(/\s+/g, " ").trim(),
      source: analyserIdOf(agent.id),
    }));
  const notes = agent.notes?.(answer, unit) ?? [];
  return {
    tokens,
    costCents,
    calls,
    cached,
    kind: "done",
    model: outcome.model,
    drafts,
    changes,
    dropped: anchored.dropped,
    notes,
  };
}
