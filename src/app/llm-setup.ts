import type { ResolvedConfig } from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import type { LlmFixer, LlmFixerOptions } from "../agents/fix/llm-fixer.js";
import type { Analyser } from "../core/analyser.js";
import type { LlmCallRecord } from "../core/observer.js";
import type { FixCache } from "../core/fix.js";
import { DEFAULT_MODEL_TABLE } from "../llm/models.js";
import type { ProviderGates } from "../llm/provider-gates.js";
import type { ProjectCaches } from "../storage/llm-cache.js";

export interface LlmSetupRequest {
  readonly config: ResolvedConfig;
  /** From `processEnv()`: read nowhere else. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * The review store's location (SQLite file or postgres:// URL): the caches
   * live there. Undefined with --no-store: the caches then last one run, in memory.
   */
  readonly storeLocation: string | undefined;
  /** The project's caches on a shared store pool: used instead of opening `storeLocation`, and left open. */
  readonly caches?: ProjectCaches;
  /** The project identity every cache row is filed under. */
  readonly project: string;
  /** false with --no-cache. */
  readonly cache: boolean;
  readonly reviewId: string;
  /** --resume <review-id>. */
  readonly resumeFrom?: string;
  /** The process's per-provider slots and rate-limit pauses; absent: this review's own. */
  readonly gates?: ProviderGates;
  /** Told of every answered model call, for a server's metrics and traces. */
  readonly onLlmCall?: (call: LlmCallRecord) => void;
}

export interface LlmAnalysers {
  readonly analysers: readonly Analyser[];
  /** One line for standard error (how to turn LLM review on, settings notices). */
  readonly messages: readonly string[];
  /**
   * The fix stage's model side (proposals and re-checks), sharing the
   * review's router, budget and cache; undefined when LLM review is off.
   */
  readonly fixer?: (options: LlmFixerOptions) => LlmFixer;
  /** The cache of validated fixes in the store this session already has open. */
  readonly fixCache?: (scope: string) => FixCache;
  /** Call when the review completed: its checkpoints are no longer needed. */
  completed(): Promise<void>;
  close(): Promise<void>;
}

const KEY_VARIABLES = [
  ["OPENAI_API_KEY", "openai"],
  ["ANTHROPIC_API_KEY", "anthropic"],
  ["GEMINI_API_KEY", "google"],
  ["GOOGLE_GENERATIVE_AI_API_KEY", "google"],
] as const;

/**
 * The reviewing agents for one review, from the operator's settings. LLM
 * review is opt-in: `--llm provider:model` or `llm.provider` in the
 * operator's config. A key merely present in the environment earns a hint.
 */
export async function setUpLlmAnalysers(request: LlmSetupRequest): Promise<LlmAnalysers> {
  const { config, env } = request;
  if (config.llm.provider === "off" && request.resumeFrom !== undefined) {
    throw new CodeGuardianError(
      "CG_RESUME_INVALID",
      `--resume ${request.resumeFrom}: only an LLM review has steps to resume, and LLM review is off`,
      { hint: "Pass the same --llm provider:model as the interrupted review." },
    );
  }
  if (config.llm.provider === "off") {
    const found = KEY_VARIABLES.find(([name]) => (env[name] ?? "").trim() !== "");
    const messages =
      found === undefined
        ? []
        : [
            `codeguardian: LLM review is off; ${found[0]} is set: add --llm ${found[1]}:${DEFAULT_MODEL_TABLE.tiers[found[1]]?.strong ?? "<model>"} to turn it on`,
          ];
    return {
      analysers: [],
      messages,
      // With the pool's caches open, the fix stage's proven fixes are kept there too.
      ...(request.caches ? { fixCache: request.caches.fixes } : {}),
      completed: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
  }
  // Everything an LLM review needs (the providers' SDKs, the tokenizer's
  // tables: about 0.5 s of CPU and 90 MB at start-up) loads only when it is on.
  const { setUpLlmOn } = await import("./llm-on.js");
  return setUpLlmOn(request);
}
