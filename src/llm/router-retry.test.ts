import { afterEach, describe, expect, test } from "vitest";
import { startAnthropicServer } from "../../test/support/llm-servers/anthropic-wire.js";
import { FakeClock } from "../../test/support/llm-servers/fake-clock.js";
import {
  findingsPrompt,
  goodAnswer,
  KEYS,
  modelsRequested,
} from "../../test/support/llm-servers/fixtures.js";
import { startGeminiServer } from "../../test/support/llm-servers/gemini-wire.js";
import { localRouter } from "../../test/support/llm-servers/index.js";
import { startOpenAiServer } from "../../test/support/llm-servers/openai-wire.js";
import { reply } from "../../test/support/llm-servers/scripted-server.js";
import type { LlmTestServer, Turn } from "../../test/support/llm-servers/scripted-server.js";
import { LlmChainError, LlmError } from "./errors.js";
import {
  createAnthropicProvider,
  createGoogleProvider,
  createOpenAiProvider,
} from "./providers/create-providers.js";
import { DEFAULT_MODEL_TABLE } from "./models.js";
import { LlmRouter } from "./router.js";
import type { RouterEvent } from "./router.js";

const servers: LlmTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function openai(...turns: Turn[]): Promise<LlmTestServer> {
  const server = await startOpenAiServer({ apiKey: KEYS.openai });
  server.script(...turns);
  servers.push(server);
  return server;
}

const rateLimited = (retryAfter?: string): Turn => ({
  kind: "error",
  status: 429,
  ...(retryAfter === undefined ? {} : { retryAfter }),
});

describe("retries", () => {
  test.each([
    { name: "Retry-After in seconds", retryAfter: "2", waited: 2000 },
    { name: "Retry-After as an HTTP date", retryAfter: "Thu, 01 Jan 2026 00:00:05 GMT", waited: 5000 },
    { name: "Retry-After with a fraction", retryAfter: "0.25", waited: 250 },
  ])("429 with $name waits what was asked, then succeeds", async ({ retryAfter, waited }) => {
    const server = await openai(rateLimited(retryAfter), reply(goodAnswer));
    const clock = new FakeClock();
    const response = await localRouter(server, { clock: clock }).generate("security", findingsPrompt());
    expect(response.object).toEqual(goodAnswer);
    expect(clock.sleeps).toEqual([waited]);
    expect(response.calls).toBe(2);
    expect(modelsRequested(server.requests)).toEqual(["gpt-4.1", "gpt-4.1"]);
  });

  test("Gemini's RetryInfo delay in the error body is honoured", async () => {
    const server = await startGeminiServer(KEYS.google);
    servers.push(server);
    server.script(rateLimited(), reply(goodAnswer));
    const clock = new FakeClock();
    const router = new LlmRouter({
      providers: {
        google: createGoogleProvider({ apiKey: KEYS.google, baseUrl: `${server.origin}/v1beta` }),
      },
      clock,
    });
    const response = await router.generate("static", findingsPrompt());
    expect(response.model).toBe("gemini-2.5-flash");
    expect(clock.sleeps).toEqual([3000]);
  });

  test.each<{ name: string; failure: Turn }>([
    { name: "500", failure: { kind: "error", status: 500 } },
    { name: "503", failure: { kind: "error", status: 503 } },
    { name: "a dropped connection", failure: { kind: "drop" } },
  ])("$name is retried after a full-jitter backoff", async ({ failure }) => {
    const server = await openai(failure, failure, reply(goodAnswer));
    const clock = new FakeClock(undefined, 0.5);
    const response = await localRouter(server, { clock: clock, retry: { baseDelayMs: 400 } }).generate(
      "security",
      findingsPrompt(),
    );
    expect(response.object).toEqual(goodAnswer);
    // jitter 0.5 of the ceilings 400·2⁰ and 400·2¹
    expect(clock.sleeps).toEqual([200, 400]);
    expect(server.calls).toBe(3);
  });

  test("a request that does not answer in time is abandoned and retried", async () => {
    const server = await openai({ kind: "hang" }, reply(goodAnswer));
    const clock = new FakeClock();
    const response = await localRouter(server, { clock: clock, timeoutMs: 150 }).generate(
      "security",
      findingsPrompt(),
    );
    expect(response.object).toEqual(goodAnswer);
    expect(server.calls).toBe(2);
    expect(clock.sleeps).toHaveLength(1);
  });

  test("a timeout on every attempt says so", async () => {
    const server = await openai({ kind: "hang" }, { kind: "hang" });
    const router = localRouter(server, {
      clock: new FakeClock(),
      timeoutMs: 100,
      retry: { maxAttempts: 1 },
      models: { ...DEFAULT_MODEL_TABLE, chains: { security: [{ provider: "openai", model: "gpt-4.1" }] } },
    });
    const error = (await router.generate("security", findingsPrompt()).catch((e: unknown) => e)) as LlmError;
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe("openai:gpt-4.1 did not answer within 100 ms");
  });

  test("the caller aborting is not retried", async () => {
    const server = await openai({ kind: "hang" }, reply(goodAnswer));
    const controller = new AbortController();
    const clock = new FakeClock();
    const pending = localRouter(server, { clock: clock }).generate(
      "security",
      findingsPrompt({ signal: controller.signal }),
    );
    await server.waitForCalls(1);
    controller.abort();
    const error = (await pending.catch((e: unknown) => e)) as LlmError;
    expect(error.kind).toBe("aborted");
    expect(server.calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  test("the caller aborting while queued for a concurrency slot is not retried either", async () => {
    const server = await openai({ kind: "hang" });
    const clock = new FakeClock();
    const router = localRouter(server, { clock: clock, concurrency: 1, timeoutMs: 5_000 });
    const holder = new AbortController();
    const first = router.generate("security", findingsPrompt({ signal: holder.signal }));
    await server.waitForCalls(1);
    const queued = new AbortController();
    const second = router.generate("security", findingsPrompt({ signal: queued.signal }));
    queued.abort();
    const error = (await second.catch((e: unknown) => e)) as LlmError;
    expect(error.kind).toBe("aborted");
    holder.abort();
    await first.catch(() => undefined);
    expect(server.calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  test("a provider asking to wait longer than allowed sends us to the next model at once", async () => {
    const server = await openai(rateLimited("3600"), reply(goodAnswer));
    const clock = new FakeClock();
    const response = await localRouter(server, { clock: clock }).generate("security", findingsPrompt());
    expect(response.model).toBe("gpt-4.1-mini");
    expect(clock.sleeps).toEqual([]);
  });
});

describe("fallback", () => {
  test("429 on every attempt falls back to the next model of the chain", async () => {
    const server = await openai(rateLimited("1"), rateLimited("1"), rateLimited("1"), reply(goodAnswer));
    const events: RouterEvent[] = [];
    const clock = new FakeClock();
    const response = await localRouter(server, { clock: clock, onEvent: (e) => events.push(e) }).generate(
      "security",
      findingsPrompt(),
    );
    expect(response.model).toBe("gpt-4.1-mini");
    expect(modelsRequested(server.requests)).toEqual(["gpt-4.1", "gpt-4.1", "gpt-4.1", "gpt-4.1-mini"]);
    // The third 429's Retry-After pauses the provider: its next model waits it out too.
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
    expect(events.filter((e) => e.kind === "fallback")).toEqual([
      expect.objectContaining({
        from: { provider: "openai", model: "gpt-4.1" },
        to: { provider: "openai", model: "gpt-4.1-mini" },
      }),
    ]);
  });

  test("an exhausted provider falls back to another configured provider", async () => {
    const busy = await openai(...Array.from({ length: 6 }, () => rateLimited("1")));
    const gemini = await startGeminiServer(KEYS.google);
    servers.push(gemini);
    gemini.script(reply(goodAnswer));
    const router = new LlmRouter({
      providers: {
        openai: createOpenAiProvider({ apiKey: KEYS.openai, baseUrl: `${busy.origin}/v1` }),
        google: createGoogleProvider({ apiKey: KEYS.google, baseUrl: `${gemini.origin}/v1beta` }),
      },
      clock: new FakeClock(),
    });
    const response = await router.generate("security", findingsPrompt());
    expect(response).toMatchObject({ provider: "google", model: "gemini-2.5-pro", calls: 7 });
    expect(busy.calls).toBe(6);
  });

  test("401 is not retried: the message names the provider and the fix, never the key", async () => {
    const server = await startAnthropicServer("the-real-key-0123456789");
    servers.push(server);
    const clock = new FakeClock();
    const events: RouterEvent[] = [];
    const router = new LlmRouter({
      providers: {
        anthropic: createAnthropicProvider({ apiKey: KEYS.anthropic, baseUrl: `${server.origin}/v1` }),
      },
      clock,
      onEvent: (event) => events.push(event),
    });
    const error = (await router.generate("logic", findingsPrompt()).catch((e: unknown) => e)) as LlmError;
    expect(error.kind).toBe("auth");
    expect(error.message).toMatch(
      /^anthropic rejected the API key \(401\): set ANTHROPIC_API_KEY\. Provider said: /,
    );
    expect(error.hint).toBe("set ANTHROPIC_API_KEY");
    expect(error.message).not.toContain(KEYS.anthropic);
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain(KEYS.anthropic);
    // One call: no retry, and the provider's other model is skipped, since the key is the problem.
    expect(server.calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
    // A later call does not knock again.
    await router.generate("logic", findingsPrompt()).catch(() => undefined);
    expect(server.calls).toBe(1);
  });

  test.each([400, 404])("%i moves to the next model without retrying", async (status) => {
    const server = await openai({ kind: "error", status }, reply(goodAnswer));
    const clock = new FakeClock();
    const response = await localRouter(server, { clock: clock }).generate("security", findingsPrompt());
    expect(response.model).toBe("gpt-4.1-mini");
    expect(clock.sleeps).toEqual([]);
    expect(server.calls).toBe(2);
  });

  test("when every model fails, the error lists what was tried", async () => {
    const server = await openai(
      ...Array.from({ length: 2 }, (): Turn => ({ kind: "error", status: 400, message: "bad schema" })),
    );
    const error = (await localRouter(server, { clock: new FakeClock() })
      .generate("security", findingsPrompt())
      .catch((e: unknown) => e)) as LlmChainError;
    expect(error).toBeInstanceOf(LlmChainError);
    expect(error.attempts.map((a) => `${a.model}:${a.kind}`)).toEqual([
      "gpt-4.1:bad-request",
      "gpt-4.1-mini:bad-request",
    ]);
    expect(error.message).toContain(
      'every model for task "security" failed (openai:gpt-4.1, openai:gpt-4.1-mini)',
    );
  });
});

describe("concurrency", () => {
  async function maxInFlight(limit: number): Promise<number> {
    const hold = (): Turn => ({ kind: "reply", text: JSON.stringify(goodAnswer), holdMs: 60 });
    const server = await openai(...Array.from({ length: 6 }, hold));
    const router = localRouter(server, { clock: new FakeClock(), concurrency: { openai: limit } });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => router.generate("security", findingsPrompt())),
    );
    expect(results.every((r) => r.object.findings.length === 1)).toBe(true);
    return server.maxInFlight;
  }

  test("at most the limit of requests reach a provider at once", async () => {
    expect(await maxInFlight(2)).toBe(2);
  });

  test("the server's count does see overlap when the limit allows it", async () => {
    expect(await maxInFlight(6)).toBeGreaterThan(2);
  });
});
