/**
 * `npm run bench:llm`: what LLM review of a fixed fixture repository
 * (test/fixtures/llm-repo) costs, per agent: calls, tokens sent per 1,000
 * lines of code, and cost at list prices for each provider's default models.
 *
 * By default the agents talk to a local server speaking OpenAI's wire format
 * that answers "no findings": tokens are counted from the real request
 * bodies, so the figures measure what we send, not review quality.
 *
 *   npm run bench:llm
 *   npm run bench:llm -- --llm openai:gpt-4.1   # a real provider (its key in the environment):
 *                                               # also scores findings against expectations.json
 *   npm run bench:llm -- --root /usr/lib/python3.12/json   # another tree, same local server
 *   npm run bench:llm -- --json out.json
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createAgentAnalyser } from "../src/agents/agent-analyser.js";
import { AGENTS } from "../src/agents/registry.js";
import { AgentSession } from "../src/agents/session.js";
import { AGENT_IDS, type AgentId } from "../src/agents/types.js";
import { setUpLlmAnalysers } from "../src/app/llm-setup.js";
import type { Analyser } from "../src/core/analyser.js";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../src/core/config.js";
import type { Finding } from "../src/core/finding.js";
import { isCodeLanguage } from "../src/core/language.js";
import type { Review } from "../src/core/review.js";
import {
  Budget,
  chainFor,
  costCents,
  countTokens,
  DEFAULT_MODEL_TABLE,
  DEFAULT_PRICES,
  LlmRouter,
  priceOf,
  type ProviderId,
} from "../src/llm/index.js";
import { createOpenAiProvider } from "../src/llm/providers/create-providers.js";
import { runReview } from "../src/pipeline/run-review.js";
import { discoverFiles, type DiscoveryResult } from "../src/platform/discover.js";
import { processEnv } from "../src/platform/env.js";
import { createRulesAnalyser } from "../src/workers/rules-analyser.js";
import { RulesPool } from "../src/workers/rules-pool.js";
import { agentRequest, emptyAnswer, startAgentServer } from "../test/agents/agent-server.js";
import { KEYS, requestedSchema, type RecordedRequest } from "../test/support/llm-servers/index.js";

const { values: flags } = parseArgs({
  options: {
    llm: { type: "string" },
    /** Another tree to measure (local server only); labels exist for the fixture only. */
    root: { type: "string", default: join(import.meta.dirname, "..", "test", "fixtures", "llm-repo") },
    json: { type: "string" },
  },
});
const ROOT = resolve(flags.root);
const SCHEMA_TO_AGENT: Readonly<Record<string, AgentId>> = Object.fromEntries(
  AGENT_IDS.map((id) => [AGENTS[id].schemaName, id]),
);
const PROVIDERS: readonly ProviderId[] = ["openai", "anthropic", "google"];

interface AgentRow {
  agent: AgentId;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  tokensPer1kLoc: number;
  centsByProvider: Record<string, { model: string; cents: number }>;
}

interface Expectation {
  agent: AgentId;
  file: string;
  line: number;
  what: string;
}

async function main(): Promise<void> {
  const { llm, json: jsonOut } = flags;
  const scope = await discoverFiles({
    root: ROOT,
    include: [],
    exclude: [],
    maxFileBytes: 1 << 20,
    maxLineLength: 1000,
  });
  const loc = scope.files.filter((f) => isCodeLanguage(f.language)).reduce((n, f) => n + f.lines, 0);

  if (llm !== undefined) {
    const config: ResolvedConfig = { ...DEFAULT_CONFIG, llm: { ...DEFAULT_CONFIG.llm, provider: llm } };
    const setup = await setUpLlmAnalysers({
      config,
      env: processEnv(),
      storeLocation: undefined,
      project: ROOT,
      cache: false,
      reviewId: "bench",
    });
    try {
      const review = await review_(config, setup.analysers, scope);
      printRealRun(review, loc);
    } finally {
      await setup.close();
    }
    return;
  }

  const server = await startAgentServer((r) => emptyAnswer(r.schemaName));
  try {
    const router = new LlmRouter({
      providers: { openai: createOpenAiProvider({ apiKey: KEYS.openai, baseUrl: `${server.origin}/v1` }) },
    });
    const session = new AgentSession({
      concurrency: 8,
      router,
      budget: new Budget(
        { maxTokensPerFile: 1e9, maxTokensPerReview: 1e9, maxCostCentsPerReview: 1e9 },
        DEFAULT_PRICES,
      ),
    });
    const agents = AGENT_IDS.map((id) => createAgentAnalyser(AGENTS[id], session));
    await review_(DEFAULT_CONFIG, agents, scope);
    const rows = AGENT_IDS.map((agent) => rowFor(agent, server.requests, loc));
    const total = rows.reduce((n, r) => n + r.inputTokens, 0);
    console.log(`bench:llm — ${ROOT}`);
    console.log(
      `${scope.files.length} files, ${loc} lines of code; local OpenAI-wire server answering "no findings" (output tokens are the stub's, not a model's)\n`,
    );
    console.log(
      ["agent", "calls", "input tokens", "tokens/1k LOC", ...PROVIDERS.map((p) => `¢ ${p}`)].join("\t"),
    );
    for (const r of rows) {
      console.log(
        [
          r.agent,
          r.calls,
          r.inputTokens,
          r.tokensPer1kLoc.toFixed(0),
          ...PROVIDERS.map(
            (p) => `${r.centsByProvider[p]!.cents.toFixed(3)} (${r.centsByProvider[p]!.model})`,
          ),
        ].join("\t"),
      );
    }
    const cents = (p: string): number => rows.reduce((n, r) => n + r.centsByProvider[p]!.cents, 0);
    console.log(
      [
        "all",
        rows.reduce((n, r) => n + r.calls, 0),
        total,
        ((total / loc) * 1000).toFixed(0),
        ...PROVIDERS.map((p) => cents(p).toFixed(3)),
      ].join("\t"),
    );
    if (jsonOut !== undefined)
      writeFileSync(jsonOut, JSON.stringify({ files: scope.files.length, loc, rows }, null, 2));
  } finally {
    await server.close();
  }
}

function rowFor(agent: AgentId, requests: readonly RecordedRequest[], loc: number): AgentRow {
  let calls = 0;
  let inputTokens = 0;
  for (const r of requests) {
    const sent = agentRequest(r);
    if (SCHEMA_TO_AGENT[sent.schemaName] !== agent) continue;
    calls++;
    inputTokens +=
      countTokens(sent.system) +
      countTokens(sent.prompt) +
      countTokens(JSON.stringify(requestedSchema(r) ?? {}));
  }
  const outputTokens = calls * countTokens(JSON.stringify(emptyAnswer(AGENTS[agent].schemaName)));
  const centsByProvider: AgentRow["centsByProvider"] = {};
  for (const provider of PROVIDERS) {
    const ref = chainFor(DEFAULT_MODEL_TABLE, AGENTS[agent].task, [provider])[0]!;
    const price = priceOf(DEFAULT_PRICES, ref);
    centsByProvider[provider] = {
      model: ref.model,
      cents: price === undefined ? NaN : costCents(price, { inputTokens, outputTokens }),
    };
  }
  return {
    agent,
    calls,
    inputTokens,
    outputTokens,
    tokensPer1kLoc: (inputTokens / loc) * 1000,
    centsByProvider,
  };
}

/** One pool for every review the bench runs; idle workers never hold the process open. */
const rulesPool = new RulesPool();

async function review_(
  config: ResolvedConfig,
  agents: readonly Analyser[],
  scope: DiscoveryResult,
): Promise<Review> {
  return runReview(
    { target: { kind: "path", input: ROOT, root: ROOT }, config, requestedBy: { kind: "cli" } },
    {
      scope: () => Promise.resolve(scope),
      analysers: [createRulesAnalyser({ pool: rulesPool }), ...agents],
      progress: () => undefined,
      now: () => new Date(),
      elapsed: () => performance.now(),
      newId: () => "bench",
      version: "bench",
    },
  );
}

/** With a real model: findings per agent, scored against the fixture's labelled issues. */
function printRealRun(review: Review, loc: number): void {
  const expected = (
    JSON.parse(readFileSync(join(ROOT, "expectations.json"), "utf8")) as { issues: Expectation[] }
  ).issues;
  console.log(
    `real provider: ${review.llm.calls ?? 0} calls, ${review.llm.tokens} tokens (${((review.llm.tokens / loc) * 1000).toFixed(0)} per 1k LOC), ${review.llm.costCents.toFixed(3)}¢, ${review.llm.droppedFindings ?? 0} findings dropped by anchoring`,
  );
  for (const agent of AGENT_IDS) {
    const found = review.findings.filter((f) => f.sources.includes(`llm-${agent}`));
    const labels = expected.filter((e) => e.agent === agent);
    const matched = labels.filter((e) => found.some((f) => near(f, e))).length;
    const useful = found.filter((f) => labels.some((e) => near(f, e))).length;
    console.log(
      `${agent}\tfindings ${found.length}\trecall ${matched}/${labels.length}\tprecision ${found.length === 0 ? "n/a" : `${useful}/${found.length}`}`,
    );
  }
}

/** A finding counts for a labelled issue within three lines of its range. */
function near(finding: Finding, issue: Expectation): boolean {
  const { start, end } = finding.range;
  return finding.file === issue.file && start.line - 3 <= issue.line && issue.line <= end.line + 3;
}

await main();
