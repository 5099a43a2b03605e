import { afterEach, describe, expect, it } from "vitest";
import { ReviewCancelledError } from "../../src/pipeline/cancelled.js";
import type { LlmTestServer } from "../support/llm-servers/index.js";
import { startAgentServer } from "./agent-server.js";
import { reviewWithAgents } from "./rig.js";

let server: LlmTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("cancelling a review while its agents wait for the model", () => {
  it("closes the open request, starts no other call and rejects with what was done", async () => {
    server = await startAgentServer();
    // The first question hangs; the agent has more files to ask about after it.
    server.script({ kind: "hang" });
    const controller = new AbortController();
    const pending = reviewWithAgents(server, {
      agents: ["security"],
      session: { concurrency: 1 },
      signal: controller.signal,
    }).catch((error: unknown) => error);
    await server.waitForCalls(1);
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(ReviewCancelledError);
    const { progress } = error as ReviewCancelledError;
    expect(progress.finished.map((r) => [r.id, r.status])).toEqual([["rules", "completed"]]);
    expect(progress.stopped).toEqual(["llm-security"]);
    await server.whenNoneOpen();
    expect(server.abandoned).toBe(1);
    // One call at a time: the hanging one was the only one; the agent's other files were never sent.
    expect(server.calls).toBe(1);
  });
});
