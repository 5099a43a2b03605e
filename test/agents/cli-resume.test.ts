import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { cli } from "../support/cli-harness.js";
import type { LlmTestServer } from "../support/llm-servers/index.js";
import { agentRequest, RESPONDED, startAgentServer } from "./agent-server.js";
import { llmRepo, useLocalOpenAi } from "./rig.js";

describe("codeguardian review --resume", () => {
  // The model hangs on the third call; the analysers' time limit interrupts the review there.
  const repo = llmRepo([
    "limits:",
    "  analyser_timeout_seconds: 1",
    "llm:",
    "  agents: [security, logic, performance]",
  ]);
  const servers: LlmTestServer[] = [];
  afterEach(() => vi.unstubAllEnvs());
  afterAll(async () => {
    for (const s of servers) await s.close();
    repo.cleanup();
  });
  const useServer = async (): Promise<LlmTestServer> => {
    const server = await startAgentServer();
    servers.push(server);
    useLocalOpenAi(server);
    return server;
  };
  const review = (...flags: string[]) =>
    cli(
      ["review", ".", "-f", "json", "--fail-on", "none", "--llm", "openai:gpt-4.1", "--no-cache", ...flags],
      repo.dir,
    );

  it("offers to resume an interrupted review, and resuming re-sends only the unfinished call", async () => {
    const first = await useServer();
    first.script(RESPONDED, RESPONDED, { kind: "hang" });
    const interrupted = await review("--allow-incomplete");
    expect(interrupted.stderr).toBe("");
    const id = (JSON.parse(interrupted.stdout) as { id: string; completeness: string }).id;
    expect((JSON.parse(interrupted.stdout) as { completeness: string }).completeness).toBe("incomplete");
    // One call per agent about the three small source files together (src/agents/batch.ts; the test
    // file is the testing agent's): two answers, one hang.
    expect(first.calls).toBe(3);
    const hung = agentRequest(first.requests[2]!).prompt;

    await useServer();
    const offered = await review("--allow-incomplete");
    expect(offered.stderr).toContain(`review ${id} was interrupted after 2 LLM step(s): add --resume ${id}`);

    const third = await useServer();
    const resumed = await review("--resume", id);
    expect(resumed.code).toBe(0);
    expect((JSON.parse(resumed.stdout) as { id: string }).id).toBe(id);
    expect(third.calls).toBe(1);
    expect(agentRequest(third.requests[0]!).prompt).toBe(hung);
  });
});
