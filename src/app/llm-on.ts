import { CodeGuardianError } from "../core/errors.js";
import { createAgentAnalyser } from "../agents/agent-analyser.js";
import { AGENTS } from "../agents/registry.js";
import { AgentSession } from "../agents/session.js";
import { StepCache } from "../agents/step-cache.js";
import { AGENT_IDS, type AgentId } from "../agents/types.js";
import {
  Budget,
  DEFAULT_PRICES,
  formatModelRef,
  isLlmError,
  priceOf,
  type LlmTask,
  type PriceTable,
  LlmRouter,
  llmSettingsFromEnv,
  resolveLlmSetup,
  type RouterEvent,
} from "../llm/index.js";
import { LlmFixer } from "../agents/fix/llm-fixer.js";
import { openLlmStore, type LlmStore } from "../storage/llm-cache.js";
import type { LlmAnalysers, LlmSetupRequest } from "./llm-setup.js";

/** The reviewing agents when LLM review is on (loaded by `setUpLlmAnalysers` only then). */
export async function setUpLlmOn(request: LlmSetupRequest): Promise<LlmAnalysers> {
  const { config, env } = request;
  let setup;
  try {
    setup = resolveLlmSetup(llmSettingsFromEnv(env), {
      provider: config.llm.provider,
      ...(config.llm.baseUrl === undefined ? {} : { baseUrl: config.llm.baseUrl }),
      ...(config.llm.apiKey === undefined ? {} : { apiKey: config.llm.apiKey }),
      ...(config.llm.models === undefined ? {} : { models: config.llm.models }),
      ...(config.llm.prices === undefined ? {} : { prices: config.llm.prices }),
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
  const onCall = request.onLlmCall;
  const router = new LlmRouter({
    ...setup.router,
    ...(request.gates ? { gates: request.gates } : {}),
    ...(onCall === undefined
      ? {}
      : {
          onEvent: (event: RouterEvent) => {
            if (event.kind !== "call") return;
            onCall({
              provider: event.model.provider,
              model: event.model.model,
              inputTokens: event.usage.inputTokens,
              outputTokens: event.usage.outputTokens,
              costCents: event.costCents,
              durationMs: event.durationMs,
            });
          },
        }),
  });
  const chosen = selectedAgents(config.llm.agents);
  checkModels(router, [...chosen.map((id) => AGENTS[id].task), "fix"], setup.router.prices ?? DEFAULT_PRICES);
  const budget = new Budget(config.llm.budget, setup.router.prices ?? DEFAULT_PRICES);
  // ":memory:" is no store on disk: with --no-store nothing outlives the run.
  // A shared pool's caches belong to the process: this review uses them and leaves them open.
  const store: LlmStore = request.caches
    ? { ...request.caches, close: () => Promise.resolve() }
    : await openLlmStore(request.storeLocation ?? ":memory:", { project: request.project });
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

/**
 * Every model a task may call must be known and priced before the review
 * starts: a model without a price would have every call refused, and the
 * review would report agents that reviewed nothing (docs/llm.md, "Models per task").
 */
function checkModels(router: LlmRouter, tasks: readonly LlmTask[], prices: PriceTable): void {
  const unpriced = new Set<string>();
  for (const task of tasks) {
    let chain;
    try {
      chain = router.chain(task);
    } catch (error) {
      if (!isLlmError(error)) throw error;
      throw new CodeGuardianError("CG_CONFIG_INVALID", error.message, {
        hint: "Check llm.provider (--llm), llm.models and the provider's key variable.",
      });
    }
    for (const ref of chain) if (priceOf(prices, ref) === undefined) unpriced.add(formatModelRef(ref));
  }
  if (unpriced.size > 0) {
    const names = [...unpriced].sort();
    throw new CodeGuardianError(
      "CG_CONFIG_INVALID",
      `no price is known for ${names.join(", ")}: every call to ${names.length === 1 ? "it" : "them"} would be refused by the budget`,
      {
        hint: `Add llm.prices: {"${names[0]}": {input: <USD per million>, output: <USD per million>}} to the operator's config, or {"${names[0]}": 0} for a server that costs nothing per token.`,
      },
    );
  }
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
