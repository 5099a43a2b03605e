import type { Budget, Reservation } from "./budget.js";
import { LlmChainError, LlmError } from "./errors.js";
import type { AttemptFailure } from "./errors.js";
import type { LlmTask } from "./models.js";
import type { ModelRef } from "./types.js";

/**
 * A request that timed out, lost its connection or failed on the provider's
 * side may still have been processed and billed: it is charged its
 * reservation (no usage was reported). A request the provider refused
 * outright (rate limit, key, bad request) or that was never sent costs nothing.
 */
export function settleFailure(
  budget: Budget | undefined,
  reservation: Reservation | undefined,
  error: LlmError,
): void {
  if (budget === undefined || reservation === undefined) return;
  if (error.kind === "timeout" || error.kind === "network" || error.kind === "server")
    budget.settle(reservation, { inputTokens: 0, outputTokens: 0 });
  else budget.release(reservation);
}

export function failureOf(ref: ModelRef, error: LlmError): AttemptFailure {
  return { provider: ref.provider, model: ref.model, kind: error.kind, message: error.message };
}

/**
 * One model tried: its own error, which already names the provider and the
 * fix. Everything refused by the budget: a budget error. Otherwise the chain.
 */
export function finalError(
  task: LlmTask,
  failures: readonly AttemptFailure[],
  last: LlmError | undefined,
): LlmError {
  if (failures.length === 1 && last !== undefined) return last;
  // One provider refusing the key for each of its models: that refusal says it all.
  if (last?.kind === "auth" && failures.every((f) => f.kind === "auth" && f.provider === last.provider))
    return last;
  if (failures.length > 0 && failures.every((f) => f.kind === "budget")) {
    return new LlmError(
      "budget",
      `no model for task "${task}" fits the budget: ${failures.map((f) => f.message).join("; ")}`,
    );
  }
  return new LlmChainError(task, failures, last);
}
