/**
 * The shape of the calls (docs/agents.md, "Calls"): small files share a call
 * per agent, and the light agents on one model share a call per file; every
 * answer still reaches the one file and the one agent it is about.
 */
import { afterEach, describe, expect, it } from "vitest";
import { MAX_BATCH_FILES } from "../../src/agents/batch.js";
import type { LlmTestServer } from "../support/llm-servers/index.js";
import { agentRequest, startAgentServer } from "./agent-server.js";
import { reviewWithAgents } from "./rig.js";

let server: LlmTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const issue = (quote: string, line: number, title: string) => ({
  line,
  quote,
  severity: "medium",
  title,
  description: "d",
  recommendation: "r",
  confidence: 0.8,
  cwe: [],
});

describe("small files share a call", () => {
  it("one security call shows the three small source files, each named and fenced, and each answer goes to its file", async () => {
    server = await startAgentServer((r) =>
      r.prompt.includes("File app/cart.js")
        ? {
            verdicts: [],
            findings: [issue('element.innerHTML = "Hello, " + name;', 14, "Markup from input")],
          }
        : undefined,
    );
    const review = await reviewWithAgents(server, {
      agents: ["security"],
      session: { batchFiles: MAX_BATCH_FILES },
    });
    expect(server.calls).toBe(1);
    const { prompt } = agentRequest(server.requests[0]!);
    for (const path of ["app/db.py", "app/pricing.py", "app/cart.js"]) {
      expect(prompt).toContain(`File ${path} (`);
      expect(prompt).toMatch(new RegExp(`<<<UNTRUSTED-CODE-[0-9a-f]{16} ${path.replace(".", "\\.")}>>>`));
    }
    // The test file is the testing agent's alone.
    expect(prompt).not.toContain("test_pricing.py");
    const found = review.findings.filter((f) => f.sources.includes("llm-security"));
    expect(found.map((f) => [f.file, f.range.start.line])).toEqual([["app/cart.js", 14]]);
    expect(review.llm.coverage).toEqual([{ agent: "security", planned: 3, reviewed: 3, cut: {} }]);
  });

  it("a file the answer leaves out is not reviewed, and the review says so", async () => {
    server = await startAgentServer();
    const empty = { verdicts: [], findings: [] };
    server.script({
      kind: "reply",
      text: JSON.stringify({ files: [{ file: "app/db.py", answer: empty }] }),
    });
    const review = await reviewWithAgents(server, {
      agents: ["security"],
      session: { batchFiles: MAX_BATCH_FILES },
    });
    expect(server.calls).toBe(1);
    expect(review.llm.coverage).toEqual([
      { agent: "security", planned: 3, reviewed: 1, cut: { failure: 2 } },
    ]);
    expect((review.llm.notReviewed ?? []).map((n) => n.file).sort()).toEqual([
      "app/cart.js",
      "app/pricing.py",
    ]);
    for (const n of review.llm.notReviewed ?? []) expect(n.reason).toContain("left this file out");
    expect(review.completeness).toBe("incomplete");
  });
});

describe("the logic agent's small files", () => {
  it("share a call, each file's functions with their facts, and each answer goes to its file", async () => {
    server = await startAgentServer((r) =>
      r.schemaName === "logic_review" && r.prompt.includes("File app/pricing.py (python):")
        ? {
            findings: [
              { function: "page", ...issue("start = number * size", 16, "1-based page read as 0-based") },
            ],
          }
        : undefined,
    );
    const review = await reviewWithAgents(server, {
      agents: ["logic"],
      session: { batchFiles: MAX_BATCH_FILES },
    });
    expect(server.calls).toBe(1);
    const { prompt } = agentRequest(server.requests[0]!);
    expect(prompt).toMatch(/^Review each of these 3 files for logic/);
    expect(prompt).toContain("Function page, lines");
    expect(prompt).toContain("Function find_orders, lines");
    expect(prompt).toContain("Function cartTotal, lines");
    const found = review.findings.filter((f) => f.sources.includes("llm-logic"));
    expect(found.map((f) => [f.file, f.range.start.line])).toEqual([["app/pricing.py", 16]]);
    expect(review.llm.coverage).toEqual([{ agent: "logic", planned: 3, reviewed: 3, cut: {} }]);
  });
});

describe("the light agents share a call per file", () => {
  it("performance, pattern, static and testing read each file once, and each gets its own issues", async () => {
    server = await startAgentServer((r) =>
      r.schemaName === "shared_review" && r.prompt.includes("File app/cart.js")
        ? {
            findings: [
              {
                area: "performance",
                ...issue("total += lines[i].price * lines[i].qty;", 7, "Per-line work"),
              },
              {
                area: "pattern",
                ...issue('element.innerHTML = "Hello, " + name;', 14, "DOM write in a helper"),
              },
            ],
            coverage: [{ function: "cartTotal", tests: [], assessment: "untested" }],
          }
        : undefined,
    );
    const review = await reviewWithAgents(server, {
      agents: ["performance", "pattern", "static", "testing"],
    });
    // One call per source file (the rig sends each file alone), not one per agent and file.
    expect(server.calls).toBe(3);
    const asked = server.requests.map(agentRequest);
    expect(asked.every((r) => r.schemaName === "shared_review")).toBe(true);
    for (const area of ["performance", "pattern", "static", "testing"])
      expect(asked[0]!.system).toContain(`\n- ${area}: `);
    const by = (agent: string) =>
      review.findings
        .filter((f) => f.sources.includes(`llm-${agent}`))
        .map((f) => [f.file, f.range.start.line]);
    expect(by("performance")).toEqual([["app/cart.js", 7]]);
    expect(by("pattern")).toEqual([["app/cart.js", 14]]);
    expect(by("static")).toEqual([]);
    expect(review.notices.map((n) => n.message)).toContain("app/cart.js: untested: cartTotal");
    expect(review.llm.coverage?.map((c) => [c.agent, c.reviewed, c.planned])).toEqual([
      ["performance", 3, 3],
      ["pattern", 3, 3],
      ["static", 3, 3],
      ["testing", 3, 3],
    ]);
    // The calls are counted and paid once, by the first agent of the call.
    expect(review.llm.calls).toBe(3);
    expect(Object.values(review.llm.models ?? {}).reduce((n, m) => n + m.calls, 0)).toBe(3);
  });
});
