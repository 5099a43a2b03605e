import type { ConfidenceChange } from "../core/analyser.js";
import type { FindingDraft } from "../core/finding.js";
import type { Priority } from "../llm/index.js";
import { ask, type AskOutcome, type Question, type Spend } from "./ask.js";
import type { AgentSession } from "./session.js";
import { anchorCandidates } from "./to-drafts.js";
import { analyserIdOf, type AgentId, type AgentModule, type AgentUnit, type RedactedFile } from "./types.js";

/** One file's share of a call: the unit it stands for (a whole file, a part, some functions). */
export interface CallPart {
  readonly unit: AgentUnit;
  readonly file: RedactedFile;
}

/** One model call of a review: what it asks, about which files, and which agents share its answer. */
export interface PlannedCall {
  /** One agent, or the agents of a shared call (shared-call.ts); the first one's task pays. */
  readonly members: readonly AgentModule<unknown>[];
  readonly question: Omit<Question<unknown>, "prompt" | "file">;
  readonly prompt: string;
  /** One, or several small files of a batch (batch.ts). */
  readonly parts: readonly CallPart[];
  /** A member's own answer about one part; undefined when the answer left it out or it does not validate. */
  readonly answerFor: (answer: unknown, member: AgentModule<unknown>, part: CallPart) => unknown;
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
      /** Per part, per member; undefined where the answer left it out or did not validate. */
      readonly results: readonly ReadonlyMap<AgentId, MemberResult | undefined>[];
    });

/**
 * One call: ask within the budget (cache first, one repair for malformed
 * output) at its rank in the review's queue, then give each member its part
 * of the answer, anchored.
 */
export async function runCall(
  call: PlannedCall,
  session: AgentSession,
  signal: AbortSignal,
  priority?: Priority,
): Promise<UnitOutcome> {
  const outcome = await ask(
    session,
    {
      ...call.question,
      prompt: call.prompt,
      file: call.parts[0]!.unit.file,
      ...(priority === undefined ? {} : { priority }),
    },
    signal,
  );
  if (outcome.kind !== "done") return outcome;
  const { object, tokens, costCents, calls, cached, model } = outcome;
  const results = call.parts.map((part) => {
    const byMember = new Map<AgentId, MemberResult | undefined>();
    for (const member of call.members) {
      const answer = call.answerFor(object, member, part);
      byMember.set(
        member.id,
        answer === undefined ? undefined : resultOf(member, answer, part.unit, part.file),
      );
    }
    return byMember;
  });
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
