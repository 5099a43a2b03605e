import type { Budget, Reservation } from "./budget.js";
import type { RetryHold } from "./retry-holds.js";
import { llmCacheKey } from "./cache.js";
import type { LlmCache } from "./cache.js";
import { LlmError, LlmOutputError } from "./errors.js";
import type { AttemptFailure } from "./errors.js";
import { failureOf, finalError, settleFailure } from "./router-outcome.js";
import { chainFor, DEFAULT_MODEL_TABLE } from "./models.js";
import type { LlmTask, ModelTable } from "./models.js";
import { costCents, DEFAULT_PRICES, priceOf } from "./pricing.js";
import type { PriceTable } from "./pricing.js";
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter } from "./retry.js";
import type { RetryPolicy } from "./retry.js";
import { ProviderGates } from "./provider-gates.js";
import { SYSTEM_CLOCK } from "./clock.js";
import type { RouterClock } from "./clock.js";
import { checkPrompt, toWireSchema } from "./structured.js";
import { estimateInputTokens } from "./tokens.js";
import { formatModelRef } from "./types.js";
import type { LlmPrompt, LlmResponse, ModelRef, ProviderId, TokenUsage } from "./types.js";

import type { CallOptions, RoutedResponse, RouterOptions } from "./router-types.js";

export type { CallOptions, RoutedResponse, RouterEvent, RouterOptions } from "./router-types.js";

/**
 * Picks a model per task and gets an answer: cache first, then each model of
 * the task's fallback chain, retrying transient failures with full-jitter
 * backoff (or the wait the provider asked for), moving on after a refusal.
 */
export class LlmRouter {
  private readonly models: ModelTable;
  private readonly policy: RetryPolicy;
  private readonly clock: RouterClock;
  private readonly timeoutMs: number;
  private readonly prices: PriceTable;
  private readonly gates: ProviderGates;
  /** A provider that refused our key refuses it for every model: skip it from then on. */
  private readonly refusedKeys = new Map<ProviderId, LlmError>();

  constructor(private readonly options: RouterOptions) {
    this.models = options.models ?? DEFAULT_MODEL_TABLE;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    if (!Number.isInteger(this.policy.maxAttempts) || this.policy.maxAttempts < 1) {
      throw new LlmError(
        "config",
        `retry.maxAttempts must be a positive integer, got ${this.policy.maxAttempts}`,
      );
    }
    this.clock = options.clock ?? SYSTEM_CLOCK;
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.prices = options.prices ?? DEFAULT_PRICES;
    // A router of its own gets gates of its own; a server's reviews share the process's.
    this.gates = options.gates ?? new ProviderGates(options.concurrency);
  }

  configured(): ProviderId[] {
    return (Object.keys(this.options.providers) as ProviderId[]).filter(
      (id) => this.options.providers[id] !== undefined,
    );
  }

  chain(task: LlmTask): ModelRef[] {
    return chainFor(this.models, task, this.configured(), this.options.pinned);
  }

  async generate<T>(task: LlmTask, prompt: LlmPrompt<T>, call: CallOptions = {}): Promise<RoutedResponse<T>> {
    // A ranked call keeps budget for its retries until it ends (docs/llm.md, "Tokens and money").
    const hold =
      call.budget === undefined || call.priority === undefined
        ? undefined
        : call.budget.holdForRetries(call.priority);
    try {
      return await this.route(task, prompt, call, hold);
    } finally {
      hold?.release();
    }
  }

  private async route<T>(
    task: LlmTask,
    prompt: LlmPrompt<T>,
    call: CallOptions,
    hold: RetryHold | undefined,
  ): Promise<RoutedResponse<T>> {
    checkPrompt(prompt);
    const chain = this.chain(task);
    const wireSchema = toWireSchema(prompt.schema, prompt.schemaName);
    const failures: AttemptFailure[] = [];
    let last: LlmError | undefined;
    let calls = 0;
    for (const [index, ref] of chain.entries()) {
      abortedBefore(prompt.signal, ref);
      const next = chain[index + 1];
      const refused = this.refusedKeys.get(ref.provider);
      if (refused !== undefined) {
        last = refused;
        failures.push(failureOf(ref, refused));
        continue;
      }
      const cacheKey =
        call.cache === undefined ? undefined : this.cacheKey(call.cache, ref, prompt, wireSchema);
      if (call.cache !== undefined && cacheKey !== undefined) {
        const hit = await this.fromCache(call.cache.store, cacheKey, ref, prompt);
        if (hit !== undefined) return { ...hit, calls };
      }
      const inputTokens = estimateInputTokens(ref.provider, {
        system: prompt.system,
        prompt: prompt.prompt,
        wireSchema,
      });
      for (let attempt = 0; attempt < this.policy.maxAttempts; attempt++) {
        abortedBefore(prompt.signal, ref);
        let reservation: Reservation | undefined;
        if (call.budget !== undefined) {
          const reserved = call.budget.tryReserve({
            model: ref,
            inputTokens,
            maxOutputTokens: prompt.maxOutputTokens,
            task,
            ...(call.file === undefined ? {} : { file: call.file }),
            ...(call.priority === undefined ? {} : { priority: call.priority }),
          });
          if (!reserved.ok) {
            last = new LlmError("budget", `${formatModelRef(ref)} not called: ${reserved.reason}`, ref);
            break;
          }
          reservation = reserved.reservation;
          // A timed-out call is charged its reservation and its retry needs a new one: keep that much free.
          const left = this.policy.maxAttempts - 1 - attempt;
          hold?.set(left * reservation.tokens, left * reservation.cents);
        }
        calls++;
        const startedAt = this.clock.now();
        try {
          const response = await this.attempt(ref, prompt, () => {
            const stop = reservation === undefined ? undefined : call.budget?.maySend(reservation);
            if (stop !== undefined)
              throw new LlmError("budget", `${formatModelRef(ref)} not called: ${stop}`, ref);
          });
          const cents = this.charge(call.budget, reservation, ref, response.usage);
          this.options.onEvent?.({
            kind: "call",
            model: ref,
            usage: response.usage,
            costCents: cents,
            durationMs: this.clock.now() - startedAt,
          });
          if (call.cache !== undefined && cacheKey !== undefined) {
            const { alsoFor } = call.cache;
            const keys = [cacheKey];
            if (alsoFor !== undefined)
              keys.push(this.cacheKey(call.cache, ref, { ...prompt, prompt: alsoFor }, wireSchema));
            for (const key of keys) {
              await call.cache.store.set(key, response.object).catch((error: unknown) => {
                this.options.onEvent?.({ kind: "cache-error", model: ref, reason: String(error) });
              });
            }
          }
          return { ...response, cached: false, calls, costCents: cents };
        } catch (caught) {
          // However it surfaced (semaphore queue, SDK, socket), a cancelled caller is not retried.
          const error =
            prompt.signal?.aborted === true
              ? new LlmError("aborted", `${formatModelRef(ref)}: the request was aborted`, ref)
              : caught instanceof LlmError
                ? caught
                : new LlmError("server", String(caught), ref);
          if (error instanceof LlmOutputError) {
            // The model answered and was paid for; repairing is the caller's move.
            this.charge(call.budget, reservation, ref, error.usage);
            throw error;
          }
          settleFailure(call.budget, reservation, error);
          if (error.kind === "aborted") throw error;
          if (error.kind === "budget") {
            // Spent while this call waited for a slot: the cap holds, no other model is tried.
            failures.push(failureOf(ref, error));
            throw finalError(task, failures, error);
          }
          last = error;
          if (error.kind === "auth") this.refusedKeys.set(ref.provider, error);
          if (!error.retryable) break;
          const wait = this.delayFor(error, attempt);
          if (wait === undefined || attempt + 1 >= this.policy.maxAttempts) break;
          const delay = wait.ms;
          this.options.onEvent?.({
            kind: "retry",
            model: ref,
            attempt: attempt + 1,
            delayMs: delay,
            reason: error.message,
          });
          // A pause the provider asked for is waited at its gate (next attempt), with every other review's calls.
          if (!wait.atGate)
            await this.clock.sleep(delay, prompt.signal).catch(() => {
              throw new LlmError("aborted", `${formatModelRef(ref)}: aborted while waiting to retry`, ref);
            });
        }
      }
      // This model's attempts are over: the next model's first reservation sets what its retries hold.
      hold?.set(0, 0);
      if (last !== undefined) failures.push(failureOf(ref, last));
      if (next !== undefined && last !== undefined) {
        this.options.onEvent?.({ kind: "fallback", from: ref, to: next, reason: last.message });
      }
    }
    throw finalError(task, failures, last);
  }

  private cacheKey<T>(
    cache: NonNullable<CallOptions["cache"]>,
    ref: ModelRef,
    prompt: LlmPrompt<T>,
    wireSchema: unknown,
  ): string {
    return llmCacheKey({
      agent: cache.agent,
      promptVersion: cache.promptVersion,
      model: ref,
      system: prompt.system,
      prompt: prompt.prompt,
      wireSchema,
      maxOutputTokens: prompt.maxOutputTokens,
      temperature: prompt.temperature,
    });
  }

  /** A stored answer that still passes the schema; anything else is a miss. */
  private async fromCache<T>(
    store: LlmCache,
    key: string,
    ref: ModelRef,
    prompt: LlmPrompt<T>,
  ): Promise<Omit<RoutedResponse<T>, "calls"> | undefined> {
    let stored: unknown;
    try {
      stored = await store.get(key);
    } catch (error) {
      this.options.onEvent?.({ kind: "cache-error", model: ref, reason: String(error) });
      return undefined;
    }
    const hit = prompt.schema.safeParse(stored);
    if (!hit.success) return undefined;
    this.options.onEvent?.({ kind: "cache-hit", model: ref });
    return {
      object: hit.data,
      usage: { inputTokens: 0, outputTokens: 0 },
      model: ref.model,
      provider: ref.provider,
      rawText: JSON.stringify(hit.data),
      cached: true,
      costCents: 0,
    };
  }

  /** `beforeSend` runs once a slot is held, just before the request leaves; it may refuse by throwing. */
  private async attempt<T>(
    ref: ModelRef,
    prompt: LlmPrompt<T>,
    beforeSend: () => void,
  ): Promise<LlmResponse<T>> {
    const provider = this.options.providers[ref.provider];
    if (provider === undefined) throw new LlmError("config", `${ref.provider} is not configured`, ref);
    await this.gates.waitForPause(ref.provider, this.clock, prompt.signal).catch(() => {
      throw new LlmError("aborted", `${formatModelRef(ref)}: aborted while waiting to retry`, ref);
    });
    const release = await this.gates.slots(ref.provider).acquire(prompt.signal);
    try {
      beforeSend();
    } catch (error) {
      release();
      throw error;
    }
    const timeout = this.clock.timeout(this.timeoutMs);
    const signal = prompt.signal === undefined ? timeout : AbortSignal.any([prompt.signal, timeout]);
    try {
      return await provider.generate({ ...prompt, model: ref.model, signal });
    } catch (error) {
      if (prompt.signal?.aborted !== true && timeout.aborted) {
        throw new LlmError(
          "timeout",
          `${formatModelRef(ref)} did not answer within ${this.timeoutMs} ms`,
          ref,
        );
      }
      throw error;
    } finally {
      release();
    }
  }

  /**
   * How long to wait before the next attempt. Undefined: do not wait, go to
   * the next model (the provider asked for too long a pause). `atGate`: a
   * rate limit's Retry-After, set on the provider's gate, which every
   * review's next call to it waits out.
   */
  private delayFor(error: LlmError, attempt: number): { ms: number; atGate: boolean } | undefined {
    const asked = parseRetryAfter(error.retryAfter, this.clock.now());
    if (asked === undefined)
      return { ms: backoffDelay(this.policy, attempt, () => this.clock.random()), atGate: false };
    if (asked > this.policy.maxRetryAfterMs) return undefined;
    if (error.kind === "rate-limit" && error.provider !== undefined) {
      this.gates.pause(error.provider, this.clock.now() + asked);
      return { ms: asked, atGate: true };
    }
    return { ms: asked, atGate: false };
  }

  private charge(
    budget: Budget | undefined,
    reservation: Reservation | undefined,
    ref: ModelRef,
    usage: TokenUsage,
  ): number | undefined {
    if (budget !== undefined && reservation !== undefined) return budget.settle(reservation, usage);
    const price = priceOf(this.prices, ref);
    return price === undefined ? undefined : costCents(price, usage);
  }
}

/** A cancelled caller starts nothing more: no cache read, no reservation, no call, no fallback. */
function abortedBefore(signal: AbortSignal | undefined, ref: ModelRef): void {
  if (signal?.aborted === true) {
    throw new LlmError("aborted", `${formatModelRef(ref)}: the request was aborted`, ref);
  }
}
