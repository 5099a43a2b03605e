/**
 * The scheduling promise of docs/agents.md ("Budgets, order and cost"),
 * checked end to end under the default budgets against a local model server
 * that bills what it is sent, with slow, failing and hanging calls: the
 * security agent reviews every file with a rule finding; nothing is refused
 * while the budget could still pay for it; the caps hold, by the server's
 * own count. No real model is involved: this measures scheduling and
 * accounting, not review quality.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { MAX_BATCH_FILES } from "../../src/agents/batch.js";
import { AGENT_IDS } from "../../src/agents/types.js";
import type { Review } from "../../src/core/review.js";
import { Budget, DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES } from "../../src/llm/index.js";
import type { LlmTestServer } from "../support/llm-servers/index.js";
import { startMeteredServer, slowAnswer } from "./metered-server.js";
import { reviewWithAgents, routerFor } from "./rig.js";

const FP_SET = join(process.env["HOME"] ?? "", ".cache", "codeguardian-bench", "fp-set", "src");
let server: (LlmTestServer & { billed: () => { input: number; output: number } }) | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Request handlers (some with SQL built from input), plain modules, and tests: 36 files. */
function riskyRepo(): string {
  const root = mkdtempSync(join(tmpdir(), "cg-coverage-"));
  dirs.push(root);
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (let i = 0; i < 10; i++) {
    const unsafe = i % 2 === 0;
    write(
      `app/routes_${i}.py`,
      [
        '"""Order pages."""',
        "from flask import Flask, request",
        "import sqlite3",
        "",
        "app = Flask(__name__)",
        "",
        "",
        `@app.route("/orders/${i}")`,
        "def orders():",
        '    customer = request.args.get("customer", "")',
        '    conn = sqlite3.connect("shop.db")',
        unsafe
          ? `    query = "SELECT id, total FROM orders WHERE customer = '" + customer + "'"`
          : '    query = "SELECT id, total FROM orders WHERE customer = ?"',
        unsafe
          ? "    return str(conn.execute(query).fetchall())"
          : "    return str(conn.execute(query, (customer,)).fetchall())",
        "",
      ].join("\n"),
    );
  }
  for (let i = 0; i < 20; i++) {
    const body = Array.from({ length: 8 }, (_, k) =>
      [
        `def step_${k}(values):`,
        `    """Step ${k} of the pipeline."""`,
        `    return [v * ${k + 1} for v in values if v > ${k}]`,
        "",
        "",
      ].join("\n"),
    );
    write(`lib/module_${i}.py`, [`"""Helpers ${i}."""`, "", "", ...body].join("\n"));
  }
  for (let i = 0; i < 6; i++) {
    write(
      `tests/test_module_${i}.py`,
      [
        `from lib.module_${i} import step_1`,
        "",
        "",
        "def test_step_1():",
        "    assert step_1([1, 2]) == [4]",
        "",
      ].join("\n"),
    );
  }
  return root;
}

async function reviewUnderDefaults(root: string): Promise<{ review: Review; budget: Budget }> {
  server = await startMeteredServer();
  server.script(
    slowAnswer(150),
    { kind: "error", status: 500 },
    { kind: "hang" },
    slowAnswer(80),
    { kind: "drop" },
    slowAnswer(120),
  );
  const budget = new Budget(DEFAULT_BUDGET_LIMITS, DEFAULT_PRICES);
  const review = await reviewWithAgents(server, {
    agents: AGENT_IDS,
    root,
    // The review's own defaults: small files share a call (src/agents/batch.ts).
    session: {
      budget,
      router: routerFor(server, { timeoutMs: 3000 }),
      concurrency: 4,
      batchFiles: MAX_BATCH_FILES,
    },
  });
  return { review, budget };
}

/** Production files with a deterministic finding: the security agent must review every one. */
function filesWithRuleFindings(review: Review): string[] {
  return [
    ...new Set(
      review.findings
        .filter((f) => !f.ruleId.startsWith("llm/") && f.nonProduction === undefined)
        .map((f) => f.file),
    ),
  ].sort();
}

function expectScheduledWell(review: Review, budget: Budget): void {
  const risky = filesWithRuleFindings(review);
  const securityCut = (review.llm.notReviewed ?? []).filter((n) => n.analyser === "llm-security");
  expect(securityCut.filter((n) => risky.includes(n.file))).toEqual([]);
  const security = review.llm.coverage?.find((c) => c.agent === "security");
  expect(security?.reviewed).toBe(security?.planned);

  // Refused only against a settled budget: nothing else was reserved when the last try was refused.
  // (A call that alone is over the per-call cap of its file can never fit, settled or not.)
  for (const cut of (review.llm.notReviewed ?? []).filter((n) => n.cause === "limit")) {
    if (cut.reason.includes("over the per-file cap")) continue;
    expect(cut.reason).toMatch(/budget would be exceeded/);
    for (const reserved of cut.reason.matchAll(/([\d.]+)¢? reserved/g)) expect(Number(reserved[1])).toBe(0);
  }
  const spent = budget.snapshot();
  expect(spent.tokensUsed).toBeLessThanOrEqual(DEFAULT_BUDGET_LIMITS.maxTokensPerReview);
  expect(spent.centsUsed).toBeLessThanOrEqual(DEFAULT_BUDGET_LIMITS.maxCostCentsPerReview);
  expect(spent.tokensReserved).toBe(0);
  // The server's bill is the truth: the review charged at least that (failed calls at their reservation).
  const billed = server!.billed();
  expect(spent.tokensUsed).toBeGreaterThanOrEqual(billed.input + billed.output);
  expect(review.llm.tokens).toBe(spent.tokensUsed);
  expect(review.llm.costCents).toBeCloseTo(spent.centsUsed, 6);
  if ((review.llm.notReviewed ?? []).length > 0) expect(review.completeness).toBe("partial");
}

describe("under the default budgets, with slow and failing calls", () => {
  // A security call hangs for the whole time limit while lower-ranked agents fill the free slots; its
  // retry still goes out, because the call holds what its retries could need against everything ranked
  // after it (retry-holds.ts). Before the holds the retry was refused at 197,828 of 200,000 tokens; with
  // the light agents sharing a call and small files sharing calls the budget also lasts longer.
  it("a 36-file repository: security covers every file with a rule finding, nothing is refused while budget remains, caps hold", async () => {
    const root = riskyRepo();
    const { review, budget } = await reviewUnderDefaults(root);
    expect(filesWithRuleFindings(review).length).toBeGreaterThanOrEqual(5);
    expectScheduledWell(review, budget);
    // Test files went to the testing agent only.
    const sentToOthers = server!.requests.filter((r) => !JSON.stringify(r.body).includes("testing_review"));
    expect(sentToOthers.some((r) => JSON.stringify(r.body).includes("File tests/"))).toBe(false);
    // The first calls out were the security agent's, on files with findings.
    const first = JSON.stringify(server!.requests[0]!.body);
    expect(first).toContain("security_review");
    expect(first).toMatch(/File app\/routes_\d\.py/);
  });

  it.each(["express", "koa"])(
    "the pinned %s sources (fp-set cache) hold the same promises",
    async (project) => {
      const root = join(FP_SET, project);
      if (!existsSync(root)) {
        console.warn(
          `skipped: ${root} is absent (run npm run bench:fp-set once to fetch the pinned sources)`,
        );
        return;
      }
      const { review, budget } = await reviewUnderDefaults(root);
      expectScheduledWell(review, budget);
    },
  );
});
