import type { JobRecord, JobTable } from "../storage/job-table.js";

/** What the sweeper needs of the Redis queue. */
export interface Redeliverer {
  holds(record: JobRecord): Promise<boolean>;
  send(record: JobRecord, delayMs: number): Promise<void>;
}

/**
 * The id of a job's next delivery in Redis: one per attempt, so a retry can
 * be queued while the failed delivery is still finishing, and a delivery
 * already queued is not queued twice. (BullMQ refuses ":" in ids.)
 */
export function redisJobId(record: Pick<JobRecord, "reviewId" | "attempts">): string {
  return `${record.reviewId}-${record.attempts}`;
}

/**
 * Re-queues what the store says should be running and Redis does not hold:
 * jobs lost when Redis restarted without persistence, jobs queued while it
 * was down, and jobs whose worker died (lease lapsed). Safe to run in every
 * worker at once: a duplicate send is ignored by id, a duplicate delivery
 * loses the claim.
 */
export class Sweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly table: JobTable,
    private readonly queue: Redeliverer,
    private readonly everyMs: number,
    private readonly log: (message: string) => void,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((error: unknown) => {
          this.log(`sweep failed: ${String(error)}`);
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One pass; returns how many jobs it re-queued. */
  async sweep(): Promise<number> {
    let sent = 0;
    for (const record of await this.table.deliverable(200)) {
      if (await this.queue.holds(record)) continue;
      await this.queue.send(record, 0);
      sent += 1;
    }
    return sent;
  }
}
