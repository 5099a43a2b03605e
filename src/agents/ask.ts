import type { z } from "zod";
import {
  costCents,
  generateWithRepair,
  LlmError,
  LlmOutputError,
  priceOf,
  toWireSchema,
} from "../llm/index.js";
import type { CallOptions, LlmPrompt, LlmTask, Priority, TokenUsage } from "../llm/index.js";
import { maskOutgoing } from "./redact.js";
import type { AgentSession } from "./session.js";

/** What one question to a model cost. */
export interface Spend {
  readonly tokens: number;
  readonly costCents: number;
  readonly calls: number;
  readonly cached: boolean;
}

export type AskOutcome<T> = Spend &
  (
    | { readonly kind: "done"; readonly object: T; readonly model: string }
    /** Not sent: budget (`budget`: worth another try once other calls settle), or the review was interrupted. */
    | { readonly kind: "skipped"; readonly reason: string; readonly budget?: boolean }
    /** Sent and failed: provider errors, or malformed output after the one repair. */
    | { readonly kind: "failed"; readonly reason: string }
  );

/** One structured question: what is sent, and under which cache identity. */
export interface Question<T> {
  readonly task: LlmTask;
  /** Cache identity: the agent's id and its prompt version. */
  readonly agent: string;
  readonly version: string;
  readonly system: string;
  readonly prompt: string;
  readonly schema: z.ZodType<T>;
  readonly schemaName: string;
  readonly maxOutputTokens: number;
  /** The file the question is about: its share of the budget pays. */
  readonly file: string;
  /** Its rank in the review's queue: budget held for retries of calls ranked before it is not its to take. */
  readonly priority?: Priority;
}

const NOTHING_SPENT: Spend = { tokens: 0, costCents: 0, calls: 0, cached: false };

/**
 * Asks the model one question within the review's budget: the router
 * reserves the call's worst case (within the per-call cap of the file it is
 * about), asks (cache first, one repair for malformed output) and settles
 * what was really used. Never throws for model or provider trouble: the
 * outcome says what happened and what it cost.
 */
export async function ask<T>(
  session: AgentSession,
  q: Question<T>,
  signal: AbortSignal,
): Promise<AskOutcome<T>> {
  // Every body sent to a model passes here: the one place nothing secret gets past.
  const prompt: LlmPrompt<T> = {
    system: maskOutgoing(q.system),
    prompt: maskOutgoing(q.prompt),
    schema: q.schema,
    schemaName: q.schemaName,
    maxOutputTokens: q.maxOutputTokens,
    temperature: 0,
    signal,
  };
  if (signal.aborted) return { ...NOTHING_SPENT, kind: "skipped", reason: "the review was interrupted" };
  try {
    // Refused here, before the budget sees it: a prompt the router would refuse anyway.
    toWireSchema(q.schema, q.schemaName);
  } catch (error) {
    return { ...NOTHING_SPENT, kind: "failed", reason: messageOf(error) };
  }
  const cache: CallOptions["cache"] =
    session.cache === undefined
      ? undefined
      : { store: session.cache, agent: q.agent, promptVersion: q.version };
  const call: CallOptions = {
    budget: session.budget,
    file: q.file,
    ...(cache ? { cache } : {}),
    ...(q.priority === undefined ? {} : { priority: q.priority }),
  };
  // Refused answers were paid for: their usage counts even when the repair fails too.
  const refused: TokenUsage[] = [];
  const generate = async (p: LlmPrompt<T>) => {
    // A repaired answer is also stored under the first prompt: an unchanged file costs nothing next time.
    const options =
      p === prompt || call.cache === undefined
        ? call
        : { ...call, cache: { ...call.cache, alsoFor: prompt.prompt } };
    try {
      return await session.router.generate(q.task, p, options);
    } catch (error) {
      if (error instanceof LlmOutputError) refused.push(error.usage);
      throw error;
    }
  };
  try {
    const answer = await generateWithRepair(generate, prompt);
    return {
      tokens: total(answer.usage),
      costCents: answer.costCents ?? 0,
      calls: answer.calls + (answer.repaired ? 1 : 0),
      cached: answer.cached,
      kind: "done",
      object: answer.object,
      model: `${answer.provider}:${answer.model}`,
    };
  } catch (error) {
    const used = refused.reduce(
      (sum, u) => ({
        inputTokens: sum.inputTokens + u.inputTokens,
        outputTokens: sum.outputTokens + u.outputTokens,
      }),
      { inputTokens: 0, outputTokens: 0 },
    );
    if (error instanceof LlmOutputError) {
      // The first answer and its repair were both paid for (the budget settled them).
      const price =
        error.provider === undefined || error.model === undefined
          ? undefined
          : priceOf(session.prices, { provider: error.provider, model: error.model });
      return {
        tokens: total(used),
        costCents: price === undefined ? 0 : costCents(price, used),
        calls: refused.length,
        cached: false,
        kind: "failed",
        reason: `malformed output even after one repair request: ${error.validationMessage}`,
      };
    }
    if (error instanceof LlmError && error.kind === "budget") {
      return { ...NOTHING_SPENT, kind: "skipped", budget: true, reason: error.message };
    }
    if (signal.aborted) return { ...NOTHING_SPENT, kind: "skipped", reason: "the review was interrupted" };
    return { ...NOTHING_SPENT, kind: "failed", reason: messageOf(error) };
  }
}

function total(usage: TokenUsage): number {
  return usage.inputTokens + usage.outputTokens;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
