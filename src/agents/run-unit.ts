import type { ConfidenceChange } from "../core/analyser.js";
import type { FindingDraft } from "../core/finding.js";
import {
  costCents,
  estimateInputTokens,
  generateWithRepair,
  LlmError,
  llmCacheKey,
  LlmOutputError,
  priceOf,
  toWireSchema,
} from "../llm/index.js";
import type { CallOptions, LlmPrompt, TokenUsage } from "../llm/index.js";
import type { AgentSession } from "./session.js";
import { anchorCandidates } from "./to-drafts.js";
import type { AgentContext, AgentModule, AgentUnit, RedactedFile } from "./types.js";

interface Spend {
  readonly tokens: number;
  readonly costCents: number;
  readonly calls: number;
  readonly cached: boolean;
}

export type UnitOutcome = Spend &
  (
    | {
        readonly kind: "done";
        readonly drafts: readonly FindingDraft[];
        readonly changes: readonly ConfidenceChange[];
        readonly dropped: number;
        readonly notes: readonly string[];
      }
    /** Not sent: budget, or the review was interrupted. */
    | { readonly kind: "skipped"; readonly reason: string }
    /** Sent and failed: provider errors, or malformed output after the one repair. */
    | { readonly kind: "failed"; readonly reason: string }
  );

const NOTHING: Spend = { tokens: 0, costCents: 0, calls: 0, cached: false };

/**
 * One call of one agent: reserve the file's share of the budget, ask (cache
 * first, one repair for malformed output), anchor what came back.
 */
export async function runUnit<T>(
  agent: AgentModule<T>,
  session: AgentSession,
  unit: AgentUnit,
  file: RedactedFile,
  _context: AgentContext,
  analyserId: string,
  signal: AbortSignal,
): Promise<UnitOutcome> {
  const prompt: LlmPrompt<T> = {
    system: agent.system,
    prompt: unit.prompt,
    schema: agent.schema,
    schemaName: agent.schemaName,
    maxOutputTokens: agent.maxOutputTokens,
    temperature: 0,
    signal,
  };
  if (signal.aborted) return { ...NOTHING, kind: "skipped", reason: "the review was interrupted" };
  let need: number;
  try {
    const first = session.router.chain(agent.task)[0]!;
    const wireSchema = toWireSchema(agent.schema, agent.schemaName);
    need = estimateInputTokens(first.provider, { ...prompt, wireSchema }) + agent.maxOutputTokens;
  } catch (error) {
    return { ...NOTHING, kind: "failed", reason: messageOf(error) };
  }
  const reserved = session.files.reserve(unit.file, need);
  if (reserved === undefined) {
    return {
      ...NOTHING,
      kind: "skipped",
      reason: `the per-file budget of ${session.files.maxTokensPerFile} tokens is used up (${session.files.used(unit.file)} used, up to ${need} needed)`,
    };
  }
  const cache: CallOptions["cache"] =
    session.cache === undefined
      ? undefined
      : { store: session.cache, agent: agent.id, promptVersion: agent.version };
  const call: CallOptions = { budget: session.budget, file: unit.file, ...(cache ? { cache } : {}) };
  // Refused answers were paid for: their usage counts even when the repair fails too.
  const refused: TokenUsage[] = [];
  const generate = async (p: LlmPrompt<T>) => {
    try {
      return await session.router.generate(agent.task, p, call);
    } catch (error) {
      if (error instanceof LlmOutputError) refused.push(error.usage);
      throw error;
    }
  };
  try {
    const answer = await generateWithRepair(generate, prompt);
    session.files.settle(unit.file, reserved, total(answer.usage));
    if (answer.repaired && cache !== undefined) await rememberUnderFirstPrompt(cache, prompt, answer);
    const spend: Spend = {
      tokens: total(answer.usage),
      costCents: answer.costCents ?? 0,
      calls: answer.calls + (answer.repaired ? 1 : 0),
      cached: answer.cached,
    };
    const anchored = anchorCandidates(analyserId, file, agent.candidates(answer.object, unit));
    const drafts = anchored.drafts.filter((d) => agent.keep?.(d, file) ?? true);
    const changes = (agent.verdicts?.(answer.object, unit) ?? [])
      .filter((v) => file.prior.some((p) => p.ruleId === v.ruleId && p.range.start.line === v.line))
      .map((v): ConfidenceChange => ({
        file: unit.file,
        ruleId: v.ruleId,
        line: v.line,
        direction: v.verdict === "confirm" ? "raise" : "lower",
        reason: v.reason.replace(/\s+/g, " ").trim(),
        source: analyserId,
      }));
    const notes = agent.notes?.(answer.object, unit) ?? [];
    return { ...spend, kind: "done", drafts, changes, dropped: anchored.dropped, notes };
  } catch (error) {
    const used = refused.reduce(
      (sum, u) => ({
        inputTokens: sum.inputTokens + u.inputTokens,
        outputTokens: sum.outputTokens + u.outputTokens,
      }),
      { inputTokens: 0, outputTokens: 0 },
    );
    session.files.settle(unit.file, reserved, total(used));
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
      return { ...NOTHING, kind: "skipped", reason: error.message };
    }
    if (signal.aborted) return { ...NOTHING, kind: "skipped", reason: "the review was interrupted" };
    return { ...NOTHING, kind: "failed", reason: messageOf(error) };
  }
}

/**
 * A repaired answer is cached by the router under the repair prompt; storing
 * it under the first prompt too means an unchanged file costs nothing next time.
 */
async function rememberUnderFirstPrompt<T>(
  cache: NonNullable<CallOptions["cache"]>,
  prompt: LlmPrompt<T>,
  answer: { readonly object: T; readonly provider: string; readonly model: string },
): Promise<void> {
  const key = llmCacheKey({
    agent: cache.agent,
    promptVersion: cache.promptVersion,
    model: { provider: answer.provider as never, model: answer.model },
    system: prompt.system,
    prompt: prompt.prompt,
    wireSchema: toWireSchema(prompt.schema, prompt.schemaName),
    maxOutputTokens: prompt.maxOutputTokens,
    temperature: prompt.temperature,
  });
  await cache.store.set(key, answer.object).catch(() => undefined);
}

function total(usage: TokenUsage): number {
  return usage.inputTokens + usage.outputTokens;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
