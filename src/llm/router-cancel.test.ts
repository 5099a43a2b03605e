import { afterEach, describe, expect, test } from "vitest";
import { findingsPrompt, goodAnswer, KEYS } from "../../test/support/llm-servers/fixtures.js";
import { localRouter } from "../../test/support/llm-servers/index.js";
import { startOpenAiServer } from "../../test/support/llm-servers/openai-wire.js";
import { reply } from "../../test/support/llm-servers/scripted-server.js";
import type { LlmTestServer, Turn } from "../../test/support/llm-servers/scripted-server.js";
import { SYSTEM_CLOCK } from "./clock.js";
import type { LlmError } from "./errors.js";

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

const failure = (pending: Promise<unknown>): Promise<LlmError> =>
  pending.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error as LlmError,
  );

describe("a cancelled LLM call", () => {
  test("closes the request the provider is still answering", async () => {
    const server = await openai({ kind: "hang" });
    const controller = new AbortController();
    const pending = failure(
      localRouter(server).generate("security", findingsPrompt({ signal: controller.signal })),
    );
    await server.waitForCalls(1);
    controller.abort();
    expect((await pending).kind).toBe("aborted");
    // The server sees the connection go, not an answer it sent.
    await server.whenNoneOpen();
    expect(server.abandoned).toBe(1);
  });

  test("stops waiting to retry, and makes no second call", async () => {
    // A real clock: without the abort the router would wait the 30 s asked for, then call again.
    const server = await openai({ kind: "error", status: 429, retryAfter: "30" }, reply(goodAnswer));
    const controller = new AbortController();
    const events: string[] = [];
    const pending = failure(
      localRouter(server, {
        clock: SYSTEM_CLOCK,
        onEvent: (event) => {
          events.push(event.kind);
          // Aborted once the wait has begun.
          if (event.kind === "retry") setImmediate(() => controller.abort());
        },
      }).generate("security", findingsPrompt({ signal: controller.signal })),
    );
    expect((await pending).kind).toBe("aborted");
    expect(events).toEqual(["retry"]);
    expect(server.calls).toBe(1);
  });

  test("that was cancelled before it started sends nothing and falls back to nothing", async () => {
    const server = await openai(reply(goodAnswer));
    const controller = new AbortController();
    controller.abort();
    const error = await failure(
      localRouter(server).generate("security", findingsPrompt({ signal: controller.signal })),
    );
    expect(error.kind).toBe("aborted");
    expect(server.calls).toBe(0);
  });
});
