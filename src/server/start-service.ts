import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import type { Environment } from "../app/app-deps.js";
import { reviewJobHandler } from "../app/review-job.js";
import { CodeGuardianError } from "../core/errors.js";
import type { Consumer, JobQueue } from "../core/queue.js";
import { observedJobs } from "../platform/job-telemetry.js";
import type { Telemetry } from "../platform/telemetry.js";
import type { ProgressBus } from "../core/progress-bus.js";
import { BullJobQueue } from "../queue/bullmq-queue.js";
import { DEFAULT_DELIVERY } from "../queue/delivery.js";
import { MemoryProgressBus } from "../queue/memory-progress-bus.js";
import { RedisProgressBus } from "../queue/redis-progress-bus.js";
import { StoreJobQueue } from "../queue/store-queue.js";
import { openStorePool } from "../storage/open-store.js";
import { RulesPool } from "../workers/rules-pool.js";
import { buildServer } from "./build-server.js";
import type { RepositoryPolicy } from "./repository-policy.js";
import { checkJwksFile } from "./auth/jwt.js";
import type { HttpSettings } from "./http-flags.js";
import { DEFAULT_LIMITS } from "./server-deps.js";

export interface ServiceSettings {
  /** The store: a SQLite file or a postgres:// URL, already resolved by the caller. */
  readonly db: string;
  /** A redis:// URL for BullMQ; without it the store's jobs table is the queue. */
  readonly queue?: string;
  readonly host: string;
  readonly port: number;
  /** Authentication, CORS and limits of the HTTP service (serve's flags); the defaults when absent. */
  readonly http?: HttpSettings;
  /** Reviews the in-process worker runs at once; 0 runs none (workers elsewhere take the jobs). */
  readonly concurrency: number;
  /** Reviews of one organisation running at once across every worker sharing the store (docs/server.md). */
  readonly perOrganisation?: number;
  readonly repositories: RepositoryPolicy;
  readonly env: Environment;
  readonly version: string;
  readonly log: (message: string) => void;
  /** Metrics, spans and JSON logs (docs/server.md, "Observability"); none when absent. */
  readonly telemetry?: Telemetry;
}

export interface RunningService {
  /** Where it listens, e.g. `http://127.0.0.1:8080`. */
  readonly address: string;
  readonly app: FastifyInstance;
  /**
   * Stops accepting requests, lets running reviews finish or hands them back
   * within the deadline, and closes the queue and the store.
   */
  stop(deadlineMs: number): Promise<void>;
}

/**
 * `codeguardian serve`'s parts, built once (docs/server.md, "Running"): one
 * store pool for the API and the in-process worker, one queue, one rules
 * pool, and the HTTP service listening on them.
 */
export async function startService(settings: ServiceSettings): Promise<RunningService> {
  // Before anything is opened: a broken key file is the operator's to fix, named now.
  const jwksFile = settings.http?.jwt?.jwksFile;
  if (jwksFile !== undefined) await checkJwksFile(jwksFile);
  const store = await openStorePool(settings.db);
  const delivery = {
    log: settings.log,
    ...(settings.perOrganisation === undefined ? {} : { perOrganisation: settings.perOrganisation }),
  };
  const queue: JobQueue =
    settings.queue === undefined
      ? new StoreJobQueue(store.jobs, delivery)
      : new BullJobQueue(store.jobs, { url: settings.queue, ...delivery });
  const progress: ProgressBus =
    settings.queue === undefined
      ? new MemoryProgressBus()
      : new RedisProgressBus({ url: settings.queue, log: settings.log });
  const rulesPool = new RulesPool();
  // Scaled out, every API process counts requests in the queue's Redis (docs/server.md, "Limits and headers").
  const rateRedis =
    settings.queue === undefined ? undefined : new Redis(settings.queue, { maxRetriesPerRequest: 1 });
  let consumer: Consumer | undefined;
  let app: FastifyInstance | undefined;
  const telemetry = settings.telemetry;
  telemetry?.metrics.countJobsWith(() => store.jobs.countByState());
  try {
    if (settings.concurrency > 0) {
      const handler = reviewJobHandler({
        shared: { rulesPool },
        store,
        env: settings.env,
        version: settings.version,
        log: settings.log,
        ...(telemetry === undefined ? {} : { observer: telemetry.observer }),
        progress,
        maxAttempts: DEFAULT_DELIVERY.maxAttempts,
      });
      consumer = queue.consume(
        telemetry === undefined ? handler : observedJobs(handler, telemetry.metrics, telemetry.logger),
        { concurrency: settings.concurrency },
      );
    }
    app = await buildServer({
      store,
      queue,
      progress,
      repositories: settings.repositories,
      limits: DEFAULT_LIMITS,
      corsOrigins: [],
      // serve's HTTP flags: each is already the service's setting (src/server/http-flags.ts).
      ...settings.http,
      version: settings.version,
      ...(telemetry === undefined
        ? {}
        : { log: telemetry.logger, metrics: telemetry.metrics, tracer: telemetry.tracing.tracer }),
      ...(rateRedis === undefined ? {} : { rateLimitStore: { redis: rateRedis, prefix: "codeguardian:" } }),
    });
    const address = await app.listen({ host: settings.host, port: settings.port }).catch((error: unknown) => {
      // Address in use, no permission for a low port, an unknown host: the operator's flags.
      throw new CodeGuardianError(
        "CG_USAGE",
        `Cannot listen on ${settings.host}:${settings.port}: ${error instanceof Error ? error.message : String(error)}`,
        { hint: "Choose another --host or --port.", cause: error },
      );
    });
    const listening = app;
    const working = consumer;
    return {
      address,
      app: listening,
      stop: async (deadlineMs) => {
        // New requests are refused first, so no job is queued behind the consumer's back.
        await listening.close();
        rateRedis?.disconnect();
        await working?.stop(deadlineMs);
        await closeAll(queue, rulesPool, store);
        await telemetry?.tracing.shutdown();
        await progress.close();
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    rateRedis?.disconnect();
    await consumer?.stop(0).catch(() => undefined);
    await closeAll(queue, rulesPool, store).catch(() => undefined);
    await progress.close();
    throw error;
  }
}

async function closeAll(
  queue: JobQueue,
  rulesPool: RulesPool,
  store: { close(): Promise<void> },
): Promise<void> {
  await queue.close();
  await rulesPool.close();
  await store.close();
}
