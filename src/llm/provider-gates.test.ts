import { afterEach, describe, expect, test } from "vitest";
import { FakeClock } from "../../test/support/llm-servers/fake-clock.js";
import { findingsPrompt, goodAnswer, KEYS } from "../../test/support/llm-servers/fixtures.js";
import { localRouter } from "../../test/support/llm-servers/index.js";
import { startOpenAiServer } from "../../test/support/llm-servers/openai-wire.js";
import { reply, type LlmTestServer, type Turn } from "../../test/support/llm-servers/scripted-server.js";
import { ProviderGates } from "./provider-gates.js";

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

describe("provider gates shared by every review of a process", () => {
  test("a 429 with Retry-After seen by one review makes another review's next call to that provider wait", async () => {
    const server = await openai(
      { kind: "error", status: 429, retryAfter: "3" },
      reply(goodAnswer),
      reply(goodAnswer),
    );
    const gates = new ProviderGates();
    const first = new MovingClock();
    const second = new MovingClock();
    await localRouter(server, { clock: first, gates }).generate("security", findingsPrompt());
    expect(first.sleeps).toEqual([3000]);
    // The second review's clock has not moved: the provider's pause is still on for it.
    await localRouter(server, { clock: second, gates }).generate("security", findingsPrompt());
    expect(second.sleeps).toEqual([3000]);
  });

  test("without shared gates the other review knows nothing of the pause", async () => {
    const server = await openai(
      { kind: "error", status: 429, retryAfter: "3" },
      reply(goodAnswer),
      reply(goodAnswer),
    );
    const second = new MovingClock();
    await localRouter(server, { clock: new MovingClock() }).generate("security", findingsPrompt());
    await localRouter(server, { clock: second }).generate("security", findingsPrompt());
    expect(second.sleeps).toEqual([]);
  });

  test("one provider's slots are shared: two routers with one slot never call at once", async () => {
    const held: Turn = { kind: "reply", text: JSON.stringify(goodAnswer), holdMs: 100 };
    const server = await openai(held, held, held, held);
    const gates = new ProviderGates(1);
    const routers = [localRouter(server, { gates }), localRouter(server, { gates })];
    await Promise.all(
      routers.flatMap((r) => [
        r.generate("security", findingsPrompt()),
        r.generate("security", findingsPrompt()),
      ]),
    );
    expect(server.requests).toHaveLength(4);
    expect(server.maxInFlight).toBe(1);
  });

  test("routers with gates of their own each use their own slots", async () => {
    const held: Turn = { kind: "reply", text: JSON.stringify(goodAnswer), holdMs: 100 };
    const server = await openai(held, held);
    const routers = [localRouter(server, { concurrency: 1 }), localRouter(server, { concurrency: 1 })];
    await Promise.all(routers.map((r) => r.generate("security", findingsPrompt())));
    expect(server.maxInFlight).toBe(2);
  });
});

/** A fake clock whose time moves by what it sleeps, as a real one would. */
class MovingClock extends FakeClock {
  private moved = 0;

  override now(): number {
    return super.now() + this.moved;
  }

  override sleep(ms: number): Promise<void> {
    this.moved += ms;
    return super.sleep(ms);
  }
}
