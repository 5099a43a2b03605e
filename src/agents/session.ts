import { DEFAULT_PRICES } from "../llm/index.js";
import type { Budget, LlmCache, LlmRouter, PriceTable } from "../llm/index.js";
import type { LlmModelSpend } from "../core/analyser.js";
import { MAX_BATCH_FILES } from "./batch.js";
import type { AgentModule } from "./types.js";
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
  /** Small whole files one call may show (batch.ts); 1 sends every file alone. Default MAX_BATCH_FILES (8). */
  readonly batchFiles?: number;
}

/** What the agents of one review share: router, budgets, cache, the queue of calls. Create one per review. */
export class AgentSession {
  readonly router: LlmRouter;
  readonly budget: Budget;
  readonly cache: LlmCache | undefined;
  readonly concurrency: number;
  readonly prices: PriceTable;
  readonly batchFiles: number;
  /** Every agent's calls, in order of risk (work-queue.ts). */
  readonly queue: WorkQueue;
  /** The agents of this review, in the order they were created: those with a part may share calls. */
  readonly agents: AgentModule<unknown>[] = [];
  private readonly started = new Map<string, Promise<unknown>>();

  constructor(options: AgentSessionOptions) {
    this.router = options.router;
    this.budget = options.budget;
    this.cache = options.cache;
    this.concurrency = options.concurrency ?? 4;
    this.prices = options.prices ?? DEFAULT_PRICES;
    this.batchFiles = options.batchFiles ?? MAX_BATCH_FILES;
    this.queue = new WorkQueue(this.concurrency);
  }

  /** Adds an agent of this review (agent-analyser.ts). */
  enlist(agent: AgentModule<unknown>): void {
    if (!this.agents.includes(agent)) this.agents.push(agent);
  }

  /** The work started under `key`: the first caller starts it, every later caller shares its result. */
  once<T>(key: string, start: () => Promise<T>): Promise<T> {
    let work = this.started.get(key);
    if (work === undefined) {
      work = start();
      this.started.set(key, work);
    }
    return work as Promise<T>;
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
