import { describe, expect, test } from "vitest";
import { Budget, DEFAULT_BUDGET_LIMITS } from "./budget.js";
import type { Reservation } from "./budget.js";
import { DEFAULT_PRICES } from "./pricing.js";

const mini = { provider: "openai" as const, model: "gpt-4.1-mini" };

function reserve(budget: Budget, input: number, output: number, file?: string): Reservation {
  const result = budget.tryReserve({
    model: mini,
    inputTokens: input,
    maxOutputTokens: output,
    ...(file ? { file } : {}),
  });
  if (!result.ok) throw new Error(result.reason);
  return result.reservation;
}

describe("Budget", () => {
  test("the seed plan's limits are the defaults", () => {
    expect(DEFAULT_BUDGET_LIMITS).toEqual({
      maxTokensPerFile: 8000,
      maxTokensPerReview: 200_000,
      maxCostCentsPerReview: 50,
    });
  });

  test("reservations count against the review cap until settled or released", () => {
    const budget = new Budget({ ...DEFAULT_BUDGET_LIMITS, maxTokensPerReview: 10_000 }, DEFAULT_PRICES);
    const a = reserve(budget, 4000, 2000);
    const refused = budget.tryReserve({ model: mini, inputTokens: 3000, maxOutputTokens: 2000 });
    expect(refused).toEqual({
      ok: false,
      reason:
        "the review's token budget would be exceeded: 0 used, 6000 reserved, 5000 more needed, cap 10000",
    });
    budget.settle(a, { inputTokens: 3900, outputTokens: 100 });
    expect(budget.tryReserve({ model: mini, inputTokens: 3000, maxOutputTokens: 2000 }).ok).toBe(true);
    expect(budget.snapshot()).toMatchObject({ tokensUsed: 4000, tokensReserved: 5000, calls: 1 });
  });

  test("a released reservation costs nothing", () => {
    const budget = new Budget(DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES);
    budget.release(reserve(budget, 1000, 1000));
    expect(budget.snapshot()).toMatchObject({ tokensUsed: 0, tokensReserved: 0, centsUsed: 0, calls: 0 });
  });

  test("settling twice charges once", () => {
    const budget = new Budget(DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES);
    const r = reserve(budget, 1000, 1000);
    budget.settle(r, { inputTokens: 10, outputTokens: 10 });
    budget.settle(r, { inputTokens: 10, outputTokens: 10 });
    expect(budget.snapshot().tokensUsed).toBe(20);
  });

  test("a call with no reported usage is charged its reservation, and counted", () => {
    const budget = new Budget(DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES);
    const r = reserve(budget, 1000, 500);
    expect(budget.settle(r, { inputTokens: 0, outputTokens: 0 })).toBeCloseTo(r.cents, 12);
    expect(budget.snapshot()).toMatchObject({ tokensUsed: 1500, unreportedUsage: 1 });
  });

  test("the per-file cap applies to calls about a file", () => {
    const budget = new Budget(DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES);
    expect(
      budget.tryReserve({ model: mini, inputTokens: 7000, maxOutputTokens: 1001, file: "a.py" }),
    ).toEqual({
      ok: false,
      reason: "a call about a.py needs up to 8001 tokens, over the per-file cap of 8000",
    });
    expect(
      budget.tryReserve({ model: mini, inputTokens: 7000, maxOutputTokens: 1000, file: "a.py" }).ok,
    ).toBe(true);
    expect(budget.snapshot().refusals).toHaveLength(1);
  });

  test("the cents cap counts the worst case at the model's price", () => {
    // gpt-4.1-mini: $0.40 in, $1.60 out per million → 1M in + 0.1M out = 56¢
    const budget = new Budget({ ...DEFAULT_BUDGET_LIMITS, maxTokensPerReview: 10_000_000 }, DEFAULT_PRICES);
    const result = budget.tryReserve({ model: mini, inputTokens: 1_000_000, maxOutputTokens: 100_000 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain("56.000¢ more needed");
  });

  test("spending is broken down per model", () => {
    const budget = new Budget(DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES);
    budget.settle(reserve(budget, 1000, 500), { inputTokens: 1_000, outputTokens: 200 });
    budget.settle(reserve(budget, 1000, 500), { inputTokens: 2_000, outputTokens: 300 });
    // gpt-4.1-mini: 3000 × $0.40/M + 500 × $1.60/M = $0.002 = 0.2¢
    expect(budget.snapshot().byModel).toEqual({
      "openai:gpt-4.1-mini": {
        calls: 2,
        inputTokens: 3000,
        outputTokens: 500,
        cents: expect.closeTo(0.2, 10) as number,
      },
    });
  });
});
