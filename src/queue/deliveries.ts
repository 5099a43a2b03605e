import { JobStopped } from "../core/queue.js";
import type { JobTable } from "../storage/job-table.js";
import type { RunningDelivery } from "./delivery.js";

/**
 * The jobs one consumer is running: how many (for its concurrency), which
 * (so a cancel made in this process stops the handler at once, without
 * waiting for the next lease renewal), and how to stop them all.
 */
export class Deliveries {
  private readonly running = new Set<RunningDelivery>();

  get size(): number {
    return this.running.size;
  }

  add(delivery: RunningDelivery, onDone: () => void): void {
    this.running.add(delivery);
    void delivery.finished.finally(() => {
      this.running.delete(delivery);
      onDone();
    });
  }

  cancel(reviewId: string): void {
    for (const delivery of this.running) {
      if (delivery.record.reviewId === reviewId && !delivery.controller.signal.aborted) {
        delivery.controller.abort(new JobStopped("cancelled"));
      }
    }
  }

  /**
   * Lets running jobs finish within the deadline; then aborts them (their
   * handlers see `shutdown`) and hands each back to the queue, even one whose
   * handler ignores its signal, so another worker can take it.
   */
  async stopAll(table: JobTable, deadlineMs: number): Promise<void> {
    const all = [...this.running];
    if (await settledWithin(all, deadlineMs)) return;
    const left = [...this.running];
    for (const delivery of left) delivery.controller.abort(new JobStopped("shutdown"));
    await Promise.all(left.map((d) => table.handBack(d.record.reviewId, d.owner).catch(() => false)));
    // Handlers that honour their signal return promptly; give them the same time again, no more.
    await settledWithin(left, deadlineMs);
  }
}

function settledWithin(deliveries: readonly RunningDelivery[], ms: number): Promise<boolean> {
  if (deliveries.length === 0) return Promise.resolve(true);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const all = Promise.allSettled(deliveries.map((d) => d.finished)).then(() => true);
  return Promise.race([all, deadline]).finally(() => clearTimeout(timer));
}
