import { LlmError } from "./errors.js";
import { DEFAULT_MODEL_TABLE, parseModelRef, withCompatibleModel } from "./models.js";
import type { ModelTable } from "./models.js";
import { DEFAULT_PRICES, withPrices } from "./pricing.js";
import type { PriceTable } from "./pricing.js";
import { createProviders } from "./providers/create-providers.js";
import type { RouterOptions } from "./router.js";
import { compatibleFromUrl } from "./settings.js";
import type { LlmSettings } from "./settings.js";
import type { ModelRef } from "./types.js";

/** The `llm` section of the resolved configuration, as far as this layer needs it. */
export interface LlmConfigInput {
  /** "off", or "provider:model". */
  readonly provider: string;
  readonly baseUrl?: string;
  readonly apiKey?: string;
}

export interface LlmSetup {
  readonly router: Pick<RouterOptions, "providers" | "models" | "pinned" | "prices">;
  readonly pinned: ModelRef;
  readonly notices: readonly string[];
}

const ENV_NAME = {
  openai: "OPENAI_API_KEY",
  anthropic: "ANTHROPIC_API_KEY",
  google: "GEMINI_API_KEY",
} as const;

/**
 * Combines settings from the environment with the configuration's
 * `llm.provider`, `llm.base_url` and `llm.api_key`. Undefined when the LLM
 * layer is off. The named model goes first in every task's chain; the other
 * configured providers remain as fallbacks.
 */
export function resolveLlmSetup(
  env: LlmSettings,
  config: LlmConfigInput,
  options: { readonly models?: ModelTable; readonly prices?: PriceTable } = {},
): LlmSetup | undefined {
  if (config.provider === "off") return undefined;
  const pinned = parseModelRef(config.provider);
  const override = { ...(config.baseUrl === undefined ? {} : { baseUrl: config.baseUrl }) };
  const settings: { -readonly [K in keyof LlmSettings]: LlmSettings[K] } = { ...env };
  let models = options.models ?? DEFAULT_MODEL_TABLE;
  let prices = options.prices ?? DEFAULT_PRICES;

  if (pinned.provider === "openai-compatible") {
    const server =
      config.baseUrl === undefined
        ? env.compatible
        : compatibleFromUrl(config.baseUrl, config.apiKey ?? env.compatible?.apiKey);
    if (server === undefined) {
      throw new LlmError(
        "config",
        `llm.provider is ${config.provider} but no server is named: set llm.base_url or OLLAMA_HOST`,
      );
    }
    settings.compatible = {
      ...server,
      model: pinned.model,
      ...(config.apiKey === undefined ? {} : { apiKey: config.apiKey }),
    };
    models = withCompatibleModel(models, pinned.model);
    // A model on the user's own Ollama costs nothing per token; any other server needs a price.
    if (server.name === "ollama")
      prices = withPrices(prices, [{ ...pinned, inputPerMillion: 0, outputPerMillion: 0 }]);
  } else {
    const current = env[pinned.provider];
    const apiKey = config.apiKey ?? current?.apiKey;
    if (apiKey === undefined) {
      throw new LlmError(
        "config",
        `llm.provider is ${config.provider} but no key is set: set ${ENV_NAME[pinned.provider]} (or llm.api_key)`,
        { provider: pinned.provider, hint: `set ${ENV_NAME[pinned.provider]}` },
      );
    }
    settings[pinned.provider] = { ...current, ...override, apiKey };
  }
  return {
    router: { providers: createProviders(settings), models, pinned, prices },
    pinned,
    notices: env.notices,
  };
}
