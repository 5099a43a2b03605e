import type { Analyser } from "../core/analyser.js";
import type { ResolvedConfig } from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import { createAgentAnalyser } from "../agents/agent-analyser.js";
import { AGENTS } from "../agents/registry.js";
import { AgentSession } from "../agents/session.js";
import { StepCache } from "../agents/step-cache.js";
import { AGENT_IDS, type AgentId } from "../agents/types.js";
import {
  Budget,
  DEFAULT_MODEL_TABLE,
  DEFAULT_PRICES,
  isLlmError,
  LlmRouter,
  llmSettingsFromEnv,
  resolveLlmSetup,
} from "../llm/index.js";
import { LlmFixer, type LlmFixerOptions } from "../agents/fix/llm-fixer.js";
import type { FixCache } from "../core/fix.js";
import { openLlmStore, type LlmStore } from "../storage/llm-cache.js";

export interface LlmSetupRequest {
  readonly config: ResolvedConfig;
  /** From `processEnv()`: read nowhere else. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * The review store's location (SQLite file or postgres:// URL): the caches
   * live there. Undefined with --no-store: the caches then last one run, in memory.
   */
  readonly storeLocation: string | undefined;
  /** The project identity every cache row is filed under. */
  readonly project: string;
  /** false with --no-cache. */
  readonly cache: boolean;
  readonly reviewId: string;
  /** --resume <review-id>. */
  readonly resumeFrom?: string;
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
    return { analysers: [], messages, completed: () => Promise.resolve(), close: () => Promise.resolve() };
  }
  let setup;
  try {
    setup = resolveLlmSetup(llmSettingsFromEnv(env), {
      provider: config.llm.provider,
      ...(config.llm.baseUrl === undefined ? {} : { baseUrl: config.llm.baseUrl }),
      ...(config.llm.apiKey === undefined ? {} : { apiKey: config.llm.apiKey }),
    });
  } catch (error) {
    if (!isLlmError(error)) throw error;
    throw new CodeGuardianError("CG_CONFIG_INVALID", error.message, {
      hint: error.hint ?? "Check llm.provider (--llm) and the provider's key variable.",
    });
  }
  if (setup === undefined) {
    return {
      analysers: [],
      messages: [],
      completed: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
  }
  const router = new LlmRouter({ ...setup.router });
  const budget = new Budget(config.llm.budget, setup.router.prices ?? DEFAULT_PRICES);
  // ":memory:" is no store on disk: with --no-store nothing outlives the run.
  const store: LlmStore = await openLlmStore(request.storeLocation ?? ":memory:", {
    project: request.project,
  });
  if (request.resumeFrom !== undefined && (await store.checkpoints.count(request.resumeFrom)) === 0) {
    await store.close();
    throw new CodeGuardianError(
      "CG_RESUME_INVALID",
      `--resume ${request.resumeFrom}: no interrupted review with that id for this project`,
      { hint: "Resume the id printed when the review was interrupted, in the same repository." },
    );
  }
  const messages = setup.notices.map((n) => `codeguardian: ${n}`);
  const interrupted =
    request.resumeFrom === undefined ? await store.checkpoints.latestInterrupted() : undefined;
  if (interrupted !== undefined) {
    messages.push(
      `codeguardian: review ${interrupted.reviewId} was interrupted after ${interrupted.steps} LLM step(s): add --resume ${interrupted.reviewId} to finish it without paying for them again`,
    );
  }
  const cache = new StepCache({
    ...(request.cache ? { cache: store.cache } : {}),
    checkpoints: store.checkpoints,
    reviewId: request.reviewId,
    ...(request.resumeFrom === undefined ? {} : { resumeFrom: request.resumeFrom }),
  });
  const session = new AgentSession({ router, budget, cache, prices: setup.router.prices ?? DEFAULT_PRICES });
  const chosen = selectedAgents(config.llm.agents);
  return {
    analysers: chosen.map((id) => createAgentAnalyser(AGENTS[id], session)),
    messages,
    fixCache: (scope) => store.fixes(scope),
    // A session of its own: per-file allowances start afresh, the review's budget is shared.
    fixer: (options) =>
      new LlmFixer(
        new AgentSession({ router, budget, cache, prices: setup.router.prices ?? DEFAULT_PRICES }),
        options,
      ),
    completed: () => store.checkpoints.clear(request.reviewId),
    close: () => store.close(),
  };
}

function selectedAgents(names: readonly string[] | undefined): AgentId[] {
  if (names === undefined) return [...AGENT_IDS];
  const unknown = names.filter((n) => !(AGENT_IDS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new CodeGuardianError(
      "CG_CONFIG_INVALID",
      `llm.agents names unknown agents: ${unknown.join(", ")}`,
      {
        hint: `Known agents: ${AGENT_IDS.join(", ")}.`,
      },
    );
  }
  return AGENT_IDS.filter((id) => names.includes(id));
}
