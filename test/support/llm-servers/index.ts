/**
 * Local servers speaking the providers' wire formats, for tests of anything
 * that calls an LLM: agents, orchestration, the CLI. Only the base URL differs
 * from production.
 */
import { createOpenAiProvider } from "../../../src/llm/providers/create-providers.js";
import { LlmRouter } from "../../../src/llm/router.js";
import type { RouterOptions } from "../../../src/llm/router.js";
import { FakeClock } from "./fake-clock.js";
import { KEYS } from "./fixtures.js";
import { startOpenAiServer } from "./openai-wire.js";
import type { LlmTestServer, Turn } from "./scripted-server.js";

export { startAnthropicServer, anthropicWire } from "./anthropic-wire.js";
export { startGeminiServer, geminiWire } from "./gemini-wire.js";
export { openAiWire, requestedSchema, startOpenAiServer } from "./openai-wire.js";
export type { OpenAiServerOptions } from "./openai-wire.js";
export { header, reply, startScriptedServer } from "./scripted-server.js";
export type { LlmTestServer, RecordedRequest, Turn, WireFormat, WireResponse } from "./scripted-server.js";
export { FakeClock } from "./fake-clock.js";
export { findingsPrompt, findingsSchema, goodAnswer, KEYS, modelsRequested } from "./fixtures.js";
export type { Findings } from "./fixtures.js";

export interface RouterRig {
  readonly server: LlmTestServer;
  readonly router: LlmRouter;
  readonly clock: FakeClock;
  close(): Promise<void>;
}

/**
 * A router whose only provider is OpenAI, served locally, with a clock that
 * never waits. `turns` are the model's answers in order; `fallback` answers
 * every request after them.
 */
export async function startRouterRig(
  turns: readonly Turn[],
  options: { readonly fallback?: Turn; readonly router?: Partial<RouterOptions> } = {},
): Promise<RouterRig> {
  const server = await startOpenAiServer({
    apiKey: KEYS.openai,
    ...(options.fallback === undefined ? {} : { fallback: options.fallback }),
  });
  server.script(...turns);
  const clock = new FakeClock();
  const router = new LlmRouter({
    providers: { openai: createOpenAiProvider({ apiKey: KEYS.openai, baseUrl: `${server.origin}/v1` }) },
    clock,
    ...options.router,
  });
  return { server, router, clock, close: () => server.close() };
}
