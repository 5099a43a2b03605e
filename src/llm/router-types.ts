import type { ProviderGates } from "./provider-gates.js";
import type { Budget } from "./budget.js";
import type { LlmCache } from "./cache.js";
import type { RouterClock } from "./clock.js";
import type { ModelTable } from "./models.js";
import type { Priority } from "./priority.js";
import type { PriceTable } from "./pricing.js";
import type { RetryPolicy } from "./retry.js";
import type { LlmProvider, LlmResponse, ModelRef, ProviderId, TokenUsage } from "./types.js";

export type RouterEvent =
  | {
      readonly kind: "retry";
      readonly model: ModelRef;
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: string;
    }
  | { readonly kind: "fallback"; readonly from: ModelRef; readonly to: ModelRef; readonly reason: string }
  | { readonly kind: "cache-hit"; readonly model: ModelRef }
  /** The cache failed; the call went on without it. */
  | { readonly kind: "cache-error"; readonly model: ModelRef; readonly reason: string }
  | {
      readonly kind: "call";
      readonly model: ModelRef;
      readonly usage: TokenUsage;
      readonly costCents: number | undefined;
      /** The answered attempt's wall time, from the router's clock (a span's length). */
      readonly durationMs: number;
    };

export interface RouterOptions {
  /** The configured providers; tasks only route to these. */
  readonly providers: Readonly<Partial<Record<ProviderId, LlmProvider>>>;
  readonly models?: ModelTable;
  /** A model every task tries first (`llm.provider: openai:gpt-4.1`). */
  readonly pinned?: ModelRef;
  readonly prices?: PriceTable;
  readonly retry?: Partial<RetryPolicy>;
  /** Per attempt. Default 120 s. */
  readonly timeoutMs?: number;
  /** Calls in flight per provider. Default 4. Ignored when `gates` is given. */
  readonly concurrency?: number | Readonly<Partial<Record<ProviderId, number>>>;
  /** The process's per-provider slots and rate-limit pauses, shared by every review's router. */
  readonly gates?: ProviderGates;
  readonly clock?: RouterClock;
  /** Retries, fallbacks, cache hits and calls, for logs and metrics. Never carries keys. */
  readonly onEvent?: (event: RouterEvent) => void;
}

export interface CallOptions {
  readonly budget?: Budget;
  /** The file the call is about: the budget's per-file cap applies. */
  readonly file?: string;
  /**
   * Where the call stands in the review's order. While it may still retry,
   * it holds budget for those attempts that calls ranked after it cannot reserve.
   */
  readonly priority?: Priority;
  readonly cache?: {
    readonly store: LlmCache;
    readonly agent: string;
    readonly promptVersion: string;
    /**
     * Another prompt text this call answers (the first prompt of a repair
     * request): the answer is stored under it too, so asking that again is a hit.
     */
    readonly alsoFor?: string;
  };
}

export interface RoutedResponse<T> extends LlmResponse<T> {
  readonly cached: boolean;
  /** Provider calls made, retries included. */
  readonly calls: number;
  /** Undefined when no price is known (and no budget demanded one). */
  readonly costCents: number | undefined;
}
