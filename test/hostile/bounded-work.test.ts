import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { resolveConfig } from "../../src/config/resolve-config.js";
import { MARKERS, testRules } from "../../src/workers/hostile-rules.test-support.js";
import { RulesPool } from "../../src/workers/rules-pool.js";
import { Capture } from "../support/cli-harness.js";
import { operatorHome } from "./hostile-support.js";

interface JsonReport {
  completeness: string;
  findings: { ruleId: string; file: string }[];
  notices: { level: string; analyser: string; file?: string; message: string; incomplete?: true }[];
  analysers: { id: string; status: string }[];
}

/** The rules alone, nothing failing on findings: the exit code then speaks only of completeness. */
const QUIET_TOOLS = [
  "fail_on: none",
  "analysers:",
  ...["bandit", "pylint", "eslint", "semgrep"].flatMap((id) => [`  ${id}:`, "    enabled: false"]),
];

const INJECTION_PY =
  'import os\nfrom flask import request\n\ndef run():\n    os.system("echo " + request.args["n"])\n';
const INJECTION_JS =
  "const cp = require('child_process');\ncp.exec(process.argv[2]);\neval(location.hash);\n";

// Hermetic: no user config from this machine.
const home = operatorHome("cg-bounded-home-");
const hostilePool = new RulesPool({ threads: 2, testRules });
const builtinPool = new RulesPool({ threads: 2 });

afterAll(async () => {
  await Promise.all([hostilePool.close(), builtinPool.close()]);
});

/** A directory holding `files` and a repository config of `config` lines. */
const tree = (files: Record<string, string>, config: readonly string[]): string =>
  home.tree({ ...files, ".codeguardian.yml": `${[...QUIET_TOOLS, ...config].join("\n")}\n` });

async function review(
  dir: string,
  pool: RulesPool,
  format: "json" | "terminal",
): Promise<{ code: number; stdout: string; ms: number }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const t0 = performance.now();
  const code = await run(["review", dir, "--no-store", "--format", format], {
    cwd: dir,
    stdout,
    stderr,
    rulesPool: pool,
  });
  return { code, stdout: stdout.text, ms: performance.now() - t0 };
}

async function reviewJson(
  dir: string,
  pool: RulesPool,
): Promise<{ code: number; report: JsonReport; ms: number }> {
  const { code, stdout, ms } = await review(dir, pool, "json");
  return { code, report: JSON.parse(stdout) as JsonReport, ms };
}

const ruleIds = (report: JsonReport, file: string): string[] =>
  report.findings.filter((f) => f.file === file).map((f) => f.ruleId);

describe("bounded work for the rules", () => {
  it("1.17: a file slow for the rules stops at the per-file time limit, is named not analysed, and the review is incomplete", async () => {
    const files = { "app.py": INJECTION_PY, "other.js": INJECTION_JS };
    const limit = ["limits:", "  rules_file_timeout_seconds: 1"];
    const control = await reviewJson(tree(files, limit), hostilePool);
    expect(control.code).toBe(0);
    expect(control.report.completeness).toBe("complete");
    expect(control.report.notices.filter((n) => n.incomplete)).toEqual([]);

    const slow = { ...files, "slow.py": `# ${MARKERS.spin}\nimport os\n` };
    const dir = tree(slow, limit);
    const { code, report, ms } = await reviewJson(dir, hostilePool);
    expect(code).toBe(4);
    expect(report.completeness).toBe("incomplete");
    // The rule spins for two minutes unless stopped.
    expect(ms).toBeLessThan(30_000);
    expect(report.analysers.find((a) => a.id === "rules")?.status).toBe("completed");
    expect(report.notices.filter((n) => n.incomplete)).toEqual([
      {
        level: "error",
        analyser: "rules",
        file: "slow.py",
        message: "not analysed (time limit): the rules took longer than 1 s on this file",
        incomplete: true,
      },
    ]);
    expect(ruleIds(report, "app.py")).toEqual(ruleIds(control.report, "app.py"));
    expect(ruleIds(report, "other.js")).toEqual(ruleIds(control.report, "other.js"));
    expect(ruleIds(control.report, "app.py").length).toBeGreaterThan(0);

    const terminal = await review(dir, hostilePool, "terminal");
    expect(terminal.code).toBe(4);
    expect(terminal.stdout).toContain("slow.py: not analysed (time limit)");
    expect(terminal.stdout).toContain("INCOMPLETE REVIEW");
    expect(terminal.stdout).toContain("1 file was not fully analysed; the notices say which and why.");
  });

  it("1.17: the review's analyser time limit stops the rules too, since they no longer block the main thread", async () => {
    const files = { "app.py": INJECTION_PY, "slow.py": `# ${MARKERS.spin}\n` };
    const { code, report, ms } = await reviewJson(
      tree(files, ["limits:", "  analyser_timeout_seconds: 2"]),
      hostilePool,
    );
    expect(code).toBe(4);
    expect(report.analysers.find((a) => a.id === "rules")?.status).toBe("timed-out");
    expect(ms).toBeLessThan(30_000);
    // The pool is still usable after the timed-out review's workers were terminated.
    const after = await reviewJson(tree({ "app.py": INJECTION_PY }, []), hostilePool);
    expect(after.code).toBe(0);
    expect(ruleIds(after.report, "app.py").length).toBeGreaterThan(0);
  });

  it("1.15: a rule that overflows the stack on a file is a notice for that rule and file, the other rules' findings there stay, exit 4", async () => {
    const control = await reviewJson(tree({ "deep.js": INJECTION_JS }, []), hostilePool);
    expect(control.code).toBe(0);
    expect(control.report.completeness).toBe("complete");

    const crashing = `${INJECTION_JS}// ${MARKERS.recurse}\n`;
    const { code, report } = await reviewJson(tree({ "deep.js": crashing }, []), hostilePool);
    expect(code).toBe(4);
    expect(report.completeness).toBe("incomplete");
    expect(report.notices.filter((n) => n.incomplete)).toEqual([
      {
        level: "error",
        analyser: "rules",
        file: "deep.js",
        message: "rule test/recurse failed: Maximum call stack size exceeded",
        incomplete: true,
      },
    ]);
    expect(ruleIds(report, "deep.js")).toEqual(ruleIds(control.report, "deep.js"));
    expect(ruleIds(control.report, "deep.js")).toEqual(expect.arrayContaining(["js/command-injection"]));
  });

  it("1.15: thousands of lines of concatenation before cp.exec never leave the review completed without the finding", async () => {
    const deep = (n: number): string =>
      `const cp = require('child_process');\nlet q = process.argv[2]${"\n+ 'x'".repeat(n)};\ncp.exec(q);\n`;
    const control = await reviewJson(tree({ "s.js": deep(10) }, []), builtinPool);
    expect(ruleIds(control.report, "s.js")).toContain("js/command-injection");
    for (const lines of [4000, 20000]) {
      const { code, report } = await reviewJson(tree({ "s.js": deep(lines) }, []), builtinPool);
      const found = ruleIds(report, "s.js").includes("js/command-injection");
      const crashNamed = report.notices.some(
        (n) => n.incomplete && n.file === "s.js" && n.message.startsWith("rule js/command-injection failed"),
      );
      // Either the rule got through or its crash makes the review incomplete: never completed and silent.
      expect({
        lines,
        outcome: found || (crashNamed && code === 4 && report.completeness === "incomplete"),
      }).toEqual({
        lines,
        outcome: true,
      });
    }
  });

  it("1.16: a file that makes a rule allocate past the worker's heap ceiling is not analysed (memory limit), the others are", async () => {
    const files = { "app.py": INJECTION_PY, "greedy.py": `# ${MARKERS.allocate}\n` };
    const { code, report } = await reviewJson(
      tree(files, ["limits:", "  rules_worker_memory_mb: 96"]),
      hostilePool,
    );
    expect(code).toBe(4);
    expect(report.notices.filter((n) => n.incomplete)).toEqual([
      {
        level: "error",
        analyser: "rules",
        file: "greedy.py",
        message: "not analysed (memory limit): the rules needed more than 96 MB on this file",
        incomplete: true,
      },
    ]);
    expect(ruleIds(report, "app.py").length).toBeGreaterThan(0);
  });

  it("a repository may lower the rules' limits but never raise them", () => {
    const operator = { source: "user", input: { limits: { rules_file_timeout_seconds: 30 } } };
    const config = (limits: Record<string, number>) =>
      resolveConfig([operator, { source: "repo", input: { limits }, trust: "repository" as const }]).limits;
    expect(config({ rules_file_timeout_seconds: 5, rules_worker_memory_mb: 256 })).toMatchObject({
      rulesFileTimeoutSeconds: 5,
      rulesWorkerMemoryMb: 256,
    });
    expect(config({ rules_file_timeout_seconds: 3600, rules_worker_memory_mb: 65536 })).toMatchObject({
      rulesFileTimeoutSeconds: 30,
      rulesWorkerMemoryMb: 1024,
    });
    // The operator's own layers may raise them.
    expect(
      resolveConfig([{ source: "flags", input: { limits: { rules_worker_memory_mb: 4096 } } }]).limits,
    ).toMatchObject({ rulesWorkerMemoryMb: 4096 });
  });
});
