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
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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
  DEFAULT_BUDGET_LIMITS,
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
import { llmCoverageLines, llmModelLines } from "../src/reporters/report-facts.js";
import { agentRequest, answerTo, emptyAnswer } from "../test/agents/agent-server.js";
import { startMeteredServer } from "../test/agents/metered-server.js";
import { defaultCacheDir } from "./lib/fp-fetch.js";
import { KEYS, requestedSchema, type RecordedRequest } from "../test/support/llm-servers/index.js";

const DEFAULT_ROOT = join(import.meta.dirname, "..", "test", "fixtures", "llm-repo");
const { values: flags } = parseArgs({
  options: {
    llm: { type: "string" },
    /** Another tree to measure (local server only); labels exist for the fixture only. */
    root: { type: "string", default: DEFAULT_ROOT },
    json: { type: "string" },
  },
});
const ROOT = resolve(flags.root);
const SCHEMA_TO_AGENT: Readonly<Record<string, AgentId>> = Object.fromEntries(
  AGENT_IDS.map((id) => [AGENTS[id].schemaName, id]),
);
const PROVIDERS: readonly ProviderId[] = ["openai", "anthropic", "google"];

interface AgentRow {
  /** An agent's id, or `shared: a+b+...` for the calls agents share. */
  agent: string;
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

  const targets: { label: string; root: string }[] = [];
  if (flags.root !== DEFAULT_ROOT) targets.push({ label: ROOT, root: ROOT });
  else {
    targets.push({ label: "test/fixtures/llm-repo (the project's fixture)", root: ROOT });
    const sources = (
      JSON.parse(readFileSync(join(import.meta.dirname, "fp-set", "sources.json"), "utf8")) as {
        sources: { project: string; version: string }[];
      }
    ).sources;
    for (const project of ["express", "koa"]) {
      const pinned = sources.find((s) => s.project === project)!;
      const root = join(defaultCacheDir(process.env), "src", project);
      if (!existsSync(root)) {
        console.log(
          `${project} ${pinned.version}: not in ${root}; run npm run bench:fp once to fetch the pinned sources`,
        );
        continue;
      }
      targets.push({
        label: `${project} ${pinned.version} (npm package, pinned in bench/fp-set/sources.json)`,
        root,
      });
    }
  }
  const results: unknown[] = [];
  console.log(`bench:llm — ${NO_MODEL}`);
  console.log(
    `Default full review: all six agents, --llm openai (each agent on its tier: gpt-4.1 / gpt-4.1-mini), default budgets (${DEFAULT_BUDGET_LIMITS.maxTokensPerFile} tokens per call, ${DEFAULT_BUDGET_LIMITS.maxTokensPerReview} per review, ${DEFAULT_BUDGET_LIMITS.maxCostCentsPerReview}¢).`,
  );
  console.log(
    `Prices: list prices as of ${DEFAULT_PRICES.asOf} (src/llm/pricing.ts). Tokens: gpt-tokenizer o200k of the request bodies sent.\n`,
  );
  for (const target of targets) {
    for (const budgets of ["default", "lifted"] as const) {
      results.push(await measure(target.label, target.root, budgets));
    }
  }
  if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
}

const NO_MODEL = "no real model is reachable here; scripted local server";

/** One review of `root` against the metered local server: what was sent, covered and charged. */
async function measure(label: string, root: string, budgets: "default" | "lifted"): Promise<unknown> {
  const scope = await discoverFiles({
    root,
    include: [],
    exclude: [],
    maxFileBytes: 1 << 20,
    maxLineLength: 1000,
  });
  const loc = scope.files.filter((f) => isCodeLanguage(f.language)).reduce((n, f) => n + f.lines, 0);
  const server = await startMeteredServer();
  try {
    const router = new LlmRouter({
      providers: { openai: createOpenAiProvider({ apiKey: KEYS.openai, baseUrl: `${server.origin}/v1` }) },
    });
    const limits =
      budgets === "default"
        ? DEFAULT_BUDGET_LIMITS
        : {
            maxTokensPerFile: DEFAULT_BUDGET_LIMITS.maxTokensPerFile,
            maxTokensPerReview: 1e12,
            maxCostCentsPerReview: 1e12,
          };
    const budget = new Budget(limits, DEFAULT_PRICES);
    const session = new AgentSession({ router, budget });
    const agents = AGENT_IDS.map((id) => createAgentAnalyser(AGENTS[id], session));
    const review = await review_(DEFAULT_CONFIG, agents, scope, root);
    const rows = callersOf(server.requests).map((caller) => rowFor(caller, server.requests, loc));
    const input = rows.reduce((n, r) => n + r.inputTokens, 0);
    const perK = (input / loc) * 1000;
    console.log(
      `${label}: ${scope.files.length} files, ${loc} lines of code; budgets ${budgets === "default" ? "default" : "lifted (per-call cap kept)"}`,
    );
    console.log(
      `  input tokens sent: ${input} in ${server.calls} calls = ${perK.toFixed(0)} per 1,000 lines (target ≤ 30,000 for the default full review) [${NO_MODEL}]`,
    );
    for (const r of rows)
      console.log(
        `    ${r.agent}: ${r.calls} calls, ${r.inputTokens} input tokens (${r.tokensPer1kLoc.toFixed(0)} per 1,000 lines)`,
      );
    const parts = bodyParts(server.requests);
    console.log(
      `  where the input tokens go: system prompts ${parts.system}, schemas ${parts.schema}, fenced code ${parts.code}, fenced data (findings, function facts) ${parts.data}, instructions and names ${parts.other}`,
    );
    console.log(`  coverage (${review.completeness}) [${NO_MODEL}]:`);
    for (const line of llmCoverageLines(review)) console.log(`    ${line}`);
    console.log(
      `  cost per model at list prices of ${DEFAULT_PRICES.asOf}, server-reported usage [${NO_MODEL}]:`,
    );
    for (const line of llmModelLines(review)) console.log(`    ${line}`);
    console.log(`  total ${review.llm.costCents.toFixed(2)}¢, ${review.llm.tokens} tokens charged\n`);
    return {
      label,
      budgets,
      files: scope.files.length,
      loc,
      input,
      perThousandLines: perK,
      rows,
      coverage: review.llm.coverage,
      models: review.llm.models,
      costCents: review.llm.costCents,
    };
  } finally {
    await server.close();
  }
}

/** Tokens of the bodies sent, by part: the fences are ours (src/agents/prompt-frame.ts). */
function bodyParts(
  requests: readonly RecordedRequest[],
): Record<"system" | "schema" | "code" | "data" | "other", number> {
  const out = { system: 0, schema: 0, code: 0, data: 0, other: 0 };
  for (const r of requests) {
    const sent = agentRequest(r);
    out.system += countTokens(sent.system);
    out.schema += countTokens(JSON.stringify(requestedSchema(r) ?? {}));
    let rest = sent.prompt;
    for (const [kind, fence] of [
      ["code", /<<<(UNTRUSTED-CODE-[0-9a-f]{16})[^\n]*>>>[\s\S]*?<<<END-\1>>>/g],
      ["data", /<<<(UNTRUSTED-DATA-[0-9a-f]{16})[^\n]*>>>[\s\S]*?<<<END-\1>>>/g],
    ] as const) {
      for (const m of rest.matchAll(fence)) out[kind] += countTokens(m[0]);
      rest = rest.replace(fence, "");
    }
    out.other += countTokens(rest);
  }
  return out;
}

/**
 * Who a request was for: an agent's id, or the agents of a shared call
 * (src/agents/shared-call.ts), named by the areas its schema lists.
 */
function callerOf(request: RecordedRequest): string {
  const { schemaName } = agentRequest(request);
  const agent = SCHEMA_TO_AGENT[schemaName];
  if (agent !== undefined) return agent;
  const schema = requestedSchema(request) as SharedWire | undefined;
  // A call about several small files wraps the answer per file (src/agents/batch.ts).
  const answer = schema?.properties?.files?.items?.properties?.answer ?? schema;
  const areas = answer?.properties?.findings?.items?.properties?.area?.enum;
  return areas === undefined ? schemaName : `shared: ${areas.join("+")}`;
}

interface SharedWire {
  properties?: {
    files?: { items?: { properties?: { answer?: SharedWire } } };
    findings?: { items?: { properties?: { area?: { enum?: string[] } } } };
  };
}

/** The callers of a review's requests, agents first in their listed order, then the shared calls. */
function callersOf(requests: readonly RecordedRequest[]): string[] {
  const seen = new Set(requests.map(callerOf));
  return [...AGENT_IDS.filter((a) => seen.has(a)), ...[...seen].filter((c) => !isAgentId(c)).sort()];
}

const isAgentId = (id: string): id is AgentId => (AGENT_IDS as readonly string[]).includes(id);

function rowFor(caller: string, requests: readonly RecordedRequest[], loc: number): AgentRow {
  let calls = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  for (const r of requests) {
    if (callerOf(r) !== caller) continue;
    const sent = agentRequest(r);
    calls++;
    inputTokens +=
      countTokens(sent.system) +
      countTokens(sent.prompt) +
      countTokens(JSON.stringify(requestedSchema(r) ?? {}));
    outputTokens += countTokens(JSON.stringify(answerTo(r, (asked) => emptyAnswer(asked.schemaName))));
  }
  // A shared call runs on its first agent's models (they are every member's).
  const first = caller.replace(/^shared: /, "").split("+")[0]!;
  const task = isAgentId(first) ? AGENTS[first].task : "pattern";
  const centsByProvider: AgentRow["centsByProvider"] = {};
  for (const provider of PROVIDERS) {
    const ref = chainFor(DEFAULT_MODEL_TABLE, task, [provider])[0]!;
    const price = priceOf(DEFAULT_PRICES, ref);
    centsByProvider[provider] = {
      model: ref.model,
      cents: price === undefined ? NaN : costCents(price, { inputTokens, outputTokens }),
    };
  }
  return {
    agent: caller,
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
  root: string = ROOT,
): Promise<Review> {
  return runReview(
    { target: { kind: "path", input: root, root }, config, requestedBy: { kind: "cli" } },
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
