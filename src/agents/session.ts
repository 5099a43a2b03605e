import { DEFAULT_PRICES } from "../llm/index.js";
import type { Budget, LlmCache, LlmRouter, PriceTable } from "../llm/index.js";
import { FileAllowance } from "./file-allowance.js";

export interface AgentSessionOptions {
  readonly router: LlmRouter;
  /** One review's spending: every agent shares it. */
  readonly budget: Budget;
  /** Answers by (agent, prompt version, model, what was sent); undefined with --no-cache. */
  readonly cache?: LlmCache;
  /** Calls one agent keeps in flight; the router also limits per provider. Default 4. */
  readonly concurrency?: number;
  /** The router's price table, to cost answers that failed validation. Default: list prices. */
  readonly prices?: PriceTable;
}

/** What the agents of one review share: router, budgets, cache. Create one per review. */
export class AgentSession {
  readonly router: LlmRouter;
  readonly budget: Budget;
  readonly cache: LlmCache | undefined;
  readonly files: FileAllowance;
  readonly concurrency: number;
  readonly prices: PriceTable;

  constructor(options: AgentSessionOptions) {
    this.router = options.router;
    this.budget = options.budget;
    this.cache = options.cache;
    this.files = new FileAllowance(options.budget.limits.maxTokensPerFile);
    this.concurrency = options.concurrency ?? 4;
    this.prices = options.prices ?? DEFAULT_PRICES;
  }
}
