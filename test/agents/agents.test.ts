import { afterEach, describe, expect, it } from "vitest";
import type { LlmTestServer } from "../support/llm-servers/index.js";
import { KEYS } from "../support/llm-servers/index.js";
import { createOpenAiProvider } from "../../src/llm/providers/create-providers.js";
import { agentRequest, startAgentServer } from "./agent-server.js";
import { reviewWithAgents, routerFor } from "./rig.js";

let server: LlmTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const verdictOn = (verdict: "confirm" | "reject") => (r: { prompt: string }) =>
  r.prompt.includes("File app/db.py")
    ? {
        verdicts: [
          {
            ruleId: "py/sql-injection",
            line: 15,
            verdict,
            reason: "customer comes straight from the caller",
          },
        ],
        findings: [],
      }
    : undefined;

describe("the security agent and deterministic findings", () => {
  it("sees the data-flow findings of its file and can raise their confidence", async () => {
    server = await startAgentServer(verdictOn("confirm"));
    const review = await reviewWithAgents(server, { agents: ["security"] });
    const sqli = review.findings.find((f) => f.ruleId === "py/sql-injection")!;
    expect(sqli.confidence).toBeCloseTo(0.7);
    expect(sqli.description).toContain(
      "[confirmed by llm-security: customer comes straight from the caller]",
    );
    const sent = server.requests.map((r) => agentRequest(r).prompt).find((p) => p.includes("File app/db.py"));
    expect(sent).toContain("py/sql-injection at line 15");
  });

  it("can lower a finding's confidence but never make it disappear", async () => {
    server = await startAgentServer(verdictOn("reject"));
    const review = await reviewWithAgents(server, { agents: ["security"] });
    const sqli = review.findings.find((f) => f.ruleId === "py/sql-injection");
    expect(sqli).toBeDefined();
    expect(sqli!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(sqli!.description).toContain("[doubted by llm-security:");
  });
});

describe("the logic agent", () => {
  it("sends each file's small functions as one batch with signature, docstring and callers", async () => {
    server = await startAgentServer((r) =>
      r.prompt.includes("app/pricing.py")
        ? {
            findings: [
              {
                function: "page",
                line: 6, // off by ten: the code is on line 16
                quote: "start = number * size",
                severity: "medium",
                title: "1-based page read as 0-based",
                description: "page(items, 1, n) skips the first page.",
                recommendation: "Use (number - 1) * size.",
                confidence: 0.8,
                cwe: [],
              },
            ],
          }
        : undefined,
    );
    const review = await reviewWithAgents(server, { agents: ["logic"] });
    const prompts = server.requests.map((r) => agentRequest(r).prompt);
    const pricing = prompts.filter((p) => p.includes("from app/pricing.py"));
    expect(pricing).toHaveLength(1);
    expect(pricing[0]).toContain("Signature: def page(items, number, size)");
    expect(pricing[0]).toContain("Docstring: shown in the code");
    const db = prompts.find((p) => p.includes("from app/db.py"))!;
    expect(db).toContain("Function find_orders");
    expect(db).toContain("Called from: (no caller in this file)");
    const found = review.findings.filter((f) => f.sources.includes("llm-logic"));
    expect(found.map((f) => [f.file, f.range.start.line, f.category])).toEqual([
      ["app/pricing.py", 16, "logic"],
    ]);
  });
});

describe("the testing agent", () => {
  it("is sent each source file with the tests that mention its functions, and its map reaches the review", async () => {
    server = await startAgentServer((r) =>
      r.prompt.includes("Map the functions of app/pricing.py")
        ? {
            coverage: [
              { function: "apply_discount", tests: ["test_discount"], assessment: "tested" },
              { function: "average", tests: ["test_average_calls"], assessment: "weakly-tested" },
              { function: "page", tests: [], assessment: "untested" },
            ],
            findings: [],
          }
        : undefined,
    );
    const review = await reviewWithAgents(server, { agents: ["testing"] });
    const prompts = server.requests.map((r) => agentRequest(r).prompt);
    expect(prompts).toHaveLength(3);
    const pricing = prompts.find((p) => p.includes("Map the functions of app/pricing.py"))!;
    expect(pricing).toContain("tests/test_pricing.py");
    const db = prompts.find((p) => p.includes("Map the functions of app/db.py"))!;
    expect(db).toContain("No test file mentions these functions.");
    expect(review.notices.map((n) => n.message)).toContain(
      "app/pricing.py: untested: page; weakly tested: average",
    );
  });
});

describe("malformed output", () => {
  it("gets exactly one repair request carrying the validation error", async () => {
    server = await startAgentServer();
    server.script({ kind: "reply", text: '{"verdicts": [], "findings": "none"' });
    const review = await reviewWithAgents(server, { agents: ["security"] });
    const repair = agentRequest(server.requests[1]!).prompt;
    expect(repair).toContain("Your previous answer could not be used because");
    expect(repair).toContain('"findings": "none"');
    expect(review.llm.calls).toBe(server.calls);
    expect(review.llm.notReviewed).toEqual([]);
    expect(review.analysers.find((a) => a.id === "llm-security")?.status).toBe("completed");
  });

  it("failing twice is said in the agent's entry and the review goes on", async () => {
    server = await startAgentServer();
    server.script({ kind: "reply", text: "no json" }, { kind: "reply", text: "still no json" });
    const review = await reviewWithAgents(server, { agents: ["security"] });
    const skipped = review.llm.notReviewed ?? [];
    expect(skipped.map((s) => [s.file, s.analyser])).toEqual([["app/db.py", "llm-security"]]);
    expect(skipped[0]?.reason).toContain("malformed output even after one repair request");
    expect(review.notices.some((n) => n.analyser === "llm-security" && n.level === "warning")).toBe(true);
    // Three source files (the test file is the testing agent's alone), one of them not reviewed.
    expect(review.analysers.find((a) => a.id === "llm-security")?.filesAnalysed).toBe(2);
    expect(review.llm.coverage).toEqual([
      { agent: "security", planned: 3, reviewed: 2, cut: { failure: 1 } },
    ]);
    // Both refused answers were paid for (the wire server reports 11 + 7 tokens for a scripted reply).
    expect(review.llm.calls).toBe(4);
    expect(review.llm.tokens).toBe(2 * 1100 + 2 * 18);
    expect(review.findings.some((f) => f.ruleId === "py/sql-injection")).toBe(true);
  });
});

describe("provider errors", () => {
  it("a refused key fails the agent with a message naming the fix, and the review still completes its other parts", async () => {
    server = await startAgentServer();
    const router = routerFor(server, {
      providers: {
        openai: createOpenAiProvider({ apiKey: "sk-wrong-key-000000", baseUrl: `${server.origin}/v1` }),
      },
    });
    const review = await reviewWithAgents(server, { agents: ["security"], session: { router } });
    const run = review.analysers.find((a) => a.id === "llm-security")!;
    expect(run.status).toBe("failed");
    expect(run.message).toContain("OPENAI_API_KEY");
    expect(run.message).not.toContain("sk-wrong-key-000000");
    expect(review.completeness).toBe("incomplete");
    expect(review.findings.some((f) => f.ruleId === "py/sql-injection")).toBe(true);
    expect(KEYS.openai).not.toBe("sk-wrong-key-000000");
  });
});

describe("transient failures", () => {
  it("a 429 asking for a long pause falls back to the next model of the chain", async () => {
    server = await startAgentServer();
    server.script({ kind: "error", status: 429, retryAfter: "3600" });
    const review = await reviewWithAgents(server, { agents: ["security"] });
    const models = server.requests.map((r) => (r.body as { model: string }).model);
    expect(models.slice(0, 2)).toEqual(["gpt-4.1", "gpt-4.1-mini"]);
    expect(review.llm.notReviewed).toEqual([]);
    expect(review.llm.calls).toBe(server.calls);
    expect(server.calls).toBe(4);
    // The substitution is visible: in the spending per model and in a notice.
    expect(Object.keys(review.llm.models ?? {}).sort()).toEqual(["openai:gpt-4.1", "openai:gpt-4.1-mini"]);
    expect(
      review.notices.some(
        (n) =>
          n.level === "warning" && n.message.includes("came from openai:gpt-4.1-mini, not openai:gpt-4.1"),
      ),
    ).toBe(true);
  });

  it("a model that does not answer in time is retried, and the review completes", async () => {
    server = await startAgentServer();
    server.script({ kind: "hang" });
    const router = routerFor(server, { timeoutMs: 200 });
    const review = await reviewWithAgents(server, { agents: ["security"], session: { router } });
    expect(server.calls).toBe(4);
    expect(review.llm.notReviewed).toEqual([]);
    // The timed-out call reported no usage: it is charged its reservation, not recorded as free.
    expect(review.llm.tokens).toBeGreaterThan(3 * 1100 + 1000);
    expect(review.analysers.find((a) => a.id === "llm-security")?.status).toBe("completed");
  });
});

describe("budgets", () => {
  it("when the review budget runs out mid-review, the riskiest file went first, refusals were retried as calls settled, and the rest are listed", async () => {
    server = await startAgentServer();
    const review = await reviewWithAgents(server, {
      agents: ["security"],
      limits: { maxTokensPerReview: 4500 },
    });
    const skipped = review.llm.notReviewed ?? [];
    expect(server.calls).toBeGreaterThan(0);
    expect(skipped.length).toBeGreaterThan(0);
    expect(server.calls + skipped.length).toBe(3);
    expect(agentRequest(server.requests[0]!).prompt).toContain("File app/db.py");
    expect(skipped.map((s) => s.file)).not.toContain("app/db.py");
    for (const s of skipped) expect(s.reason).toContain("token budget");
    expect(review.completeness).toBe("partial");
    expect(review.llm.coverage).toEqual([
      { agent: "security", planned: 3, reviewed: server.calls, cut: { limit: skipped.length } },
    ]);
    expect(review.llm.tokens).toBe(server.calls * 1100);
  });

  it("the per-file budget is per agent: two agents of one file do not starve each other", async () => {
    server = await startAgentServer();
    const review = await reviewWithAgents(server, {
      agents: ["security", "performance"],
      limits: { maxTokensPerFile: 3700 },
    });
    expect(review.llm.notReviewed).toEqual([]);
    expect(server.calls).toBe(6);
    // The security agent's calls all went before the performance agent's.
    const order = server.requests.map((r) => agentRequest(r).schemaName);
    expect(order.slice(0, 3)).toEqual(["security_review", "security_review", "security_review"]);
  });
});
