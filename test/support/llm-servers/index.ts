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
import type { LlmTestServer } from "./scripted-server.js";

export { startAnthropicServer, anthropicWire } from "./anthropic-wire.js";
export { startGeminiServer, geminiWire } from "./gemini-wire.js";
export { openAiWire, requestedSchema, startOpenAiServer } from "./openai-wire.js";
export type { OpenAiServerOptions } from "./openai-wire.js";
export { header, reply, startScriptedServer } from "./scripted-server.js";
export type { LlmTestServer, RecordedRequest, Turn, WireFormat, WireResponse } from "./scripted-server.js";
export { FakeClock } from "./fake-clock.js";
export { findingsPrompt, findingsSchema, goodAnswer, KEYS, modelsRequested } from "./fixtures.js";
export type { Findings } from "./fixtures.js";

/**
 * A real router whose only provider is OpenAI, served by `server` (any of the
 * servers above speaking its wire format), with a clock that never waits and
 * records what it was asked to sleep. `options` override any of that.
 */
export function localRouter(server: LlmTestServer, options: Partial<RouterOptions> = {}): LlmRouter {
  return new LlmRouter({
    providers: { openai: createOpenAiProvider({ apiKey: KEYS.openai, baseUrl: `${server.origin}/v1` }) },
    clock: new FakeClock(),
    ...options,
  });
}
