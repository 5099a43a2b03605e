import { describe, expect, test } from "vitest";
import { Budget, DEFAULT_BUDGET_LIMITS } from "./budget.js";
import { DEFAULT_PRICES } from "./pricing.js";
import { comparePriority } from "./priority.js";

const mini = { provider: "openai" as const, model: "gpt-4.1-mini" };

/** Room for 10,000 tokens; each call here asks for 3,000. */
function budget(): Budget {
  return new Budget({ ...DEFAULT_BUDGET_LIMITS, maxTokensPerReview: 10_000 }, DEFAULT_PRICES);
}

const ask = (b: Budget, priority?: number[]) =>
  b.tryReserve({
    model: mini,
    inputTokens: 2000,
    maxOutputTokens: 1000,
    ...(priority === undefined ? {} : { priority }),
  });

describe("retry holds", () => {
  test("priorities compare element by element, a missing element counting as 0", () => {
    const cases: [number[], number[], number][] = [
      [[0, 1], [1, 0], -1],
      [[1, 0, 2], [1, 0, 1], 1],
      [[1], [1, 0], 0],
      [[0, -1], [0], -1],
    ];
    for (const [a, b, sign] of cases) expect(Math.sign(comparePriority(a, b))).toBe(sign);
  });

  test("a hold binds only calls ranked after its holder", () => {
    const b = budget();
    const hold = b.holdForRetries([0, 5]);
    hold.set(8000, 0);
    const after = ask(b, [1, 0]);
    expect(after).toEqual({
      ok: false,
      reason:
        "the review's token budget would be exceeded: 0 used, 0 reserved, 8000 held for retries ranked before it, 3000 more needed, cap 10000",
    });
    // Unranked calls (the fix task) stand after every hold.
    expect(ask(b).ok).toBe(false);
    // The holder's own rank, and ranks before it, are not bound.
    expect(ask(b, [0, 5]).ok).toBe(true);
    expect(ask(b, [0, 1]).ok).toBe(true);
    expect(b.snapshot().tokensReserved).toBe(6000);
    hold.release();
    expect(ask(b, [1, 0]).ok).toBe(true);
  });

  test("what a hold keeps is free again once it shrinks or is released", () => {
    const b = budget();
    const hold = b.holdForRetries([0]);
    hold.set(8000, 0);
    expect(ask(b, [1]).ok).toBe(false);
    hold.set(7000, 0);
    expect(ask(b, [1]).ok).toBe(true);
    hold.release();
    expect(ask(b, [1]).ok).toBe(true);
    expect(ask(b, [1]).ok).toBe(true);
    expect(ask(b, [1]).ok).toBe(false);
  });

  test("holds count against the cost cap too", () => {
    // gpt-4.1-mini: 2000 in + 1000 out = 0.24¢ at worst.
    const b = new Budget({ ...DEFAULT_BUDGET_LIMITS, maxCostCentsPerReview: 0.5 }, DEFAULT_PRICES);
    b.holdForRetries([0]).set(0, 0.3);
    const refused = ask(b, [1]);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toContain("0.300¢ held for retries ranked before it");
    expect(ask(b, [0]).ok).toBe(true);
  });
});
