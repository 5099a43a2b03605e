import { afterEach, describe, expect, test } from "vitest";
import { findingsPrompt, goodAnswer, KEYS } from "../../test/support/llm-servers/fixtures.js";
import { localRouter } from "../../test/support/llm-servers/index.js";
import { startOpenAiServer } from "../../test/support/llm-servers/openai-wire.js";
import type { LlmTestServer } from "../../test/support/llm-servers/scripted-server.js";
import { SYSTEM_CLOCK } from "./clock.js";
import type { RouterEvent } from "./router.js";

const servers: LlmTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/**
 * The router's `call` event is what a server's metrics and traces learn of a
 * model call (docs/server.md, "Observability"): the model, the usage the
 * provider reported, and how long the answered attempt took.
 */
describe("the router's call event", () => {
  test("carries the provider's usage and the answered attempt's duration", async () => {
    const server = await startOpenAiServer({ apiKey: KEYS.openai });
    servers.push(server);
    server.script({
      kind: "reply",
      text: JSON.stringify(goodAnswer),
      usage: { input: 812, output: 64 },
      holdMs: 150,
    });
    const events: RouterEvent[] = [];
    const router = localRouter(server, { clock: SYSTEM_CLOCK, onEvent: (event) => events.push(event) });
    await router.generate("security", findingsPrompt());
    const calls = events.filter((event) => event.kind === "call");
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.model).toEqual({ provider: "openai", model: "gpt-4.1" });
    expect(call?.usage).toEqual({ inputTokens: 812, outputTokens: 64 });
    // The server held its answer 150 ms; the event's duration covers that and not much more.
    expect(call?.durationMs).toBeGreaterThanOrEqual(145);
    expect(call?.durationMs).toBeLessThan(5_000);
  });
});
