import { randomUUID } from "node:crypto";
import type { ConsumeOptions, Consumer, JobHandler, JobQueue, ReviewJobData } from "../core/queue.js";
import type { JobTable } from "../storage/job-table.js";
import { Deliveries } from "./deliveries.js";
import { DEFAULT_DELIVERY, limitsOf, startDelivery, type DeliveryOptions } from "./delivery.js";

export interface StoreQueueOptions extends Partial<DeliveryOptions> {
  /** How often an idle consumer looks for work another process queued (its own enqueues wake it at once). */
  readonly pollMs?: number;
}

/**
 * The embedded queue: the store's `jobs` table is the queue. Work queued
 * before a restart is still there after it, and a job whose worker died is
 * claimed again once its lease lapses (docs/server.md, "Queue and workers").
 * Several processes may consume one database; claims are conditional
 * updates, so each delivery has one holder.
 */
export class StoreJobQueue implements JobQueue {
  private readonly options: DeliveryOptions;
  private readonly pollMs: number;
  private readonly consumers = new Set<StoreConsumer>();

  constructor(
    private readonly table: JobTable,
    options: StoreQueueOptions = {},
  ) {
    const { pollMs, ...delivery } = options;
    this.options = { ...DEFAULT_DELIVERY, log: () => undefined, ...delivery };
    this.pollMs = pollMs ?? 500;
  }

  async enqueue(job: ReviewJobData): Promise<void> {
    await this.table.record(job);
    for (const consumer of this.consumers) consumer.wake();
  }

  consume(handler: JobHandler, options: ConsumeOptions): Consumer {
    const consumer = new StoreConsumer(this.table, handler, options.concurrency, this.options, this.pollMs);
    this.consumers.add(consumer);
    consumer.start();
    return {
      stop: async (deadlineMs) => {
        await consumer.stop(deadlineMs);
        this.consumers.delete(consumer);
      },
    };
  }

  async cancel(reviewId: string): Promise<boolean> {
    const cancelled = await this.table.cancel(reviewId);
    if (cancelled) for (const consumer of this.consumers) consumer.deliveries.cancel(reviewId);
    return cancelled;
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.stop(0)));
    this.consumers.clear();
  }
}

class StoreConsumer {
  readonly deliveries = new Deliveries();
  private stopping = false;
  private wakeUp: (() => void) | undefined;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private readonly table: JobTable,
    private readonly handler: JobHandler,
    private readonly concurrency: number,
    private readonly options: DeliveryOptions,
    private readonly pollMs: number,
  ) {}

  start(): void {
    this.loop = this.run();
  }

  wake(): void {
    this.wakeUp?.();
  }

  async stop(deadlineMs: number): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    await this.deliveries.stopAll(this.table, deadlineMs);
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      if (this.deliveries.size < this.concurrency && (await this.claimOne())) continue;
      await this.idle();
    }
  }

  /** Claims and starts one job; false when there was none (or the store did not answer). */
  private async claimOne(): Promise<boolean> {
    const owner = randomUUID();
    try {
      const record = await this.table.claimNext(owner, this.options.leaseMs, limitsOf(this.options));
      if (record === undefined) return false;
      if (this.stopping) {
        await this.table.handBack(record.reviewId, owner);
        return false;
      }
      this.deliveries.add(startDelivery(this.table, record, owner, this.handler, this.options), () =>
        this.wake(),
      );
      return true;
    } catch (error) {
      this.options.log(`could not claim a job: ${String(error)}`);
      return false;
    }
  }

  /** Until a job is queued here, a slot frees up, or the poll interval passes. */
  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.pollMs);
      this.wakeUp = done;
    });
  }
}
