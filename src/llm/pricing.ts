import { LlmError } from "./errors.js";
import type { ModelRef, ProviderId, TokenUsage } from "./types.js";

/** US dollars per million tokens. */
export interface ModelPrice {
  readonly inputPerMillion: number;
  readonly outputPerMillion: number;
}

export interface PriceTable {
  /** When the prices were taken from the providers' price pages. */
  readonly asOf: string;
  readonly prices: Readonly<Partial<Record<ProviderId, Readonly<Record<string, ModelPrice>>>>>;
}

/**
 * List prices for standard (non-batch, non-cached) text tokens. Dated: prices
 * change, so an operator overrides or extends them with {@link withPrices}.
 * Gemini 2.5 Pro's price is the one for prompts up to 200k tokens.
 */
export const DEFAULT_PRICES: PriceTable = Object.freeze({
  asOf: "2025-10-01",
  prices: {
    openai: {
      "gpt-4.1": { inputPerMillion: 2, outputPerMillion: 8 },
      "gpt-4.1-mini": { inputPerMillion: 0.4, outputPerMillion: 1.6 },
      "gpt-4.1-nano": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
      "gpt-4o": { inputPerMillion: 2.5, outputPerMillion: 10 },
      "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    },
    anthropic: {
      "claude-sonnet-4-20250514": { inputPerMillion: 3, outputPerMillion: 15 },
      "claude-sonnet-4-5": { inputPerMillion: 3, outputPerMillion: 15 },
      "claude-haiku-4-5": { inputPerMillion: 1, outputPerMillion: 5 },
      "claude-3-5-haiku-20241022": { inputPerMillion: 0.8, outputPerMillion: 4 },
    },
    google: {
      "gemini-2.5-pro": { inputPerMillion: 1.25, outputPerMillion: 10 },
      "gemini-2.5-flash": { inputPerMillion: 0.3, outputPerMillion: 2.5 },
      "gemini-2.5-flash-lite": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
      "gemini-2.0-flash": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
    },
  },
});

/** A copy of `table` with `extra` prices added or replacing existing ones. */
export function withPrices(
  table: PriceTable,
  extra: readonly (ModelRef & ModelPrice)[],
  asOf: string = table.asOf,
): PriceTable {
  const prices: Partial<Record<ProviderId, Record<string, ModelPrice>>> = {};
  for (const [provider, models] of Object.entries(table.prices) as [
    ProviderId,
    Record<string, ModelPrice>,
  ][]) {
    prices[provider] = { ...models };
  }
  for (const entry of extra) {
    if (!(entry.inputPerMillion >= 0) || !(entry.outputPerMillion >= 0)) {
      throw new LlmError(
        "config",
        `price for ${entry.provider}:${entry.model} must be two non-negative numbers`,
      );
    }
    prices[entry.provider] = {
      ...prices[entry.provider],
      [entry.model]: { inputPerMillion: entry.inputPerMillion, outputPerMillion: entry.outputPerMillion },
    };
  }
  return { asOf, prices };
}

// A dated snapshot id ("gpt-4.1-2025-04-14", "claude-haiku-4-5-20251001") costs what its alias costs.
const SNAPSHOT_SUFFIX = /-(\d{4}-\d{2}-\d{2}|\d{8})$/;

/** The price of a model, or undefined when nobody told us. */
export function priceOf(table: PriceTable, ref: ModelRef): ModelPrice | undefined {
  const models = table.prices[ref.provider];
  if (models === undefined) return undefined;
  return models[ref.model] ?? models[ref.model.replace(SNAPSHOT_SUFFIX, "")];
}

/** Cost in US cents (fractional). */
export function costCents(price: ModelPrice, usage: TokenUsage): number {
  return (
    ((usage.inputTokens * price.inputPerMillion + usage.outputTokens * price.outputPerMillion) / 1e6) * 100
  );
}
