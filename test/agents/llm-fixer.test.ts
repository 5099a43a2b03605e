import { afterEach, describe, expect, it } from "vitest";
import { LlmFixer } from "../../src/agents/fix/llm-fixer.js";
import { AgentSession } from "../../src/agents/session.js";
import type { Finding } from "../../src/core/finding.js";
import { codeWindow } from "../../src/fixes/propose.js";
import {
  Budget,
  DEFAULT_BUDGET_LIMITS,
  DEFAULT_PRICES,
  InMemoryLlmCache,
  type BudgetLimits,
  type LlmCache,
} from "../../src/llm/index.js";
import { only, reviewed } from "../fixes/findings.js";
import { reply, type LlmTestServer } from "../support/llm-servers/index.js";
import { agentRequest, startAgentServer } from "./agent-server.js";
import { routerFor } from "./rig.js";

const CODE = "import yaml\n\n\ndef read(path):\n    with open(path) as fh:\n        return yaml.load(fh)\n";
const GOOD = {
  fixable: true,
  startLine: 6,
  endLine: 6,
  original: "        return yaml.load(fh)",
  replacement: "        return yaml.safe_load(fh)",
  explanation: "Use the safe loader.",
};

let server: LlmTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function setUp(respond: () => unknown, limits: Partial<BudgetLimits> = {}, cache?: LlmCache) {
  return startAgentServer(respond).then((s) => {
    server = s;
    const session = new AgentSession({
      router: routerFor(s),
      budget: new Budget({ ...DEFAULT_BUDGET_LIMITS, ...limits }, DEFAULT_PRICES),
      ...(cache === undefined ? {} : { cache }),
    });
    const fixer = new LlmFixer(session, { redactions: () => [] });
    const { file, findings } = reviewed(CODE, "python", "a.py");
    const { fix: _own, ...finding } = only(findings, "py/insecure-deserialization");
    return {
      server: s,
      fixer,
      file,
      finding,
      window: codeWindow(file, finding.range, 20),
    };
  });
}

describe("LlmFixer against the local OpenAI wire server", () => {
  it("asks under the fix_proposal schema and turns the answer into a whole-line edit", async () => {
    const { server: s, fixer, file, finding, window } = await setUp(() => GOOD);
    const answer = await fixer.propose(finding, file, window);
    expect(answer).toMatchObject({
      fix: {
        edits: [{ range: { start: { line: 6, column: 1 } }, text: "        return yaml.safe_load(fh)" }],
      },
    });
    const sent = agentRequest(s.requests[0]!);
    expect(sent.schemaName).toBe("fix_proposal");
    expect(sent.prompt).toContain("Replace lines 6-6");
    expect(fixer.usage()).toMatchObject({ asked: 1, proposed: 1, calls: 1 });
  });

  it("repairs one malformed answer, and refuses with the reason when the repair is malformed too", async () => {
    const first = await setUp(() => GOOD);
    first.server.script(reply("Sure! Here is the fix: yaml.safe_load"));
    expect(await first.fixer.propose(first.finding, first.file, first.window)).toHaveProperty("fix");
    expect(first.server.calls).toBe(2);
    await first.server.close();

    const second = await setUp(() => GOOD);
    second.server.script(reply("not json"), reply({ fixable: "yes" }));
    const refused = await second.fixer.propose(second.finding, second.file, second.window);
    expect("refused" in refused && refused.refused).toMatch(/malformed output even after one repair/);
    expect(second.fixer.usage().proposed).toBe(0);
  });

  it("caches a repaired answer under the first prompt too: asking again makes no call", async () => {
    const { server: s, fixer, file, finding, window } = await setUp(() => GOOD, {}, new InMemoryLlmCache());
    s.script(reply("Sure! Here is the fix: yaml.safe_load"));
    expect(await fixer.propose(finding, file, window)).toHaveProperty("fix");
    expect(s.calls).toBe(2);
    expect(await fixer.propose(finding, file, window)).toHaveProperty("fix");
    expect(s.calls).toBe(2);
    expect(fixer.usage().cachedCalls).toBe(1);
  });

  it("does not send a request the budget cannot cover", async () => {
    const { server: s, fixer, file, finding, window } = await setUp(() => GOOD, { maxTokensPerFile: 50 });
    const answer = await fixer.propose(finding, file, window);
    expect("refused" in answer && answer.refused).toMatch(
      /^not asked or no answer: .*over the per-file cap of 50/,
    );
    expect(s.calls).toBe(0);
  });

  it("a re-check that cannot be made counts as still present", async () => {
    const { fixer, file, finding } = await setUp(() => ({ present: false, reason: "gone" }));
    const tool: Finding = { ...finding, ruleId: "bandit/B506", sources: ["bandit"] };
    expect(await fixer.recheck(tool, file, finding.range)).toMatchObject({
      present: true,
      reason: "no agent can re-check it",
    });
    const llm: Finding = { ...finding, ruleId: "llm/security/cwe-502", sources: ["llm-security"] };
    expect(await fixer.recheck(llm, file, finding.range)).toEqual({
      present: false,
      agent: "llm-security",
      reason: "gone",
    });
  });
});
