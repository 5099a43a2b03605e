/** The LLM provider layer's public surface: agents and orchestration import from here. */
export type {
  LlmPrompt,
  LlmProvider,
  LlmRequest,
  LlmResponse,
  ModelRef,
  ProviderId,
  TokenUsage,
} from "./types.js";
export { formatModelRef, isProviderId, PROVIDER_IDS } from "./types.js";
export type { AttemptFailure, LlmErrorDetails, LlmErrorKind } from "./errors.js";
export { isLlmError, LlmChainError, LlmError, LlmOutputError, redactSecrets } from "./errors.js";
export type {
  AnthropicSettings,
  CompatibleSettings,
  GoogleSettings,
  LlmSettings,
  OpenAiSettings,
} from "./settings.js";
export { compatibleFromUrl, DEFAULT_BASE_URLS, llmSettingsFromEnv, ollamaOrigin } from "./settings.js";
export {
  createAnthropicProvider,
  createCompatibleProvider,
  createGoogleProvider,
  createOpenAiProvider,
  createProviders,
} from "./providers/create-providers.js";
export type { LlmTask, ModelTable, Tier } from "./models.js";
export { chainFor, DEFAULT_MODEL_TABLE, LLM_TASKS, parseModelRef, withCompatibleModel } from "./models.js";
export type { CallOptions, RoutedResponse, RouterEvent, RouterOptions } from "./router.js";
export { LlmRouter } from "./router.js";
export type { RouterClock } from "./clock.js";
export { SYSTEM_CLOCK } from "./clock.js";
export type { RetryPolicy } from "./retry.js";
export { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter } from "./retry.js";
export { generateWithRepair, repairPrompt } from "./repair.js";
export { checkPrompt, parseStructured, toWireSchema } from "./structured.js";
export { countTokens, estimateInputTokens } from "./tokens.js";
export type { ModelPrice, PriceTable } from "./pricing.js";
export { costCents, DEFAULT_PRICES, priceOf, withPrices } from "./pricing.js";
export type {
  BudgetLimits,
  BudgetSnapshot,
  ModelSpend,
  Reservation,
  ReservationRequest,
  ReserveResult,
} from "./budget.js";
export { Budget, DEFAULT_BUDGET_LIMITS } from "./budget.js";
export type { Priority } from "./priority.js";
export { comparePriority } from "./priority.js";
export type { RetryHold } from "./retry-holds.js";
export type { CacheKeyParts, LlmCache } from "./cache.js";
export { InMemoryLlmCache, llmCacheKey } from "./cache.js";
export { Semaphore } from "./semaphore.js";
export type { LlmConfigInput, LlmSetup } from "./setup.js";
export { resolveLlmSetup } from "./setup.js";
