import type { Consumer, JobQueue, ReviewJobData } from "../core/queue.js";

/**
 * An array-backed JobQueue for the API tests only, until the queue adapters
 * (src/queue/) are merged: it records what the API enqueued and cancelled,
 * and runs nothing. The in-process adapter replaces it.
 */
export class ArrayQueue implements JobQueue {
  readonly jobs: ReviewJobData[] = [];
  readonly cancelled: string[] = [];

  enqueue(job: ReviewJobData): Promise<void> {
    this.jobs.push(job);
    return Promise.resolve();
  }

  consume(): Consumer {
    throw new Error("ArrayQueue runs no jobs: it only records them for API tests");
  }

  cancel(reviewId: string): Promise<boolean> {
    const known = this.jobs.some((job) => job.reviewId === reviewId) && !this.cancelled.includes(reviewId);
    if (known) this.cancelled.push(reviewId);
    return Promise.resolve(known);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
