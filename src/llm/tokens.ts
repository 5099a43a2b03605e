import { countTokens as countO200k } from "gpt-tokenizer";
import type { ProviderId } from "./types.js";

/*
 * Counts use OpenAI's o200k_base encoding (GPT-4o, GPT-4.1). Other vendors'
 * tokenizers are not published as npm packages, so their counts are an
 * estimate: the margins below are safety factors chosen so a budget
 * reservation errs high, not measured ratios.
 */
const PROVIDER_MARGIN: Readonly<Record<ProviderId, number>> = {
  openai: 1,
  "openai-compatible": 1.15,
  anthropic: 1.2,
  google: 1.15,
};

/** Chat framing tokens per message (role markers, separators). */
const PER_MESSAGE_OVERHEAD = 4;
const PER_REQUEST_OVERHEAD = 3;

// Code under review may contain "<|endoftext|>" literally; it is text, not a control token.
const NO_SPECIAL_TOKENS = { disallowedSpecial: new Set<string>() };

/** o200k_base token count of a text; special-token markers count as plain text. */
export function countTokens(text: string): number {
  return countO200k(text, NO_SPECIAL_TOKENS);
}

export interface RequestShape {
  readonly system: string;
  readonly prompt: string;
  /** The JSON schema as sent: providers count it as input. */
  readonly wireSchema: unknown;
}

/** Input tokens a request will use, estimated before sending. */
export function estimateInputTokens(provider: ProviderId, request: RequestShape): number {
  const raw =
    countTokens(request.system) +
    countTokens(request.prompt) +
    countTokens(JSON.stringify(request.wireSchema)) +
    2 * PER_MESSAGE_OVERHEAD +
    PER_REQUEST_OVERHEAD;
  return Math.ceil(raw * PROVIDER_MARGIN[provider]);
}
