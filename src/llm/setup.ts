import { LlmError } from "./errors.js";
import { DEFAULT_MODEL_TABLE, LLM_TASKS, parseModelRef, withCompatibleModel } from "./models.js";
import type { LlmTask, ModelTable } from "./models.js";
import { DEFAULT_PRICES, withPrices } from "./pricing.js";
import type { PriceTable } from "./pricing.js";
import { createProviders } from "./providers/create-providers.js";
import type { RouterOptions } from "./router.js";
import { compatibleFromUrl } from "./settings.js";
import type { LlmSettings } from "./settings.js";
import { isProviderId } from "./types.js";
import type { ModelRef } from "./types.js";

/** The `llm` section of the resolved configuration, as far as this layer needs it. */
export interface LlmConfigInput {
  /** "off", "provider" (that provider's tiers per task), or "provider:model" (one model for everything). */
  readonly provider: string;
  readonly baseUrl?: string;
  readonly apiKey?: string;
  /** Operator-only `llm.models`: per task, the models to try in order (`provider:model`). */
  readonly models?: Readonly<Record<string, readonly string[]>>;
  /** Operator-only `llm.prices`: USD per million tokens per `provider:model`. */
  readonly prices?: Readonly<Record<string, { readonly input: number; readonly output: number }>>;
}

export interface LlmSetup {
  readonly router: Pick<RouterOptions, "providers" | "models" | "pinned" | "prices">;
  /** Undefined when `llm.provider` names a provider only: each task takes its tier's model. */
  readonly pinned: ModelRef | undefined;
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
  const bare = isProviderId(config.provider);
  if (bare && config.provider === "openai-compatible") {
    throw new LlmError(
      "config",
      `llm.provider is openai-compatible without a model: name the model the server serves (openai-compatible:<model>)`,
    );
  }
  // A provider alone takes its tiers; its model in `pinned` only sets up the provider below.
  const pinned = bare
    ? { provider: config.provider, model: DEFAULT_MODEL_TABLE.tiers[config.provider]?.strong ?? "" }
    : parseModelRef(config.provider);
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
  if (config.prices !== undefined) {
    prices = withPrices(
      prices,
      Object.entries(config.prices).map(([name, p]) => ({
        ...parseModelRef(name),
        inputPerMillion: p.input,
        outputPerMillion: p.output,
      })),
    );
  }
  const providers = createProviders(settings);
  if (config.models !== undefined) models = withTaskModels(models, config.models, providers);
  return {
    router: { providers, models, prices, ...(bare ? {} : { pinned }) },
    pinned: bare ? undefined : pinned,
    notices: env.notices,
  };
}

/**
 * `llm.models` as the table's explicit chains. A task that is not one, or a
 * model on a provider with no key, is a configuration error: a chain would
 * otherwise drop that model without a word.
 */
function withTaskModels(
  table: ModelTable,
  map: Readonly<Record<string, readonly string[]>>,
  providers: RouterOptions["providers"],
): ModelTable {
  const chains: Partial<Record<LlmTask, readonly ModelRef[]>> = { ...table.chains };
  for (const [task, names] of Object.entries(map)) {
    if (!(LLM_TASKS as readonly string[]).includes(task)) {
      throw new LlmError(
        "config",
        `llm.models names "${task}", which is not a task (tasks: security, logic, performance, pattern, testing, static, fix)`,
      );
    }
    chains[task as LlmTask] = names.map((name) => {
      const ref = parseModelRef(name);
      if (providers[ref.provider] === undefined) {
        throw new LlmError(
          "config",
          `llm.models.${task} names ${name}, but ${ref.provider} is not configured (no key or base URL for it)`,
        );
      }
      return ref;
    });
  }
  return { ...table, chains };
}
