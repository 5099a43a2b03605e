import type { ConfidenceChange } from "../core/analyser.js";
import type { FindingDraft } from "../core/finding.js";
import { ask, type AskOutcome, type Question, type Spend } from "./ask.js";
import type { AgentSession } from "./session.js";
import { anchorCandidates } from "./to-drafts.js";
import { analyserIdOf, type AgentId, type AgentModule, type AgentUnit, type RedactedFile } from "./types.js";

/** One model call of a review: what it asks, about which file, and which agents share its answer. */
export interface PlannedCall {
  /** One agent, or the agents of a shared call (shared-call.ts); the first one's task pays. */
  readonly members: readonly AgentModule<unknown>[];
  readonly unit: AgentUnit;
  readonly file: RedactedFile;
  readonly question: Omit<Question<unknown>, "prompt" | "file">;
  /** A member's own answer out of the call's answer; undefined when its part does not validate. */
  readonly answerFor: (answer: unknown, member: AgentModule<unknown>) => unknown;
}

/** What one agent takes from an answered call: its findings anchored, its verdicts and notes. */
export interface MemberResult {
  readonly drafts: readonly FindingDraft[];
  readonly changes: readonly ConfidenceChange[];
  readonly dropped: number;
  readonly notes: readonly string[];
}

/** As {@link AskOutcome}, with the answer split per agent and anchored. */
export type UnitOutcome =
  | Exclude<AskOutcome<unknown>, { readonly kind: "done" }>
  | (Spend & {
      readonly kind: "done";
      /** `provider:model` that answered. */
      readonly model: string;
      /** Per member; undefined where its part of the answer did not validate. */
      readonly results: ReadonlyMap<AgentId, MemberResult | undefined>;
    });

/**
 * One call: ask within the budget (cache first, one repair for malformed
 * output), then give each member its part of the answer, anchored.
 */
export async function runCall(
  call: PlannedCall,
  session: AgentSession,
  signal: AbortSignal,
): Promise<UnitOutcome> {
  const outcome = await ask(
    session,
    { ...call.question, prompt: call.unit.prompt, file: call.unit.file },
    signal,
  );
  if (outcome.kind !== "done") return outcome;
  const { object, tokens, costCents, calls, cached, model } = outcome;
  const results = new Map<AgentId, MemberResult | undefined>();
  for (const member of call.members) {
    const answer = call.answerFor(object, member);
    results.set(member.id, answer === undefined ? undefined : resultOf(member, answer, call.unit, call.file));
  }
  return { tokens, costCents, calls, cached, kind: "done", model, results };
}

function resultOf<T>(agent: AgentModule<T>, answer: T, unit: AgentUnit, file: RedactedFile): MemberResult {
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
  return { drafts, changes, dropped: anchored.dropped, notes: agent.notes?.(answer, unit) ?? [] };
}
