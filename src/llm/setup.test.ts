import { afterAll, beforeAll, describe, expect, it, test } from "vitest";
import { FakeClock } from "../../test/support/llm-servers/fake-clock.js";
import { findingsPrompt, goodAnswer, KEYS } from "../../test/support/llm-servers/fixtures.js";
import { startOpenAiServer } from "../../test/support/llm-servers/openai-wire.js";
import { reply } from "../../test/support/llm-servers/scripted-server.js";
import type { LlmTestServer } from "../../test/support/llm-servers/scripted-server.js";
import { Budget, DEFAULT_BUDGET_LIMITS } from "./budget.js";
import { DEFAULT_PRICES, withPrices } from "./pricing.js";
import { LlmRouter } from "./router.js";
import { llmSettingsFromEnv } from "./settings.js";
import { resolveLlmSetup } from "./setup.js";

describe("resolveLlmSetup", () => {
  let openai: LlmTestServer;
  let ollama: LlmTestServer;
  beforeAll(async () => {
    openai = await startOpenAiServer({ apiKey: KEYS.openai, fallback: reply(goodAnswer) });
    ollama = await startOpenAiServer({ auth: "none", fallback: reply(goodAnswer) });
  });
  afterAll(async () => {
    await openai.close();
    await ollama.close();
  });

  test("off means no LLM layer", () => {
    expect(resolveLlmSetup(llmSettingsFromEnv({ OPENAI_API_KEY: "k" }), { provider: "off" })).toBeUndefined();
  });

  test("provider:model pins that model; llm.base_url points the provider at another server", async () => {
    const setup = resolveLlmSetup(llmSettingsFromEnv({ OPENAI_API_KEY: KEYS.openai }), {
      provider: "openai:gpt-4.1-mini",
      baseUrl: `${openai.origin}/v1`,
    })!;
    const router = new LlmRouter({ ...setup.router, clock: new FakeClock() });
    expect(router.chain("security").map((r) => r.model)).toEqual(["gpt-4.1-mini", "gpt-4.1"]);
    const response = await router.generate("security", findingsPrompt());
    expect(response.object).toEqual(goodAnswer);
    expect(openai.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEYS.openai}`);
  });

  test("OLLAMA_HOST with openai-compatible:<model> runs every task on that model, at no cost", async () => {
    const host = ollama.origin.replace("http://", "");
    const setup = resolveLlmSetup(llmSettingsFromEnv({ OLLAMA_HOST: host }), {
      provider: "openai-compatible:qwen2.5-coder:7b",
    })!;
    const router = new LlmRouter({ ...setup.router, clock: new FakeClock() });
    const budget = new Budget(DEFAULT_BUDGET_LIMITS, setup.router.prices!);
    const response = await router.generate("logic", findingsPrompt(), { budget });
    expect(response).toMatchObject({
      provider: "openai-compatible",
      model: "qwen2.5-coder:7b",
      costCents: 0,
    });
    expect(ollama.requests.at(-1)?.path).toBe("/v1/chat/completions");
  });

  test("llm.base_url with a query string keeps it on every request (Azure's api-version)", async () => {
    const versioned = await startOpenAiServer({
      prefix: "/openai/deployments/review",
      apiKey: KEYS.openai,
      requiredQuery: { "api-version": "2024-10-21" },
      fallback: reply(goodAnswer),
    });
    try {
      const setup = resolveLlmSetup(llmSettingsFromEnv({}), {
        provider: "openai-compatible:review",
        baseUrl: `${versioned.origin}/openai/deployments/review?api-version=2024-10-21`,
        apiKey: KEYS.openai,
      })!;
      const router = new LlmRouter({
        ...setup.router,
        prices: withPrices(DEFAULT_PRICES, [{ ...setup.pinned!, inputPerMillion: 2, outputPerMillion: 8 }]),
        clock: new FakeClock(),
      });
      const response = await router.generate("fix", findingsPrompt());
      expect(response.object).toEqual(goodAnswer);
      expect(response.costCents).toBeGreaterThan(0);
      expect(versioned.requests.at(-1)?.query).toEqual({ "api-version": "2024-10-21" });
    } finally {
      await versioned.close();
    }
  });

  test.each([
    { env: {}, provider: "anthropic:claude-haiku-4-5", message: "set ANTHROPIC_API_KEY (or llm.api_key)" },
    { env: {}, provider: "openai-compatible:llama3", message: "set llm.base_url or OLLAMA_HOST" },
    { env: { OPENAI_API_KEY: "k" }, provider: "opnai", message: "is not provider:model" },
    { env: {}, provider: "openai", message: "set OPENAI_API_KEY" },
    { env: {}, provider: "openai-compatible", message: "without a model" },
  ])("$provider without what it needs is a clear error", ({ env, provider, message }) => {
    expect(() => resolveLlmSetup(llmSettingsFromEnv(env), { provider })).toThrow(message);
  });

  it("a provider alone pins nothing: each task takes that provider's tier", () => {
    const setup = resolveLlmSetup(llmSettingsFromEnv({ OPENAI_API_KEY: "k" }), { provider: "openai" })!;
    expect(setup.pinned).toBeUndefined();
    const router = new LlmRouter({ ...setup.router, clock: new FakeClock() });
    expect(router.chain("security")[0]).toEqual({ provider: "openai", model: "gpt-4.1" });
    expect(router.chain("pattern")[0]).toEqual({ provider: "openai", model: "gpt-4.1-mini" });
  });

  it("llm.models gives a task its chain, and llm.prices prices any model", () => {
    const setup = resolveLlmSetup(llmSettingsFromEnv({ OPENAI_API_KEY: "k" }), {
      provider: "openai",
      models: { security: ["openai:gpt-4o", "openai:gpt-4.1"], fix: ["openai:o3-mini"] },
      prices: { "openai:o3-mini": { input: 1.1, output: 4.4 } },
    })!;
    const router = new LlmRouter({ ...setup.router, clock: new FakeClock() });
    expect(router.chain("security")).toEqual([
      { provider: "openai", model: "gpt-4o" },
      { provider: "openai", model: "gpt-4.1" },
    ]);
    expect(router.chain("fix")).toEqual([{ provider: "openai", model: "o3-mini" }]);
    expect(setup.router.prices?.prices.openai?.["o3-mini"]).toEqual({
      inputPerMillion: 1.1,
      outputPerMillion: 4.4,
    });
  });

  it.each<{ models: Record<string, string[]>; message: string }>([
    { models: { securty: ["openai:gpt-4.1"] }, message: 'names "securty", which is not a task' },
    { models: { logic: ["anthropic:claude-haiku-4-5"] }, message: "anthropic is not configured" },
  ])("llm.models $models is refused: $message", ({ models, message }) => {
    expect(() =>
      resolveLlmSetup(llmSettingsFromEnv({ OPENAI_API_KEY: "k" }), { provider: "openai", models }),
    ).toThrow(message);
  });
});
