import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import {
  JobStopped,
  TransientJobError,
  type Consumer,
  type JobHandler,
  type JobQueue,
  type LeasedJob,
  type ReviewJobData,
} from "../core/queue.js";
import type { JobTable } from "../storage/job-table.js";
import type { DeliveryOptions } from "./delivery.js";

/** Delivery settings small enough for a test to see leases lapse and retries come due. */
export const FAST: Partial<DeliveryOptions> = {
  leaseMs: 1_500,
  heartbeatMs: 250,
  maxAttempts: 3,
  backoffMs: (attempt) => 50 * attempt,
};

export interface QueueSubject {
  /** A queue on the subject's store (and Redis), with these delivery settings over {@link FAST}. */
  readonly open: (options?: Partial<DeliveryOptions>) => Promise<{ queue: JobQueue; table: JobTable }>;
  /** Closes everything `open` made. */
  readonly closeAll: () => Promise<void>;
}

export function job(
  priority: ReviewJobData["priority"] = "full",
  request: Record<string, unknown> = {},
): ReviewJobData {
  return {
    reviewId: randomUUID(),
    organisationId: "local",
    projectId: "p-1",
    priority,
    request: { targets: ["."], ...request },
  };
}

/** A handler that records what it was given and succeeds. */
export function sync(record: (leased: LeasedJob) => unknown): JobHandler {
  return (leased) => {
    record(leased);
    return Promise.resolve();
  };
}

/** Resolves when the check holds; the test's own timeout bounds the wait. */
export async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

function gate(): { readonly wait: Promise<void>; readonly open: () => void } {
  let open = (): void => undefined;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/** Waits for the signal to abort, and throws its reason (as a handler that honours cancellation does). */
function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener("abort", () => reject(signal.reason as Error), { once: true });
  });
}

/**
 * The one contract every JobQueue adapter passes (docs/server.md, "Queue and
 * workers"). Jobs are real rows in a real store; handlers are ordinary
 * functions recording what they saw.
 */
export function jobQueueContract(name: string, subject: QueueSubject): void {
  describe(`${name}: the JobQueue contract`, () => {
    const consumers: Consumer[] = [];
    const consume = (queue: JobQueue, handler: JobHandler, concurrency = 1): Consumer => {
      const consumer = queue.consume(handler, { concurrency });
      consumers.push(consumer);
      return consumer;
    };
    afterEach(async () => {
      await Promise.all(consumers.splice(0).map((c) => c.stop(0)));
      await subject.closeAll();
    });

    it("delivers an enqueued job with its data and trace context, and records it done", async () => {
      const { queue, table } = await subject.open();
      const sent = {
        ...job("full", { cwd: "/repo", settings: { llm: "off" } }),
        trace: { traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", tracestate: "cg=1" },
      };
      const seen: LeasedJob[] = [];
      await queue.enqueue(sent);
      consume(
        queue,
        sync((leased) => seen.push(leased)),
      );
      await until(async () => (await table.get(sent.reviewId))?.state === "done");
      expect(seen).toEqual([{ ...sent, attempt: 1 }]);
    });

    it("runs pull-request jobs ahead of full scans queued earlier", async () => {
      const { queue, table } = await subject.open();
      const jobs = [job("full"), job("full"), job("pull-request")];
      for (const j of jobs) await queue.enqueue(j);
      const order: string[] = [];
      consume(
        queue,
        sync((leased) => order.push(leased.reviewId)),
      );
      await until(async () => (await table.countByState()).done >= 3 && order.length === 3);
      expect(order[0]).toBe(jobs[2]!.reviewId);
      expect(new Set(order)).toEqual(new Set(jobs.map((j) => j.reviewId)));
    });

    it("runs at most `concurrency` jobs at once in one consumer", async () => {
      const { queue, table } = await subject.open();
      const jobs = [job(), job(), job(), job(), job()];
      for (const j of jobs) await queue.enqueue(j);
      let inFlight = 0;
      let most = 0;
      consume(
        queue,
        async () => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          // Hold the slot until a second job runs beside it (or none is left to).
          await until(async () => inFlight >= 2 || (await table.countByState()).queued === 0);
          await new Promise((resolve) => setTimeout(resolve, 30));
          inFlight -= 1;
        },
        2,
      );
      await until(async () => (await table.countByState()).done >= jobs.length);
      expect(most).toBe(2);
    });

    it("runs at most the per-organisation limit of one organisation's jobs, while others' run beside them", async () => {
      const { queue, table } = await subject.open({ perOrganisation: 1 });
      const busy = [1, 2, 3].map(() => ({ ...job(), organisationId: "org-busy" }));
      const other = { ...job(), organisationId: "org-other" };
      for (const j of [...busy, other]) await queue.enqueue(j);
      const running = new Map<string, number>();
      const most = new Map<string, number>();
      let together = 0;
      consume(
        queue,
        async (leased) => {
          const org = leased.organisationId;
          running.set(org, (running.get(org) ?? 0) + 1);
          most.set(org, Math.max(most.get(org) ?? 0, running.get(org)!));
          together = Math.max(
            together,
            [...running.values()].reduce((a, b) => a + b, 0),
          );
          // Hold the slot until the other organisation's job has run beside one of the busy one's.
          await until(async () => together >= 2 || (await table.get(other.reviewId))?.state === "done");
          await new Promise((resolve) => setTimeout(resolve, 30));
          running.set(org, running.get(org)! - 1);
        },
        3,
      );
      await until(async () => (await table.countByState()).done === 4);
      expect(most.get("org-busy")).toBe(1);
      expect(together).toBe(2);
    });

    it("retries a transient failure after a backoff, and fails a permanent one at once", async () => {
      const { queue, table } = await subject.open();
      const flaky = job();
      const broken = job();
      const attempts: Record<string, number[]> = {};
      const failedAt: number[] = [];
      const scheduledFor: number[] = [];
      await queue.enqueue(flaky);
      await queue.enqueue(broken);
      consume(queue, async (leased) => {
        (attempts[leased.reviewId] ??= []).push(leased.attempt);
        if (leased.reviewId === broken.reviewId) throw new Error("the repository is not a git repository");
        // The retry's due time, as the queue recorded it when the previous attempt failed.
        if (leased.attempt > 1) scheduledFor.push(Date.parse((await table.get(leased.reviewId))!.notBefore));
        if (leased.attempt < 3) {
          failedAt.push(Date.now());
          throw new TransientJobError("store briefly unreachable");
        }
      });
      await until(async () => (await table.get(flaky.reviewId))?.state === "done");
      await until(async () => (await table.get(broken.reviewId))?.state === "failed");
      expect(attempts[flaky.reviewId]).toEqual([1, 2, 3]);
      expect(attempts[broken.reviewId]).toEqual([1]);
      expect((await table.get(broken.reviewId))?.lastError).toBe("the repository is not a git repository");
      // Backed off: each retry was due no sooner than the backoff after its failure (FAST: 50 ms × attempt).
      expect(scheduledFor[0]! - failedAt[0]!).toBeGreaterThanOrEqual(50);
      expect(scheduledFor[1]! - failedAt[1]!).toBeGreaterThanOrEqual(100);
    });

    it("gives up on a transient failure after the last attempt", async () => {
      const { queue, table } = await subject.open({ maxAttempts: 2 });
      const j = job();
      await queue.enqueue(j);
      let calls = 0;
      consume(queue, () => {
        calls += 1;
        return Promise.reject(new TransientJobError("still unreachable"));
      });
      await until(async () => (await table.get(j.reviewId))?.state === "failed");
      expect(calls).toBe(2);
    });

    it("stops a job at its time limit: the handler's signal aborts and the job fails", async () => {
      const { queue, table } = await subject.open({ timeLimitMs: 300 });
      const j = job();
      await queue.enqueue(j);
      const reasons: unknown[] = [];
      consume(queue, async (_leased, { signal }) => {
        await untilAborted(signal).catch((error: unknown) => {
          reasons.push(error);
          throw error;
        });
      });
      await until(async () => (await table.get(j.reviewId))?.state === "failed");
      expect(reasons).toEqual([new JobStopped("time-limit")]);
      expect((await table.get(j.reviewId))?.lastError).toMatch(/time limit of 300 ms/);
    });

    it("cancels a queued job (never delivered) and a running one (its signal aborts)", async () => {
      const { queue, table } = await subject.open();
      const running = job("pull-request");
      const queued = job();
      const started = gate();
      const delivered: string[] = [];
      const reasons: unknown[] = [];
      await queue.enqueue(running);
      consume(queue, async (leased, { signal }) => {
        delivered.push(leased.reviewId);
        if (leased.reviewId !== running.reviewId) return;
        started.open();
        await untilAborted(signal).catch((error: unknown) => {
          reasons.push(error);
          throw error;
        });
      });
      await started.wait;
      await queue.enqueue(queued);
      expect(await queue.cancel(queued.reviewId)).toBe(true);
      expect(await queue.cancel(running.reviewId)).toBe(true);
      await until(() => reasons.length === 1);
      expect(reasons).toEqual([new JobStopped("cancelled")]);
      // A job queued after them runs, so the cancelled one had its chance to be (wrongly) delivered.
      const after = job();
      await queue.enqueue(after);
      await until(async () => (await table.get(after.reviewId))?.state === "done");
      expect(delivered).toEqual([running.reviewId, after.reviewId]);
      expect((await table.get(running.reviewId))?.state).toBe("cancelled");
      expect((await table.get(queued.reviewId))?.state).toBe("cancelled");
      expect(await queue.cancel(after.reviewId)).toBe(false);
      expect(await queue.cancel(randomUUID())).toBe(false);
    });

    it("re-delivers a job whose worker went silent; the result, keyed by review id, is written once", async () => {
      // The first worker renews its lease less often than the lease lasts: to the queue, it died.
      const silent = await subject.open({ heartbeatMs: 60_000 });
      const healthy = await subject.open();
      const j = job();
      const results = new Map<string, number>();
      let deliveries = 0;
      const firstRunning = gate();
      const secondDone = gate();
      const handler =
        (which: "first" | "second"): JobHandler =>
        async (leased) => {
          deliveries += 1;
          if (which === "first") {
            firstRunning.open();
            await secondDone.wait;
          }
          // The idempotent result write: keyed by the review id, so a second write replaces the first.
          results.set(leased.reviewId, leased.attempt);
          if (which === "second") secondDone.open();
        };
      await silent.queue.enqueue(j);
      consume(silent.queue, handler("first"));
      await firstRunning.wait;
      consume(healthy.queue, handler("second"));
      await secondDone.wait;
      await until(async () => (await healthy.table.get(j.reviewId))?.state === "done");
      expect(deliveries).toBe(2);
      expect([...results.keys()]).toEqual([j.reviewId]);
      const record = await healthy.table.get(j.reviewId);
      expect(record?.attempts).toBe(2);
      expect(record?.state).toBe("done");
    });

    it("a stopping consumer hands a running job back, and another consumer finishes it", async () => {
      const { queue, table } = await subject.open();
      const j = job();
      const started = gate();
      const first = consume(queue, async (_leased, { signal }) => {
        started.open();
        await untilAborted(signal);
      });
      await queue.enqueue(j);
      await started.wait;
      await first.stop(100);
      expect((await table.get(j.reviewId))?.state).toBe("queued");
      const finishedBy: number[] = [];
      consume(
        queue,
        sync((leased) => finishedBy.push(leased.attempt)),
      );
      await until(async () => (await table.get(j.reviewId))?.state === "done");
      // The handed-back delivery did not count as an attempt.
      expect(finishedBy).toEqual([1]);
    });

    it("enqueuing a known review id again does not queue a second job", async () => {
      const { queue, table } = await subject.open();
      const j = job();
      await queue.enqueue(j);
      await queue.enqueue(j);
      let calls = 0;
      consume(
        queue,
        sync(() => (calls += 1)),
      );
      await until(async () => (await table.get(j.reviewId))?.state === "done");
      const after = job();
      await queue.enqueue(after);
      await until(async () => (await table.get(after.reviewId))?.state === "done");
      expect(calls).toBe(2);
    });
  });
}
