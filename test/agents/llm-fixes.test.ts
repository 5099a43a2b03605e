import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { secretPlaceholder } from "../../src/core/redaction.js";
import { cli, git } from "../support/cli-harness.js";
import type { LlmTestServer } from "../support/llm-servers/index.js";
import { agentRequest, emptyAnswer, startAgentServer, type AgentRequest } from "./agent-server.js";
import { llmRepo, useLocalOpenAi } from "./rig.js";

const TOKEN = "ghp_4f9Qz7LmX2vB8nR1tY6wK3pJ5sD0aH9cE2uF";
/** The first (and only) secret of app/db.py, as the model is shown it. */
const MASKED = secretPlaceholder(1);

const logicIssue = (line: number, quote: string, title: string) => ({
  function: "",
  line,
  quote,
  severity: "medium",
  title,
  description: title,
  recommendation: "Fix it.",
  confidence: 0.9,
  cwe: [],
});

const proposal = (startLine: number, endLine: number, original: string, replacement: string) => ({
  fixable: true,
  startLine,
  endLine,
  original,
  replacement,
  explanation: "Changes the flagged lines.",
});

/**
 * A stand-in model over the OpenAI wire format. The logic agent reports three
 * defects; the fix task answers each finding in a different way the ladder
 * must tell apart: a good fix for a rule finding, a good fix of a masked
 * secret, a good fix with miscounted lines, a fix its agent still objects to,
 * and a fix that breaks the syntax.
 */
function respond(request: AgentRequest): unknown {
  const { schemaName, prompt } = request;
  // A call about the file alone ("from app/pricing.py (python).") or its section of a call shared by
  // small files ("File app/pricing.py (python):", src/agents/batch.ts).
  if (schemaName === "logic_review" && prompt.includes("app/pricing.py (python)")) {
    return {
      findings: [
        logicIssue(16, "start = number * size", "1-based page read as 0-based"),
        logicIssue(11, "return sum(values) / len(values)", "average of an empty list divides by zero"),
      ],
    };
  }
  if (schemaName === "logic_review" && prompt.includes("app/cart.js (javascript)")) {
    return {
      findings: [logicIssue(6, "for (let i = 0; i <= lines.length; i++) {", "loop reads past the end")],
    };
  }
  if (schemaName === "fix_proposal") {
    if (prompt.includes("py/sql-injection at lines 15-15"))
      return proposal(
        14,
        15,
        `    query = "SELECT id, total FROM orders WHERE customer = '" + customer + "' ORDER BY id DESC"\n    return conn.execute(query).fetchall()`,
        `    query = "SELECT id, total FROM orders WHERE customer = ? ORDER BY id DESC"\n    return conn.execute(query, (customer,)).fetchall()`,
      );
    if (prompt.includes("py/hardcoded-credentials"))
      return proposal(
        2,
        4,
        `import sqlite3\n\nAPI_TOKEN = "${MASKED}"`,
        `import os\nimport sqlite3\n\nAPI_TOKEN = os.environ["API_TOKEN"]`,
      );
    if (prompt.includes("1-based page read as 0-based"))
      // Miscounted by one: the quote puts it right.
      return proposal(15, 15, "    start = number * size", "    start = (number - 1) * size");
    if (prompt.includes("divides by zero"))
      return proposal(
        11,
        11,
        "    return sum(values) / len(values)",
        "    return sum(values) / (len(values) or 0)",
      );
    if (prompt.includes("loop reads past the end"))
      return proposal(
        6,
        6,
        "  for (let i = 0; i <= lines.length; i++) {",
        "  for (let i = 0; i < lines.length; i++ {",
      );
    return {
      fixable: false,
      startLine: 1,
      endLine: 1,
      original: "",
      replacement: "",
      explanation: "no local fix",
    };
  }
  if (schemaName === "fix_recheck") {
    const fixed = prompt.includes("(number - 1) * size") && prompt.includes("1-based page");
    return { present: !fixed, reason: fixed ? "the page now starts at (number - 1) * size" : "still there" };
  }
  return emptyAnswer(schemaName);
}

interface JsonFinding {
  ruleId: string;
  file: string;
  range: { start: { line: number } };
  fix?: { description: string; applicability: string };
  fixValidation?: { status: string; recheckedWith?: string; reasons: string[]; parses: boolean };
}

describe("review --fix --llm: model-proposed fixes through the same ladder", () => {
  let server: LlmTestServer;
  const repo = llmRepo();
  beforeAll(async () => {
    server = await startAgentServer(respond);
  });
  afterEach(() => vi.unstubAllEnvs());
  afterAll(async () => {
    await server.close();
    repo.cleanup();
  });
  const review = async (...flags: string[]) => {
    useLocalOpenAi(server);
    const result = await cli(
      ["review", ".", "-f", "json", "--fail-on", "none", "--llm", "openai:gpt-4.1", "--fix", ...flags],
      repo.dir,
    );
    const report = JSON.parse(result.stdout) as { findings: JsonFinding[]; llm: { tokens: number } };
    return { ...result, report };
  };
  const fixRequests = () =>
    server.requests
      .map(agentRequest)
      .filter((r) => r.schemaName === "fix_proposal" || r.schemaName === "fix_recheck");
  const find = (findings: JsonFinding[], file: string, line: number) =>
    findings.find((f) => f.file === file && f.range.start.line === line);

  it("proves rule findings' fixes by the rule, model-checks LLM-only ones, and rejects the rest with reasons", async () => {
    const { report, stderr } = await review();
    const sql = find(report.findings, "app/db.py", 15)!;
    expect(sql.ruleId).toBe("py/sql-injection");
    expect(sql.fixValidation).toMatchObject({ status: "proven", recheckedWith: "py/sql-injection" });
    expect(sql.fix?.applicability).toBe("suggested");
    expect(sql.fix?.description).toContain("(proposed by openai:gpt-4.1)");

    const secret = find(report.findings, "app/db.py", 4)!;
    expect(secret.fixValidation).toMatchObject({
      status: "proven",
      recheckedWith: "py/hardcoded-credentials",
    });

    const page = find(report.findings, "app/pricing.py", 16)!;
    expect(page.fixValidation).toMatchObject({ status: "model-checked", recheckedWith: "llm-logic" });

    const average = find(report.findings, "app/pricing.py", 11)!;
    expect(average.fix).toBeUndefined();
    expect(average.fixValidation?.status).toBe("rejected");
    expect(average.fixValidation?.reasons.join(" ")).toContain(
      "llm-logic still reports the finding after the fix",
    );

    const loop = find(report.findings, "app/cart.js", 6)!;
    expect(loop.fix).toBeUndefined();
    expect(loop.fixValidation).toMatchObject({ status: "rejected", parses: false });

    expect(stderr).toMatch(/wrote 3 fixes \(2 proven, 1 model-checked; 2 rejected\)/);
    // The .env file's postgres password (text/known-token) is not asked about: config files are never sent.
    expect(stderr).toMatch(/asked the model for 5 fix\(es\): 5 proposed, 3 passed the ladder, \d+ re-check/);
    expect(fixRequests().some((r) => r.prompt.includes("File .env"))).toBe(false);
    const patch = readFileSync(join(repo.dir, "codeguardian.patch"), "utf8");
    expect(patch).toContain("+    start = (number - 1) * size");
    expect(patch).toContain('+API_TOKEN = os.environ["API_TOKEN"]');
    expect(patch).not.toContain("i++ {");
    git(repo.dir, "apply", "--check", "codeguardian.patch");

    // What went to the model was masked, and the proposals were asked under the fix task's schema.
    const sent = fixRequests().map((r) => r.prompt);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.join("\n")).not.toContain(TOKEN);
    expect(sent.join("\n")).toContain(`API_TOKEN = "${MASKED}"`);
  });

  it("a second run on unchanged files asks the model nothing new", async () => {
    const before = fixRequests().length;
    const calls = server.calls;
    const { report, stderr } = await review();
    expect(fixRequests().length).toBe(before);
    expect(server.calls).toBe(calls);
    expect(find(report.findings, "app/pricing.py", 16)?.fixValidation?.status).toBe("model-checked");
    expect(stderr).toMatch(/wrote 3 fixes/);
  });

  it("--llm-fixes 0 asks for none; deterministic fixes are still validated", async () => {
    const before = fixRequests().length;
    const { report } = await review("--no-cache", "--llm-fixes", "0");
    expect(fixRequests().length).toBe(before);
    expect(report.findings.filter((f) => f.fix?.description.includes("proposed by"))).toEqual([]);
  });

  it("codeguardian fix --llm shows each validated fix with its status and applies the ones accepted", async () => {
    useLocalOpenAi(server);
    const proposals = fixRequests().filter((r) => r.schemaName === "fix_proposal").length;
    // Fixes come most severe first: the hard-coded token (high), then the SQL query (medium: its
    // customer is a parameter of unknown origin) and the pagination (medium). Take the first and third.
    const { code, stdout } = await cli(["fix", ".", "--llm", "openai:gpt-4.1"], repo.dir, "y\nn\ny\n");
    expect(code).toBe(0);
    expect(stdout).toContain("[suggested, model-checked]");
    expect(stdout).toContain("[suggested, proven]");
    expect(stdout).toContain("Applied 2 fixes.");
    expect(stdout).toMatch(/app\/cart\.js:6 llm\/logic\/\S+: fix not proven: .*syntax error/);
    expect(readFileSync(join(repo.dir, "app", "pricing.py"), "utf8")).toContain(
      "start = (number - 1) * size",
    );
    const db = readFileSync(join(repo.dir, "app", "db.py"), "utf8");
    expect(db).toContain('API_TOKEN = os.environ["API_TOKEN"]');
    expect(db).toContain(`'" + customer + "'`);
    // Proposals came from the cache: the model was not asked again.
    expect(fixRequests().filter((r) => r.schemaName === "fix_proposal").length).toBe(proposals);
    git(repo.dir, "checkout", "--", ".");
  });

  it("refuses a malformed --llm-fixes before anything runs", async () => {
    const calls = server.calls;
    const result = await cli(["review", ".", "--fix", "--llm-fixes", "-2"], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--llm-fixes must be a whole number");
    expect(server.calls).toBe(calls);
  });
});
