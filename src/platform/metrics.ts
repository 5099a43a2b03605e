import { Counter, Gauge, Histogram, Registry } from "prom-client";

/** Seconds, from a quick rules-only review to a long LLM one. */
const REVIEW_BUCKETS = [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];
const AGENT_BUCKETS = [0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
const HTTP_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** Jobs in the queue's store, read when metrics are scraped (the jobs table is the truth). */
export type JobCounts = () => Promise<Readonly<Record<string, number>>>;

/**
 * One process's Prometheus metrics (docs/server.md, "Observability"), in a
 * registry of its own rather than prom-client's global one, so every
 * process part and every test counts apart. The names of the review metrics
 * are the ones operators' dashboards expect.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly reviewDuration: Histogram<"outcome">;
  readonly findings: Counter<"severity">;
  readonly llmTokens: Counter<"provider" | "model" | "direction">;
  readonly llmCost: Counter<"provider" | "model">;
  readonly activeReviews: Gauge;
  readonly agentDuration: Histogram<"agent" | "status">;
  readonly httpRequests: Counter<"route" | "method" | "status">;
  readonly httpDuration: Histogram<"route" | "method">;
  readonly jobsHandled: Counter<"outcome">;
  private jobCounts: JobCounts | undefined;

  constructor() {
    const registers = [this.registry];
    this.reviewDuration = new Histogram({
      name: "codeguardian_review_duration_seconds",
      help: "Wall time of a review run by this process, by how it ended.",
      labelNames: ["outcome"],
      buckets: REVIEW_BUCKETS,
      registers,
    });
    this.findings = new Counter({
      name: "codeguardian_findings_total",
      help: "Findings in the reviews this process ran, by severity.",
      labelNames: ["severity"],
      registers,
    });
    this.llmTokens = new Counter({
      name: "codeguardian_llm_tokens_total",
      help: "Tokens of answered model calls, by provider, model and direction (input or output).",
      labelNames: ["provider", "model", "direction"],
      registers,
    });
    this.llmCost = new Counter({
      name: "codeguardian_llm_cost_cents_total",
      help: "Cost of answered model calls in US cents, for models with a known price.",
      labelNames: ["provider", "model"],
      registers,
    });
    this.activeReviews = new Gauge({
      name: "codeguardian_active_reviews",
      help: "Reviews running in this process now.",
      registers,
    });
    this.agentDuration = new Histogram({
      name: "codeguardian_agent_duration_seconds",
      help: "Wall time of each analyser of a review (rules, external tools, LLM agents), by its id and how it ended.",
      labelNames: ["agent", "status"],
      buckets: AGENT_BUCKETS,
      registers,
    });
    this.httpRequests = new Counter({
      name: "codeguardian_http_requests_total",
      help: "HTTP requests answered, by route pattern, method and status.",
      labelNames: ["route", "method", "status"],
      registers,
    });
    this.httpDuration = new Histogram({
      name: "codeguardian_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by route pattern and method.",
      labelNames: ["route", "method"],
      buckets: HTTP_BUCKETS,
      registers,
    });
    this.jobsHandled = new Counter({
      name: "codeguardian_queue_jobs_handled_total",
      help: "Queue jobs this process's worker ran, by outcome (done, failed, retry, aborted).",
      labelNames: ["outcome"],
      registers,
    });
    // Read from the store at scrape time, so every worker's jobs count, not only this process's.
    const readJobCounts = () => this.readJobCounts();
    new Gauge({
      name: "codeguardian_queue_jobs",
      help: "Jobs in the store's jobs table, by state, when scraped.",
      labelNames: ["state"],
      registers,
      async collect() {
        for (const [state, count] of Object.entries(await readJobCounts())) this.set({ state }, count);
      },
    });
    new Gauge({
      name: "codeguardian_queue_depth",
      help: "Jobs waiting to run (queued), when scraped.",
      registers,
      async collect() {
        this.set((await readJobCounts()).queued ?? 0);
      },
    });
  }

  /** Where the queue gauges read from; without it they stay at zero. */
  countJobsWith(counts: JobCounts): void {
    this.jobCounts = counts;
  }

  /** The Prometheus text exposition of every metric. */
  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async readJobCounts(): Promise<Readonly<Record<string, number>>> {
    if (this.jobCounts === undefined) return {};
    // A store that does not answer leaves the gauges as they were; readiness reports the store.
    return this.jobCounts().catch(() => ({}));
  }
}
