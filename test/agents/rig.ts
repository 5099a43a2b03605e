import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { vi } from "vitest";
import { createAgentAnalyser } from "../../src/agents/agent-analyser.js";
import { AGENTS } from "../../src/agents/registry.js";
import { AgentSession, type AgentSessionOptions } from "../../src/agents/session.js";
import type { AgentId } from "../../src/agents/types.js";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/core/config.js";
import type { Review } from "../../src/core/review.js";
import { Budget, DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES } from "../../src/llm/index.js";
import type { BudgetLimits, LlmRouter, RouterOptions } from "../../src/llm/index.js";
import { runReview } from "../../src/pipeline/run-review.js";
import { discoverFiles } from "../../src/platform/discover.js";
import { createRulesAnalyser } from "../../src/workers/rules-analyser.js";
import { RulesPool } from "../../src/workers/rules-pool.js";
import { git, repoFrom } from "../support/cli-harness.js";
import { KEYS, localRouter } from "../support/llm-servers/index.js";
import type { LlmTestServer } from "../support/llm-servers/index.js";

/** Shared by every review in a test file, as the CLI shares one per process; idle workers never hold it open. */
const rulesPool = new RulesPool();

export const LLM_REPO = join(import.meta.dirname, "..", "fixtures", "llm-repo");

/**
 * A git copy of the LLM fixture with the external tools off (these tests are
 * about the LLM layer) and `extra` lines of configuration, committed.
 */
export function llmRepo(extra: readonly string[] = []): { dir: string; cleanup: () => void } {
  const repo = repoFrom(LLM_REPO);
  const config = [
    "analysers:",
    ...["bandit", "pylint", "eslint", "semgrep"].map((t) => `  ${t}: { enabled: false }`),
  ];
  writeFileSync(join(repo.dir, ".codeguardian.yml"), [...config, ...extra, ""].join("\n"));
  git(repo.dir, "add", "-A");
  git(repo.dir, "commit", "-q", "-m", "config");
  return repo;
}

/** The CLI's OpenAI provider pointed at the local server, as its two variables would; undo with vi.unstubAllEnvs. */
export function useLocalOpenAi(server: LlmTestServer): void {
  vi.stubEnv("OPENAI_API_KEY", KEYS.openai);
  vi.stubEnv("OPENAI_BASE_URL", `${server.origin}/v1`);
}

/** The local router with openai:gpt-4.1 pinned, as `--llm openai:gpt-4.1` gives it. */
export function routerFor(server: LlmTestServer, options: Partial<RouterOptions> = {}): LlmRouter {
  return localRouter(server, { pinned: { provider: "openai", model: "gpt-4.1" }, ...options });
}

export interface AgentReviewOptions {
  readonly agents: readonly AgentId[];
  readonly limits?: Partial<BudgetLimits>;
  readonly session?: Partial<AgentSessionOptions>;
  readonly root?: string;
  readonly signal?: AbortSignal;
}

/**
 * The production pipeline over a fixture: the real rules analyser first,
 * then the chosen agents against the local server. The fixture's files are
 * small enough to share one call (src/agents/batch.ts); here each goes
 * alone unless `session.batchFiles` says otherwise, so that a test can script,
 * fail or refuse one file's call (batching is tested in batch.test.ts).
 */
export async function reviewWithAgents(server: LlmTestServer, options: AgentReviewOptions): Promise<Review> {
  const session = new AgentSession({
    router: routerFor(server),
    budget: new Budget({ ...DEFAULT_BUDGET_LIMITS, ...options.limits }, DEFAULT_PRICES),
    concurrency: 1,
    batchFiles: 1,
    ...options.session,
  });
  const root = options.root ?? LLM_REPO;
  const config: ResolvedConfig = DEFAULT_CONFIG;
  return runReview(
    {
      target: { kind: "path", input: root, root },
      config,
      requestedBy: { kind: "cli" },
    },
    {
      scope: () =>
        discoverFiles({ root, include: [], exclude: [], maxFileBytes: 1 << 20, maxLineLength: 1000 }),
      analysers: [
        createRulesAnalyser({ pool: rulesPool }),
        ...options.agents.map((id) => createAgentAnalyser(AGENTS[id], session)),
      ],
      progress: () => undefined,
      now: () => new Date("2026-11-27T05:00:00Z"),
      elapsed: () => 0,
      newId: () => "review-1",
      version: "test",
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    },
  );
}
