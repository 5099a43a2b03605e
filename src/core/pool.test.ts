import { describe, expect, it } from "vitest";
import { inPool } from "./pool.js";

describe("inPool", () => {
  it("never has more than the limit in flight, and runs every item", async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    const started = await inPool([1, 2, 3, 4, 5], 2, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      done.push(n);
      inFlight--;
    });
    expect(started).toBe(5);
    expect(peak).toBe(2);
    expect([...done].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("starts nothing new once aborted and says how many started", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const started = await inPool(
      [1, 2, 3, 4],
      1,
      (n) => {
        seen.push(n);
        if (n === 2) controller.abort();
        return Promise.resolve();
      },
      controller.signal,
    );
    expect(started).toBe(2);
    expect(seen).toEqual([1, 2]);
  });
});
