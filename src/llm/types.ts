import type { z } from "zod";

/** Providers the layer can talk to. `openai-compatible` covers Ollama, vLLM, LM Studio and Azure. */
export const PROVIDER_IDS = ["openai", "anthropic", "google", "openai-compatible"] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === "string" && (PROVIDER_IDS as readonly string[]).includes(value);
}

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/** Everything one structured-output call needs except the model, which a router picks. */
export interface LlmPrompt<T> {
  readonly system: string;
  readonly prompt: string;
  /**
   * What the answer must look like. Optional fields are refused (strict JSON
   * schema modes reject them): use `.nullable()` instead.
   */
  readonly schema: z.ZodType<T>;
  /** Identifier-like name sent with the schema (`security_findings`). */
  readonly schemaName: string;
  readonly maxOutputTokens: number;
  readonly temperature?: number;
  readonly signal?: AbortSignal;
}

export interface LlmRequest<T> extends LlmPrompt<T> {
  readonly model: string;
}

export interface LlmResponse<T> {
  /** Parsed and validated against the request's schema by our code. */
  readonly object: T;
  /** As the provider reported it; zero when a provider reports nothing. */
  readonly usage: TokenUsage;
  readonly model: string;
  readonly provider: ProviderId;
  /** The JSON text the model produced, before parsing. */
  readonly rawText: string;
  /** Settings the provider ignored or emulated (for a visible notice). */
  readonly warnings?: readonly string[];
}

/** The one-method port every provider implements. */
export interface LlmProvider {
  readonly id: ProviderId;
  generate<T>(request: LlmRequest<T>): Promise<LlmResponse<T>>;
}

/** A concrete model at a provider: one link of a fallback chain. */
export interface ModelRef {
  readonly provider: ProviderId;
  readonly model: string;
}

export function formatModelRef(ref: ModelRef): string {
  return `${ref.provider}:${ref.model}`;
}
