import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { join } from "node:path";
import { appendFileSync } from "node:fs";
import { cli } from "../support/cli-harness.js";
import type { LlmTestServer } from "../support/llm-servers/index.js";
import { startAgentServer } from "./agent-server.js";
import { llmRepo, useLocalOpenAi } from "./rig.js";

/** A stand-in model: one real and one invented finding on app/db.py, nothing elsewhere. */
function respond(request: { schemaName: string; prompt: string }): unknown {
  if (request.schemaName === "security_review" && request.prompt.includes("File app/db.py")) {
    return {
      verdicts: [],
      findings: [
        {
          line: 5, // the code is on line 15: anchoring must move it
          quote: "return conn.execute(query).fetchall()",
          severity: "high",
          title: "Query text built from the customer argument",
          description: "find_orders concatenates customer into SQL.",
          recommendation: "Pass customer as a bound parameter.",
          confidence: 0.9,
          cwe: ["CWE-89"],
        },
        {
          line: 20,
          quote: "cursor.executemany(batch_insert_sql, rows)",
          severity: "high",
          title: "Invented",
          description: "This line is not in the file.",
          recommendation: "None.",
          confidence: 0.9,
          cwe: [],
        },
      ],
    };
  }
  return undefined;
}

interface JsonReport {
  findings: { ruleId: string; file: string; range: { start: { line: number } }; sources: string[] }[];
  llm: { tokens: number; costCents: number };
}

describe("codeguardian review --llm against a local OpenAI wire server", () => {
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
  const withKey = (): void => useLocalOpenAi(server);
  const review = async (
    ...flags: string[]
  ): Promise<{ code: number; report: JsonReport; stderr: string }> => {
    const result = await cli(["review", ".", "-f", "json", "--fail-on", "none", ...flags], repo.dir);
    return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
  };

  it("with a key but no --llm, sends nothing and prints a one-line hint", async () => {
    withKey();
    const { report, stderr } = await review();
    expect(server.calls).toBe(0);
    expect(stderr).toContain("add --llm openai:gpt-4.1 to turn it on");
    expect(report.llm).toEqual({ tokens: 0, costCents: 0 });
  });

  it("anchors the model's finding on the quoted line, drops the invented one, and records cost", async () => {
    withKey();
    const { code, report } = await review("--llm", "openai:gpt-4.1");
    expect(code).toBe(0);
    expect(server.calls).toBeGreaterThan(0);
    const llm = report.findings.filter((f) => f.sources.some((s) => s.startsWith("llm-")));
    expect(llm.map((f) => [f.file, f.range.start.line])).toEqual([["app/db.py", 15]]);
    expect(report.findings.some((f) => f.range.start.line === 20 && f.file === "app/db.py")).toBe(false);
    expect(report.llm.tokens).toBe(server.calls * 1100);
    expect(report.llm.costCents).toBeGreaterThan(0);
    // The hard-coded token of app/db.py and the .env file never reach the provider.
    const sent = server.requests.map((r) => JSON.stringify(r.body)).join("\n");
    expect(sent).not.toContain("ghp_4f9Qz7LmX2vB8nR1tY6wK3pJ5sD0aH9cE2uF");
    expect(sent).toContain('API_TOKEN = \\"«secret:1»\\"');
    expect(sent).not.toContain("Sup3rS3cretPassw0rd");
  });

  it("re-reviewing the unchanged repository makes zero provider calls", async () => {
    withKey();
    const before = server.calls;
    const { report } = await review("--llm", "openai:gpt-4.1");
    expect(server.calls).toBe(before);
    expect(report.llm.tokens).toBe(0);
    expect(report.findings.some((f) => f.sources.includes("llm-security"))).toBe(true);
  });

  it("changing one file re-sends only that file's calls", async () => {
    withKey();
    const before = server.calls;
    appendFileSync(join(repo.dir, "app", "cart.js"), "\nexport const VERSION = 2;\n");
    await review("--llm", "openai:gpt-4.1");
    const sent = server.requests.slice(before).map((r) => JSON.stringify(r.body));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((body) => body.includes("app/cart.js"))).toBe(true);
  });

  it("--no-cache pays again", async () => {
    withKey();
    const before = server.calls;
    await review("--llm", "openai:gpt-4.1", "--no-cache");
    expect(server.calls).toBeGreaterThan(before);
  });
});
