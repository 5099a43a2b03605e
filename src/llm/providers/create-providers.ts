import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { DEFAULT_BASE_URLS, withoutTrailingSlashes } from "../settings.js";
import type {
  AnthropicSettings,
  CompatibleSettings,
  GoogleSettings,
  LlmSettings,
  OpenAiSettings,
} from "../settings.js";
import type { LlmProvider, ProviderId } from "../types.js";
import { createAiSdkProvider } from "./ai-sdk-provider.js";

/*
 * Every SDK factory gets an explicit key and base URL: given undefined, the
 * SDKs would read process.env themselves, and only the platform layer may.
 */

export function createOpenAiProvider(settings: OpenAiSettings): LlmProvider {
  const sdk = createOpenAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseUrl ?? DEFAULT_BASE_URLS.openai,
  });
  return createAiSdkProvider({
    id: "openai",
    model: (id) => (settings.api === "responses" ? sdk.responses(id) : sdk.chat(id)),
    secrets: [settings.apiKey],
    keyHint: "set OPENAI_API_KEY",
  });
}

export function createAnthropicProvider(settings: AnthropicSettings): LlmProvider {
  const sdk = createAnthropic({
    apiKey: settings.apiKey,
    baseURL: settings.baseUrl ?? DEFAULT_BASE_URLS.anthropic,
  });
  return createAiSdkProvider({
    id: "anthropic",
    model: (id) => sdk.messages(id),
    secrets: [settings.apiKey],
    keyHint: "set ANTHROPIC_API_KEY",
    // A forced tool call works on every Claude model; the SDK switches to the
    // native output format by itself for models that refuse forced tool use.
    providerOptions: { anthropic: { structuredOutputMode: "jsonTool" } },
  });
}

export function createGoogleProvider(settings: GoogleSettings): LlmProvider {
  const sdk = createGoogleGenerativeAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseUrl ?? DEFAULT_BASE_URLS.google,
  });
  return createAiSdkProvider({
    id: "google",
    model: (id) => sdk(id),
    secrets: [settings.apiKey],
    keyHint: "set GEMINI_API_KEY",
  });
}

export function createCompatibleProvider(settings: CompatibleSettings): LlmProvider {
  const keyInHeader = settings.apiKeyHeader === "api-key" && settings.apiKey !== undefined;
  const sdk = createOpenAICompatible({
    name: settings.name,
    baseURL: withoutTrailingSlashes(settings.baseUrl),
    ...(settings.apiKey === undefined || keyInHeader ? {} : { apiKey: settings.apiKey }),
    ...(keyInHeader ? { headers: { "api-key": settings.apiKey ?? "" } } : {}),
    ...(settings.queryParams === undefined ? {} : { queryParams: { ...settings.queryParams } }),
    supportsStructuredOutputs: settings.structuredOutputs ?? true,
    includeUsage: true,
  });
  return createAiSdkProvider({
    id: "openai-compatible",
    model: (id) => sdk.chatModel(id),
    secrets: [settings.apiKey],
    keyHint: `check the API key configured for ${settings.name} (llm.api_key)`,
    schemaInPrompt: settings.structuredOutputs === false,
  });
}

/** One provider per configured entry of the settings. */
export function createProviders(settings: LlmSettings): Partial<Record<ProviderId, LlmProvider>> {
  const providers: Partial<Record<ProviderId, LlmProvider>> = {};
  if (settings.openai !== undefined) providers.openai = createOpenAiProvider(settings.openai);
  if (settings.anthropic !== undefined) providers.anthropic = createAnthropicProvider(settings.anthropic);
  if (settings.google !== undefined) providers.google = createGoogleProvider(settings.google);
  if (settings.compatible !== undefined) {
    providers["openai-compatible"] = createCompatibleProvider(settings.compatible);
  }
  return providers;
}
