import { afterEach, describe, expect, test } from "vitest";
import { findingsPrompt, goodAnswer, KEYS } from "../../test/support/llm-servers/fixtures.js";
import { localRouter } from "../../test/support/llm-servers/index.js";
import { startOpenAiServer } from "../../test/support/llm-servers/openai-wire.js";
import { reply } from "../../test/support/llm-servers/scripted-server.js";
import type { LlmTestServer, Turn } from "../../test/support/llm-servers/scripted-server.js";
import { Budget, DEFAULT_BUDGET_LIMITS } from "./budget.js";
import { InMemoryLlmCache } from "./cache.js";
import { LlmError, LlmOutputError } from "./errors.js";
import { DEFAULT_MODEL_TABLE } from "./models.js";
import { costCents, DEFAULT_PRICES, priceOf, withPrices } from "./pricing.js";
import { generateWithRepair } from "./repair.js";
import { LlmRouter } from "./router.js";
import { toWireSchema } from "./structured.js";
import { estimateInputTokens } from "./tokens.js";
import type { LlmPrompt } from "./types.js";

const servers: LlmTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Only gpt-4.1 for security: a refused call cannot slip to a cheaper model. */
const ONE_MODEL = {
  ...DEFAULT_MODEL_TABLE,
  chains: { security: [{ provider: "openai" as const, model: "gpt-4.1" }] },
};

async function setup(...turns: Turn[]): Promise<{ server: LlmTestServer; router: LlmRouter }> {
  const server = await startOpenAiServer({ apiKey: KEYS.openai });
  server.script(...turns);
  servers.push(server);
  const router = localRouter(server, { models: ONE_MODEL });
  return { server, router };
}

describe("budget", () => {
  test("parallel calls reserve before sending: the one that would overshoot is refused and never sent", async () => {
    const { server, router } = await setup(reply(goodAnswer, { input: 300, output: 100 }), reply(goodAnswer));
    const prompt = findingsPrompt({ maxOutputTokens: 1000 });
    // Room for one worst case (about 0.8¢ at gpt-4.1 prices), not two.
    const budget = new Budget({ ...DEFAULT_BUDGET_LIMITS, maxCostCentsPerReview: 1.2 }, DEFAULT_PRICES);
    const results = await Promise.allSettled([
      router.generate("security", prompt, { budget, file: "a.py" }),
      router.generate("security", prompt, { budget, file: "b.py" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
    const refused = (results[1] as PromiseRejectedResult).reason as LlmError;
    expect(refused.kind).toBe("budget");
    expect(refused.message).toContain("cost budget would be exceeded");
    expect(server.calls).toBe(1);
    const snapshot = budget.snapshot();
    const price = priceOf(DEFAULT_PRICES, { provider: "openai", model: "gpt-4.1" })!;
    // Settled on the reported usage, not the reservation.
    expect(snapshot.centsUsed).toBeCloseTo(costCents(price, { inputTokens: 300, outputTokens: 100 }), 10);
    expect(snapshot).toMatchObject({ tokensUsed: 400, tokensReserved: 0, centsReserved: 0, calls: 1 });
  });

  test("a call over the per-file cap makes zero provider calls", async () => {
    const { server, router } = await setup(reply(goodAnswer));
    const budget = new Budget({ ...DEFAULT_BUDGET_LIMITS, maxTokensPerFile: 600 }, DEFAULT_PRICES);
    const error = (await router
      .generate("security", findingsPrompt({ maxOutputTokens: 1000 }), { budget, file: "big.py" })
      .catch((e: unknown) => e)) as LlmError;
    expect(error.kind).toBe("budget");
    expect(error.message).toMatch(
      /a call about big\.py needs up to \d+ tokens, over the per-file cap of 600/,
    );
    expect(server.calls).toBe(0);
  });

  test("a model without a known price is refused unless a price is given", async () => {
    const { server } = await setup(reply(goodAnswer), reply(goodAnswer));
    const pinned = { provider: "openai" as const, model: "gpt-unpriced" };
    const models = { ...DEFAULT_MODEL_TABLE, chains: { security: [] } };
    const router = localRouter(server, { pinned, models });
    const unpriced = new Budget(DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES);
    const error = (await router
      .generate("security", findingsPrompt(), { budget: unpriced })
      .catch((e: unknown) => e)) as LlmError;
    expect(error.kind).toBe("budget");
    expect(error.message).toContain("no price is known for openai:gpt-unpriced");
    expect(server.calls).toBe(0);
    const priced = new Budget(
      DEFAULT_BUDGET_LIMITS,
      withPrices(DEFAULT_PRICES, [{ ...pinned, inputPerMillion: 1, outputPerMillion: 2 }]),
    );
    const response = await router.generate("security", findingsPrompt(), { budget: priced });
    expect(response.model).toBe("gpt-unpriced");
    expect(server.calls).toBe(1);
  });

  test("a server that reports no usage is charged its reservation, visibly", async () => {
    const { router } = await setup({ kind: "reply", text: JSON.stringify(goodAnswer), omitUsage: true });
    const budget = new Budget(DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES);
    const response = await router.generate("security", findingsPrompt({ maxOutputTokens: 300 }), { budget });
    expect(response.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    const snapshot = budget.snapshot();
    expect(snapshot.unreportedUsage).toBe(1);
    expect(snapshot.tokensUsed).toBeGreaterThan(300);
    expect(response.costCents).toBe(snapshot.centsUsed);
    expect(snapshot.centsUsed).toBeGreaterThan(0);
  });

  test("a ranked call that hangs keeps its retry's budget from calls ranked after it", async () => {
    const { server } = await setup(
      { kind: "hang" },
      reply(goodAnswer, { input: 300, output: 100 }),
      reply(goodAnswer),
    );
    const router = localRouter(server, { models: ONE_MODEL, timeoutMs: 150, retry: { maxAttempts: 2 } });
    const prompt = findingsPrompt({ maxOutputTokens: 1000 });
    const worst =
      estimateInputTokens("openai", {
        system: prompt.system,
        prompt: prompt.prompt,
        wireSchema: toWireSchema(prompt.schema, prompt.schemaName),
      }) + 1000;
    // Room for the hung attempt, its retry and half a call more.
    const budget = new Budget(
      { ...DEFAULT_BUDGET_LIMITS, maxTokensPerReview: Math.floor(2.5 * worst) },
      DEFAULT_PRICES,
    );
    const security = router.generate("security", prompt, { budget, file: "a.py", priority: [0] });
    expect(budget.snapshot().tokensReserved).toBe(worst);
    const lower = (await router
      .generate("security", prompt, { budget, file: "b.py", priority: [1] })
      .catch((e: unknown) => e)) as LlmError;
    expect(lower.kind).toBe("budget");
    expect(lower.message).toContain(`${worst} held for retries ranked before it`);
    // The hung attempt is charged its reservation; the retry fits in what was held.
    const answered = await security;
    expect(answered.calls).toBe(2);
    expect(budget.snapshot()).toMatchObject({ tokensUsed: worst + 400, tokensReserved: 0 });
    // The call ended: nothing is held any more.
    await expect(
      router.generate("security", prompt, { budget, file: "b.py", priority: [1] }),
    ).resolves.toMatchObject({
      cached: false,
    });
    expect(server.calls).toBe(3);
  });

  test("a malformed answer is still paid for, and the error reaches the caller", async () => {
    const { router } = await setup(reply("not json at all", { input: 50, output: 20 }));
    const budget = new Budget(DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES);
    const error = await router.generate("security", findingsPrompt(), { budget }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmOutputError);
    expect(budget.snapshot()).toMatchObject({ tokensUsed: 70, tokensReserved: 0, calls: 1 });
  });
});

describe("repair", () => {
  test.each([
    {
      name: "text that is not JSON",
      bad: "Sure! Here are the findings: one SQL injection.",
      expect: "not valid JSON",
    },
    {
      name: "JSON failing the schema",
      bad: JSON.stringify({ findings: [{ line: "3" }] }),
      expect: "findings[0].line",
    },
  ])("$name gets one repair request quoting the error, then succeeds", async ({ bad, expect: mentioned }) => {
    const { server, router } = await setup(
      reply(bad, { input: 100, output: 30 }),
      reply(goodAnswer, { input: 180, output: 40 }),
    );
    const prompt = findingsPrompt();
    const response = await generateWithRepair(
      (p: LlmPrompt<typeof goodAnswer>) => router.generate("security", p),
      prompt,
    );
    expect(response.object).toEqual(goodAnswer);
    expect(response.repaired).toBe(true);
    expect(response.usage).toEqual({ inputTokens: 280, outputTokens: 70 });
    expect(server.calls).toBe(2);
    const repairBody = JSON.stringify(server.requests[1]!.body);
    expect(repairBody).toContain(mentioned);
    expect(repairBody).toContain("Your previous answer could not be used");
  });

  test("only one repair is attempted", async () => {
    const { server, router } = await setup(reply("nope"), reply("still nope"), reply(goodAnswer));
    const error = await generateWithRepair(
      (p: LlmPrompt<typeof goodAnswer>) => router.generate("security", p),
      findingsPrompt(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmOutputError);
    expect((error as LlmOutputError).rawText).toBe("still nope");
    expect(server.calls).toBe(2);
  });

  test("an answer cut off by the output limit is not repaired", async () => {
    const { server, router } = await setup(
      { kind: "reply", text: '{"findings":[', truncated: true },
      reply(goodAnswer),
    );
    const error = await generateWithRepair(
      (p: LlmPrompt<typeof goodAnswer>) => router.generate("security", p),
      findingsPrompt(),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ truncated: true });
    expect(server.calls).toBe(1);
  });

  test("a valid first answer is not repaired", async () => {
    const { server, router } = await setup(reply(goodAnswer));
    const response = await generateWithRepair(
      (p: LlmPrompt<typeof goodAnswer>) => router.generate("security", p),
      findingsPrompt(),
    );
    expect(response.repaired).toBe(false);
    expect(server.calls).toBe(1);
  });
});

describe("cache", () => {
  test("the same request is answered from the cache with zero provider calls", async () => {
    const { server, router } = await setup(reply(goodAnswer), reply(goodAnswer));
    const cache = { store: new InMemoryLlmCache(), agent: "security", promptVersion: "1" };
    const first = await router.generate("security", findingsPrompt(), { cache });
    const second = await router.generate("security", findingsPrompt(), { cache });
    expect(first.cached).toBe(false);
    expect(second).toMatchObject({ cached: true, object: goodAnswer, calls: 0, costCents: 0 });
    expect(server.calls).toBe(1);
  });

  test.each([
    { name: "the prompt", change: { prompt: "another file" }, version: "1" },
    { name: "the prompt version", change: {}, version: "2" },
    { name: "the output cap", change: { maxOutputTokens: 501 }, version: "1" },
  ])("changing $name misses the cache", async ({ change, version }) => {
    const { server, router } = await setup(reply(goodAnswer), reply(goodAnswer));
    const store = new InMemoryLlmCache();
    await router.generate("security", findingsPrompt(), {
      cache: { store, agent: "security", promptVersion: "1" },
    });
    const again = await router.generate("security", findingsPrompt(change), {
      cache: { store, agent: "security", promptVersion: version },
    });
    expect(again.cached).toBe(false);
    expect(server.calls).toBe(2);
  });
});
