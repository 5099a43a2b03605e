import type { Environment } from "../app/app-deps.js";
import type { Consumer, JobQueue } from "../core/queue.js";
import { observedJobs } from "../platform/job-telemetry.js";
import type { Telemetry } from "../platform/telemetry.js";
import { BullJobQueue } from "../queue/bullmq-queue.js";
import { DEFAULT_DELIVERY, type DeliveryOptions } from "../queue/delivery.js";
import { RedisProgressBus } from "../queue/redis-progress-bus.js";
import { StoreJobQueue } from "../queue/store-queue.js";
import { openStorePool } from "../storage/open-store.js";
import type { KyselyStorePool } from "../storage/store-pool.js";
import { RulesPool } from "../workers/rules-pool.js";
import { reviewJobHandler } from "../app/review-job.js";

export interface WorkerSettings {
  /** The store: a SQLite file or a postgres:// URL (the jobs table and the reviews live there). */
  readonly db: string;
  /** A redis:// URL for the BullMQ queue; without it the store's own table is the queue. */
  readonly queue?: string;
  readonly concurrency: number;
  /** Delivery settings over the defaults (lease, time limit, attempts). */
  readonly delivery?: Partial<Omit<DeliveryOptions, "log">>;
  readonly env: Environment;
  readonly version: string;
  readonly log: (message: string) => void;
  /** Metrics, spans and JSON logs (docs/server.md, "Observability"); none when absent. */
  readonly telemetry?: Telemetry;
}

export interface RunningWorker {
  readonly store: KyselyStorePool;
  readonly queue: JobQueue;
  /** Stops taking jobs, lets running ones finish or hands them back within the deadline, and closes everything. */
  stop(deadlineMs: number): Promise<void>;
}

/**
 * One worker process's parts, built once (docs/server.md, "Queue and
 * workers"): one store pool, one rules pool, one queue consumer running
 * `concurrency` reviews at a time.
 */
export async function startWorker(settings: WorkerSettings): Promise<RunningWorker> {
  const store = await openStorePool(settings.db);
  const rulesPool = new RulesPool();
  const delivery = { ...settings.delivery, log: settings.log };
  const queue: JobQueue =
    settings.queue === undefined
      ? new StoreJobQueue(store.jobs, delivery)
      : new BullJobQueue(store.jobs, { url: settings.queue, ...delivery });
  const telemetry = settings.telemetry;
  telemetry?.metrics.countJobsWith(() => store.jobs.countByState());
  // With Redis, progress goes to every API process; the store's own queue has no bus to share.
  const progress =
    settings.queue === undefined
      ? undefined
      : new RedisProgressBus({ url: settings.queue, log: settings.log });
  const handler = reviewJobHandler({
    shared: { rulesPool },
    store,
    env: settings.env,
    version: settings.version,
    log: settings.log,
    ...(telemetry === undefined ? {} : { observer: telemetry.observer }),
    ...(progress === undefined ? {} : { progress }),
    maxAttempts: settings.delivery?.maxAttempts ?? DEFAULT_DELIVERY.maxAttempts,
  });
  const consumer: Consumer = queue.consume(
    telemetry === undefined ? handler : observedJobs(handler, telemetry.metrics, telemetry.logger),
    { concurrency: settings.concurrency },
  );
  return {
    store,
    queue,
    stop: async (deadlineMs) => {
      await consumer.stop(deadlineMs);
      await queue.close();
      await rulesPool.close();
      await store.close();
      await telemetry?.tracing.shutdown();
      await progress?.close();
    },
  };
}
