import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { cli, repoFrom } from "../support/cli-harness.js";
import { KEYS } from "../support/llm-servers/index.js";
import type { LlmTestServer } from "../support/llm-servers/index.js";
import { agentRequest, emptyAnswer, startAgentServer } from "./agent-server.js";
import { LLM_REPO } from "./rig.js";

describe("codeguardian review --resume", () => {
  const repo = repoFrom(LLM_REPO);
  const servers: LlmTestServer[] = [];
  writeFileSync(
    join(repo.dir, ".codeguardian.yml"),
    [
      "analysers:",
      "  bandit: { enabled: false }",
      "  eslint: { enabled: false }",
      "  semgrep: { enabled: false }",
      // The model hangs on the third call; the analysers' time limit interrupts the review there.
      "limits:",
      "  analyser_timeout_seconds: 1",
      "llm:",
      "  agents: [security]",
      "",
    ].join("\n"),
  );
  afterEach(() => vi.unstubAllEnvs());
  afterAll(async () => {
    for (const s of servers) await s.close();
    repo.cleanup();
  });
  const useServer = async (): Promise<LlmTestServer> => {
    const server = await startAgentServer();
    servers.push(server);
    vi.stubEnv("OPENAI_API_KEY", KEYS.openai);
    vi.stubEnv("OPENAI_BASE_URL", `${server.origin}/v1`);
    return server;
  };
  const review = (...flags: string[]) =>
    cli(
      ["review", ".", "-f", "json", "--fail-on", "none", "--llm", "openai:gpt-4.1", "--no-cache", ...flags],
      repo.dir,
    );

  it("offers to resume an interrupted review, and resuming re-sends only the unfinished call", async () => {
    const first = await useServer();
    const answer = { kind: "reply", text: JSON.stringify(emptyAnswer("security_review")) } as const;
    first.script(answer, answer, { kind: "hang" });
    const interrupted = await review("--allow-incomplete");
    expect(interrupted.stderr).toBe("");
    const id = (JSON.parse(interrupted.stdout) as { id: string; status: string }).id;
    expect((JSON.parse(interrupted.stdout) as { status: string }).status).toBe("incomplete");
    // Four calls in flight at most: two scripted answers, one hang, one more answer.
    expect(first.calls).toBe(4);
    const hung = agentRequest(first.requests[2]!).prompt;

    await useServer();
    const offered = await review("--allow-incomplete");
    expect(offered.stderr).toContain(`review ${id} was interrupted after 3 LLM step(s): add --resume ${id}`);

    const third = await useServer();
    const resumed = await review("--resume", id);
    expect(resumed.code).toBe(0);
    expect((JSON.parse(resumed.stdout) as { id: string }).id).toBe(id);
    expect(third.calls).toBe(1);
    expect(agentRequest(third.requests[0]!).prompt).toBe(hung);
  });
});
