import { randomUUID } from "node:crypto";
import { Queue, Worker, type Job } from "bullmq";
import type { ConsumeOptions, Consumer, JobHandler, JobQueue, ReviewJobData } from "../core/queue.js";
import type { JobRecord, JobTable } from "../storage/job-table.js";
import { Deliveries } from "./deliveries.js";
import { DEFAULT_DELIVERY, limitsOf, startDelivery, type DeliveryOptions } from "./delivery.js";
import { redisJobId, Sweeper } from "./sweeper.js";

export interface BullQueueOptions extends Partial<DeliveryOptions> {
  /** `redis://host:port[/db]`. */
  readonly url: string;
  /** Namespaces every Redis key of this queue (tests use one per run). */
  readonly prefix?: string;
  /** How often a consumer re-queues jobs Redis lost or whose worker died. */
  readonly sweepMs?: number;
}

/** The Redis message carries only the id: the request lives in the store, so nothing is lost with Redis. */
interface Message {
  readonly reviewId: string;
}

const QUEUE_NAME = "reviews";
/** BullMQ runs lower numbers first; 0 would mean "no priority" and go before both. */
const BULL_PRIORITY = { "pull-request": 1, full: 2 } as const;

/**
 * The scale-out queue (docs/server.md, "Queue and workers"): BullMQ on Redis
 * delivers, the store decides. Each job is recorded in the store before it
 * is queued; a delivery first claims the job's lease in the store, so a
 * duplicate or stale delivery is dropped; and a sweeper in every consumer
 * re-queues what Redis no longer holds (it may run without persistence).
 */
export class BullJobQueue implements JobQueue {
  private readonly options: DeliveryOptions;
  private readonly queue: Queue<Message>;
  private readonly consumers = new Set<{
    readonly deliveries: Deliveries;
    stop(ms: number): Promise<void>;
  }>();

  constructor(
    private readonly table: JobTable,
    private readonly settings: BullQueueOptions,
  ) {
    const { url: _url, prefix: _prefix, sweepMs: _sweepMs, ...delivery } = settings;
    this.options = { ...DEFAULT_DELIVERY, log: () => undefined, ...delivery };
    this.queue = new Queue<Message>(QUEUE_NAME, this.bullOptions(false));
    // A Redis outage is the sweeper's business, not a crash.
    this.queue.on("error", (error) => this.options.log(`redis queue: ${error.message}`));
  }

  async enqueue(job: ReviewJobData): Promise<void> {
    await this.table.record(job);
    const record = await this.table.get(job.reviewId);
    if (record?.state !== "queued") return;
    await this.send(record, 0).catch((error: unknown) =>
      // Recorded already: the sweeper queues it when Redis answers again.
      this.options.log(`could not queue job ${job.reviewId} in redis: ${String(error)}`),
    );
  }

  /** Queues the job's next delivery in Redis; a second send of the same delivery is ignored by id. */
  async send(record: JobRecord, delayMs: number): Promise<void> {
    await this.queue.add(
      "review",
      { reviewId: record.reviewId },
      {
        jobId: redisJobId(record),
        priority: BULL_PRIORITY[record.priority],
        ...(delayMs > 0 ? { delay: delayMs } : {}),
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }

  /** Whether Redis holds the job's next delivery (waiting, delayed or running). */
  async holds(record: JobRecord): Promise<boolean> {
    return (await this.queue.getJob(redisJobId(record))) !== undefined;
  }

  consume(handler: JobHandler, options: ConsumeOptions): Consumer {
    const deliveries = new Deliveries();
    const sweeper = new Sweeper(this.table, this, this.settings.sweepMs ?? 5_000, this.options.log);
    const worker = new Worker<Message>(QUEUE_NAME, (job) => this.process(job, handler, deliveries), {
      ...this.bullOptions(true),
      concurrency: options.concurrency,
    });
    worker.on("error", (error) => this.options.log(`redis worker: ${error.message}`));
    sweeper.start();
    const consumer = {
      deliveries,
      stop: async (deadlineMs: number): Promise<void> => {
        sweeper.stop();
        // Take no more jobs; the running ones finish or go back within the deadline.
        const closing = worker.close();
        await deliveries.stopAll(this.table, deadlineMs);
        // Every claimed job has finished or gone back; what BullMQ still waits on is not ours.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([closing, new Promise((resolve) => (timer = setTimeout(resolve, deadlineMs)))]);
        clearTimeout(timer);
        this.consumers.delete(consumer);
      },
    };
    this.consumers.add(consumer);
    return consumer;
  }

  async cancel(reviewId: string): Promise<boolean> {
    const cancelled = await this.table.cancel(reviewId);
    if (!cancelled) return false;
    for (const consumer of this.consumers) consumer.deliveries.cancel(reviewId);
    return true;
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.stop(0)));
    await this.queue.close();
  }

  private async process(job: Job<Message>, handler: JobHandler, deliveries: Deliveries): Promise<void> {
    const owner = randomUUID();
    // Not deliverable (final, cancelled, or running on a live lease elsewhere): this delivery is a
    // duplicate. Its organisation at its limit: dropped too, and the sweeper sends it again later.
    const record = await this.table.claim(
      job.data.reviewId,
      owner,
      this.options.leaseMs,
      limitsOf(this.options),
    );
    if (record === undefined) return;
    const delivery = startDelivery(this.table, record, owner, handler, this.options);
    deliveries.add(delivery, () => undefined);
    const outcome = await delivery.finished;
    if (outcome.kind === "retry") {
      const retried = await this.table.get(record.reviewId);
      if (retried?.state === "queued") {
        await this.send(retried, Math.max(0, outcome.notBefore.getTime() - Date.now())).catch(
          (error: unknown) =>
            this.options.log(`could not queue the retry of ${record.reviewId}: ${String(error)}`),
        );
      }
    }
  }

  private bullOptions(worker: boolean) {
    return {
      // Workers block on Redis and must wait through an outage rather than fail commands.
      connection: { url: this.settings.url, maxRetriesPerRequest: worker ? null : 1 },
      ...(this.settings.prefix === undefined ? {} : { prefix: this.settings.prefix }),
    };
  }
}
