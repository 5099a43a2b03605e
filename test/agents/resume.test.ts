import { afterEach, describe, expect, it } from "vitest";
import { createAgentAnalyser } from "../../src/agents/agent-analyser.js";
import { securityAgent } from "../../src/agents/security/prompt.js";
import { AgentSession } from "../../src/agents/session.js";
import { StepCache } from "../../src/agents/step-cache.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { Budget, DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES } from "../../src/llm/index.js";
import { discoverFiles } from "../../src/platform/discover.js";
import { openLlmStore, type LlmStore } from "../../src/storage/llm-cache.js";
import type { LlmTestServer } from "../support/llm-servers/index.js";
import { agentRequest, emptyAnswer, startAgentServer } from "./agent-server.js";
import { LLM_REPO, routerFor } from "./rig.js";

const servers: LlmTestServer[] = [];
let store: LlmStore | undefined;
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  await store?.close();
});

async function securityPass(server: LlmTestServer, cache: StepCache, signal: AbortSignal) {
  const session = new AgentSession({
    router: routerFor(server),
    budget: new Budget(DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES),
    cache,
    concurrency: 1,
    // One file per call, so that the third call is the third file's (calls of several files: batch.test.ts).
    batchFiles: 1,
  });
  const { files } = await discoverFiles({
    root: LLM_REPO,
    include: [],
    exclude: [],
    maxFileBytes: 1 << 20,
    maxLineLength: 1000,
  });
  return createAgentAnalyser(securityAgent, session).analyse({
    root: LLM_REPO,
    files,
    config: DEFAULT_CONFIG,
    signal,
    progress: () => undefined,
    prior: { findings: [], redactions: new Map() },
  });
}

describe("checkpoints and --resume", () => {
  it("a review aborted after half its calls resumes by sending only the unfinished half", async () => {
    store = await openLlmStore(":memory:", { project: "/srv/resume" });
    const first = await startAgentServer();
    servers.push(first);
    // Two answers, then the model hangs on the third (last) source file: the review is killed there.
    first.script({ kind: "reply", text: JSON.stringify(emptyAnswer("security_review")) });
    first.script({ kind: "reply", text: JSON.stringify(emptyAnswer("security_review")) });
    first.script({ kind: "hang" });
    const abort = new AbortController();
    const interrupted = securityPass(
      first,
      new StepCache({ checkpoints: store.checkpoints, reviewId: "r1" }),
      abort.signal,
    );
    await first.waitForCalls(3);
    abort.abort();
    const partial = await interrupted;
    expect(partial.llm?.notReviewed.map((s) => s.reason)).toEqual([expect.stringContaining("interrupted")]);
    expect(await store.checkpoints.count("r1")).toBe(2);

    const second = await startAgentServer();
    servers.push(second);
    const resumed = await securityPass(
      second,
      new StepCache({ checkpoints: store.checkpoints, reviewId: "r1", resumeFrom: "r1" }),
      new AbortController().signal,
    );
    expect(second.calls).toBe(1);
    const firstFiles = first.requests.slice(0, 2).map((r) => agentRequest(r).prompt);
    for (const request of second.requests) expect(firstFiles).not.toContain(agentRequest(request).prompt);
    expect(resumed.llm).toMatchObject({ calls: 1, cachedCalls: 2, notReviewed: [] });
    expect(await store.checkpoints.count("r1")).toBe(3);
  });

  it("the persistent cache answers an unchanged request with zero calls; --no-cache (no shared cache) pays again", async () => {
    store = await openLlmStore(":memory:", { project: "/srv/resume" });
    const server = await startAgentServer();
    servers.push(server);
    const never = new AbortController().signal;
    await securityPass(
      server,
      new StepCache({ cache: store.cache, checkpoints: store.checkpoints, reviewId: "a" }),
      never,
    );
    // Three source files: the test file is the testing agent's alone.
    expect(server.calls).toBe(3);
    const again = await securityPass(
      server,
      new StepCache({ cache: store.cache, checkpoints: store.checkpoints, reviewId: "b" }),
      never,
    );
    expect(server.calls).toBe(3);
    expect(again.llm).toMatchObject({ calls: 0, cachedCalls: 3, tokens: 0 });
    await securityPass(server, new StepCache({ checkpoints: store.checkpoints, reviewId: "c" }), never);
    expect(server.calls).toBe(6);
  });
});
