import type { Tracer } from "@opentelemetry/api";
import type { OperatorStore } from "../core/operator-key.js";
import type { JobQueue } from "../core/queue.js";
import type { Logger } from "../platform/logger.js";
import type { ServiceMetrics } from "../platform/metrics.js";
import type { ProgressBus } from "../core/progress-bus.js";
import type { StreamTickets } from "../core/stream-ticket.js";
import type { ServiceStore } from "../core/service-store.js";
import type { StorePool } from "../core/store.js";
import type { JwtSettings } from "./auth/jwt.js";
import type { RateLimitStore } from "./rate-limits.js";
import type { RepositoryPolicy } from "./repository-policy.js";

/**
 * Everything the HTTP service is built from (docs/server.md): the process's
 * one store pool and queue, and the operator's settings, already read and
 * validated by whoever starts it. buildServer reads no environment and
 * opens nothing itself, so a test builds it on real parts it made.
 */
export interface ServerDeps {
  readonly store: StorePool & {
    readonly service: ServiceStore;
    readonly operators: OperatorStore;
    readonly tickets: StreamTickets;
  };
  readonly queue: JobQueue;
  /**
   * Where reviews' live progress is followed (docs/server.md, "Live
   * progress"): the Redis bus when scaled out; absent, a bus in this process,
   * which sees only the reviews this process runs.
   */
  readonly progress?: ProgressBus;
  /** How often a progress stream re-reads the store, for a review whose runner publishes nothing. */
  readonly streamPollMs?: number;
  readonly jwt?: JwtSettings;
  readonly repositories: RepositoryPolicy;
  readonly limits: ServerLimits;
  /** Origins allowed to call the API from a browser; none by default (CORS closed). */
  readonly corsOrigins: readonly string[];
  readonly version: string;
  /** A new review id; a random UUID unless a test needs a known one. */
  readonly newId?: () => string;
  /** Rate limit counts in Redis, shared by every API process; in this process's memory when absent. */
  readonly rateLimitStore?: RateLimitStore;
  /** pino JSON logs (credentials redacted); off unless the starter turns them on. */
  readonly logger?: boolean;
  /** The process's JSON logger (src/platform/logger.ts); takes the place of `logger`. */
  readonly log?: Logger;
  /** The process's metrics, shown at /v1/admin/metrics; a registry of the server's own when absent. */
  readonly metrics?: ServiceMetrics;
  /** Spans per request; OpenTelemetry's no-op tracer when absent. */
  readonly tracer?: Tracer;
}

export interface ServerLimits {
  /** Largest request body accepted, in bytes; more is 413. */
  readonly bodyBytes: number;
  /** Requests one credential (or one address, before authentication) may make per window. */
  readonly requestsPerWindow: number;
  /** Requests all the credentials of one organisation may make together per window. */
  readonly organisationRequestsPerWindow: number;
  readonly windowMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  bodyBytes: 1024 * 1024,
  requestsPerWindow: 600,
  organisationRequestsPerWindow: 6000,
  windowMs: 60_000,
};
