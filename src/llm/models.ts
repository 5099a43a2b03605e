import { LlmError } from "./errors.js";
import { PROVIDER_IDS } from "./types.js";
import type { ModelRef, ProviderId } from "./types.js";

export const LLM_TASKS = [
  "static",
  "security",
  "logic",
  "performance",
  "pattern",
  "testing",
  "fix",
  "policy",
  "synthesis",
] as const;
export type LlmTask = (typeof LLM_TASKS)[number];

/** `strong` for reasoning-heavy work, `light` for cheap, high-volume work. */
export type Tier = "strong" | "light";

export interface ModelTable {
  /** When the model ids were last checked against the providers' model lists. */
  readonly checked: string;
  readonly tiers: Readonly<Partial<Record<ProviderId, Readonly<Record<Tier, string>>>>>;
  /** Per task: its tier, and which provider to prefer when several are configured. */
  readonly tasks: Readonly<Record<LlmTask, { readonly tier: Tier; readonly prefer: readonly ProviderId[] }>>;
  /** An explicit chain for a task replaces the computed one. */
  readonly chains?: Readonly<Partial<Record<LlmTask, readonly ModelRef[]>>>;
}

const REASONING: readonly ProviderId[] = ["openai", "anthropic", "google", "openai-compatible"];
const DEEP: readonly ProviderId[] = ["anthropic", "openai", "google", "openai-compatible"];
const CHEAP: readonly ProviderId[] = ["google", "openai", "anthropic", "openai-compatible"];

/**
 * Seed plan §8.1 brought up to date: security and fixes prefer OpenAI, logic
 * prefers Claude, high-volume work prefers Gemini Flash. `openai-compatible`
 * has no default: a local server serves whatever model was pulled.
 */
export const DEFAULT_MODEL_TABLE: ModelTable = Object.freeze<ModelTable>({
  checked: "2026-11-27",
  tiers: {
    openai: { strong: "gpt-4.1", light: "gpt-4.1-mini" },
    anthropic: { strong: "claude-sonnet-4-20250514", light: "claude-haiku-4-5" },
    google: { strong: "gemini-2.5-pro", light: "gemini-2.5-flash" },
  },
  tasks: {
    static: { tier: "light", prefer: CHEAP },
    security: { tier: "strong", prefer: REASONING },
    logic: { tier: "strong", prefer: DEEP },
    performance: { tier: "light", prefer: CHEAP },
    pattern: { tier: "light", prefer: CHEAP },
    testing: { tier: "light", prefer: CHEAP },
    fix: { tier: "strong", prefer: REASONING },
    policy: { tier: "light", prefer: CHEAP },
    synthesis: { tier: "light", prefer: CHEAP },
  },
});

/** A table where `openai-compatible` serves `model` for every tier. */
export function withCompatibleModel(table: ModelTable, model: string): ModelTable {
  return { ...table, tiers: { ...table.tiers, "openai-compatible": { strong: model, light: model } } };
}

/**
 * The fallback chain for a task, over the configured providers only. The
 * preferred provider contributes its tier's model and, for strong tasks, its
 * light model; every other provider contributes its tier's model. A `pinned`
 * model (`llm.provider: openai:gpt-4.1`) goes first.
 */
export function chainFor(
  table: ModelTable,
  task: LlmTask,
  configured: readonly ProviderId[],
  pinned?: ModelRef,
): ModelRef[] {
  if (pinned !== undefined && !configured.includes(pinned.provider)) {
    throw new LlmError(
      "config",
      `llm.provider names ${pinned.provider}:${pinned.model}, but ${pinned.provider} is not configured`,
    );
  }
  const explicit = table.chains?.[task];
  const chain: ModelRef[] = pinned === undefined ? [] : [pinned];
  if (explicit !== undefined) {
    chain.push(...explicit.filter((ref) => configured.includes(ref.provider)));
  } else {
    const { tier, prefer } = table.tasks[task];
    const order = [...prefer, ...PROVIDER_IDS.filter((p) => !prefer.includes(p))].filter((p) =>
      configured.includes(p),
    );
    order.forEach((provider, index) => {
      const models = table.tiers[provider];
      if (models === undefined) return;
      chain.push({ provider, model: models[tier] });
      if (index === 0 && tier === "strong") chain.push({ provider, model: models.light });
    });
  }
  const seen = new Set<string>();
  const unique = chain.filter((ref) => {
    const key = `${ref.provider}:${ref.model}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length === 0) {
    throw new LlmError(
      "config",
      configured.length === 0
        ? `no LLM provider is configured for task "${task}": set OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY or OLLAMA_HOST`
        : `no model is known for task "${task}" on ${configured.join(", ")}: name one with llm.provider (for example openai-compatible:qwen2.5-coder)`,
    );
  }
  return unique;
}

/** Parses `provider:model` as written in `llm.provider`. */
export function parseModelRef(text: string): ModelRef {
  const colon = text.indexOf(":");
  const provider = colon < 0 ? text : text.slice(0, colon);
  const model = colon < 0 ? "" : text.slice(colon + 1).trim();
  if (!(PROVIDER_IDS as readonly string[]).includes(provider) || model === "") {
    throw new LlmError(
      "config",
      `"${text}" is not provider:model (providers: ${PROVIDER_IDS.join(", ")}; for example anthropic:claude-sonnet-4-20250514)`,
    );
  }
  return { provider: provider as ProviderId, model };
}
