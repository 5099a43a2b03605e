import { afterEach, describe, expect, it } from "vitest";
import { LlmRouter, withPrices, DEFAULT_PRICES, Budget, DEFAULT_BUDGET_LIMITS } from "../../src/llm/index.js";
import type { ModelRef, ProviderId } from "../../src/llm/index.js";
import { FakeClock, reply } from "../support/llm-servers/index.js";
import type { LlmTestServer } from "../support/llm-servers/index.js";
import { FIXTURES, KEY } from "../support/llm-servers/provider-fixtures.js";
import { reviewWithAgents } from "./rig.js";

const MODEL: Readonly<Record<ProviderId, string>> = {
  openai: "gpt-4.1",
  anthropic: "claude-sonnet-4-20250514",
  google: "gemini-2.5-pro",
  "openai-compatible": "qwen2.5-coder",
};

let server: LlmTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each(FIXTURES.map((f) => [f.name, f] as const))("the security agent over %s", (_name, fixture) => {
  it("sends its schema in the provider's structured-output form and maps the answer", async () => {
    server = await fixture.start();
    const provider = fixture.provider(server.origin, KEY);
    const pinned: ModelRef = { provider: provider.id, model: MODEL[provider.id] };
    const answer = (line: number) => ({
      verdicts: [],
      findings: [
        {
          line,
          quote: "return conn.execute(query).fetchall()",
          severity: "high",
          title: "SQL from input",
          description: "d",
          recommendation: "r",
          confidence: 0.9,
          cwe: ["CWE-89"],
        },
      ],
    });
    // db.py is the riskiest file, so it is asked about first; the other three answer nothing.
    server.script(reply(answer(15)), ...[1, 2, 3].map(() => reply({ verdicts: [], findings: [] })));
    const prices = withPrices(DEFAULT_PRICES, [{ ...pinned, inputPerMillion: 0, outputPerMillion: 0 }]);
    const router = new LlmRouter({
      providers: { [provider.id]: provider },
      pinned,
      prices,
      clock: new FakeClock(),
    });
    const review = await reviewWithAgents(server, {
      agents: ["security"],
      session: { router, budget: new Budget(DEFAULT_BUDGET_LIMITS, prices) },
    });
    // Three source files: the test file is the testing agent's alone.
    expect(server.calls).toBe(3);
    expect(fixture.sentSchema(server.requests[0]!.body as never)).toBeDefined();
    expect(review.llm.notReviewed).toEqual([]);
    const found = review.findings.filter((f) => f.sources.includes("llm-security"));
    expect(found.map((f) => [f.file, f.range.start.line])).toEqual([["app/db.py", 15]]);
  });
});
