import { describe, expect, test } from "vitest";
import { LlmError } from "./errors.js";
import { costCents, DEFAULT_PRICES, priceOf, withPrices } from "./pricing.js";

describe("priceOf", () => {
  test.each([
    { provider: "openai", model: "gpt-4.1", input: 2 },
    { provider: "openai", model: "gpt-4.1-2025-04-14", input: 2 },
    { provider: "anthropic", model: "claude-haiku-4-5-20251001", input: 1 },
    { provider: "google", model: "gemini-2.5-flash", input: 0.3 },
    { provider: "openai", model: "gpt-4.1-turbo", input: undefined },
    { provider: "openai-compatible", model: "qwen2.5-coder", input: undefined },
  ] as const)("$provider:$model", ({ provider, model, input }) => {
    expect(priceOf(DEFAULT_PRICES, { provider, model })?.inputPerMillion).toBe(input);
  });
});

describe("costCents", () => {
  test("is USD per million tokens, in cents", () => {
    // 1M input at $2 + 0.5M output at $8 = $6
    expect(
      costCents({ inputPerMillion: 2, outputPerMillion: 8 }, { inputTokens: 1e6, outputTokens: 5e5 }),
    ).toBe(600);
  });
});

describe("withPrices", () => {
  test("adds a price without touching the original table", () => {
    const local = {
      provider: "openai-compatible" as const,
      model: "qwen2.5-coder",
      inputPerMillion: 0,
      outputPerMillion: 0,
    };
    const table = withPrices(DEFAULT_PRICES, [local], "2026-11-27");
    expect(priceOf(table, local)).toEqual({ inputPerMillion: 0, outputPerMillion: 0 });
    expect(table.asOf).toBe("2026-11-27");
    expect(priceOf(DEFAULT_PRICES, local)).toBeUndefined();
    expect(priceOf(table, { provider: "openai", model: "gpt-4.1" })).toEqual({
      inputPerMillion: 2,
      outputPerMillion: 8,
    });
  });

  test.each([-1, Number.NaN])("refuses a price of %s", (bad) => {
    expect(() =>
      withPrices(DEFAULT_PRICES, [
        { provider: "openai", model: "x", inputPerMillion: bad, outputPerMillion: 1 },
      ]),
    ).toThrow(LlmError);
  });
});
