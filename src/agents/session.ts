import { DEFAULT_PRICES } from "../llm/index.js";
import type { Budget, LlmCache, LlmRouter, PriceTable } from "../llm/index.js";
import type { LlmModelSpend } from "../core/analyser.js";
import { WorkQueue } from "./work-queue.js";

export interface AgentSessionOptions {
  readonly router: LlmRouter;
  /** One review's spending: every agent shares it. */
  readonly budget: Budget;
  /** Answers by (agent, prompt version, model, what was sent); undefined with --no-cache. */
  readonly cache?: LlmCache;
  /** Calls the review keeps in flight, all agents together; the router also limits per provider. Default 4. */
  readonly concurrency?: number;
  /** The router's price table, to cost answers that failed validation. Default: list prices. */
  readonly prices?: PriceTable;
}

/** What the agents of one review share: router, budgets, cache, the queue of calls. Create one per review. */
export class AgentSession {
  readonly router: LlmRouter;
  readonly budget: Budget;
  readonly cache: LlmCache | undefined;
  readonly concurrency: number;
  readonly prices: PriceTable;
  /** Every agent's calls, in order of risk (work-queue.ts). */
  readonly queue: WorkQueue;

  constructor(options: AgentSessionOptions) {
    this.router = options.router;
    this.budget = options.budget;
    this.cache = options.cache;
    this.concurrency = options.concurrency ?? 4;
    this.prices = options.prices ?? DEFAULT_PRICES;
    this.queue = new WorkQueue(this.concurrency);
  }

  /** What a task's calls cost so far, per `provider:model`, as the budget settled them. */
  spendOf(task: string): Record<string, LlmModelSpend> {
    const byModel = this.budget.snapshot().byTask[task] ?? {};
    return Object.fromEntries(
      Object.entries(byModel).map(([model, s]) => [
        model,
        { calls: s.calls, inputTokens: s.inputTokens, outputTokens: s.outputTokens, costCents: s.cents },
      ]),
    );
  }
}
