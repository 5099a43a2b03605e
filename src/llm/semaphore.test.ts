import { describe, expect, test } from "vitest";
import { Semaphore } from "./semaphore.js";

describe("Semaphore", () => {
  test("grants up to the limit, then serves waiters in order", async () => {
    const semaphore = new Semaphore(2);
    const order: string[] = [];
    const releaseA = await semaphore.acquire();
    const releaseB = await semaphore.acquire();
    const c = semaphore.acquire().then((release) => {
      order.push("c");
      return release;
    });
    const d = semaphore.acquire().then((release) => {
      order.push("d");
      return release;
    });
    expect([semaphore.inFlight, semaphore.waiting]).toEqual([2, 2]);
    releaseA();
    releaseA(); // a second call must not free a second slot
    const releaseC = await c;
    expect(order).toEqual(["c"]);
    expect([semaphore.inFlight, semaphore.waiting]).toEqual([2, 1]);
    releaseB();
    (await d)();
    releaseC();
    expect(order).toEqual(["c", "d"]);
    expect(semaphore.inFlight).toBe(0);
  });

  test("an aborted waiter leaves the queue without taking a slot", async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
    expect(semaphore.waiting).toBe(0);
    release();
    expect(semaphore.inFlight).toBe(0);
  });

  test.each([0, -1, 1.5])("refuses a limit of %s", (limit) => {
    expect(() => new Semaphore(limit)).toThrow(RangeError);
  });
});
