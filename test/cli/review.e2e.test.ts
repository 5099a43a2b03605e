import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli, FIXTURE_REPO, git, repoFrom } from "../support/cli-harness.js";

interface JsonFinding {
  ruleId: string;
  file: string;
  range: { start: { line: number } };
  cwe: string[];
  severity: string;
  fingerprint: string;
  sources: string[];
  nonProduction?: { kind: string; reason: string; originalSeverity?: string };
}
interface JsonReport {
  completeness: string;
  findings: JsonFinding[];
  skipped: { path: string; reason: string }[];
  skippedCounts: Record<string, number>;
  analysers: { id: string; status: string }[];
  comparison?: { newFingerprints: string[]; fixed: { file: string; ruleId: string }[] };
}

let repo: { dir: string; cleanup: () => void };
beforeEach(() => {
  repo = repoFrom(FIXTURE_REPO);
});
afterEach(() => repo.cleanup());

async function reviewJson(
  args: string[] = [],
): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await cli(["review", repo.dir, "--format", "json", ...args], repo.dir);
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

const at = (f: JsonFinding): string => `${f.file}:${f.range.start.line}:${f.cwe[0] ?? ""}`;

describe("codeguardian review on the mixed fixture repository", () => {
  it("reports the known issues with their CWE on the right lines, and exits 1 (fail_on high)", async () => {
    const { code, report } = await reviewJson();
    expect(code).toBe(1);
    const places = report.findings.map(at);
    expect(places).toEqual(
      expect.arrayContaining([
        "app/views.py:23:CWE-89",
        "app/views.py:38:CWE-78",
        "app/views.py:45:CWE-502",
        "app/views.py:50:CWE-295",
        "web/src/server.ts:10:CWE-78",
        "web/src/server.ts:17:CWE-94",
        "web/src/server.ts:21:CWE-295",
        "web/src/render.ts:5:CWE-79",
      ]),
    );
    // The safe twins stay quiet.
    expect(
      places.filter((p) => p.startsWith("app/views.py:31") || p.startsWith("web/src/render.ts:11")),
    ).toEqual([]);
    expect(report.findings.filter((f) => f.file === "app/calc.py")).toEqual([]);
    // Vendored and minified files are never analysed.
    expect(
      report.findings.filter((f) => f.file.includes("node_modules") || f.file.endsWith(".min.js")),
    ).toEqual([]);
  });

  it("skips bad files by reason and goes on: binary, invalid UTF-8, 50 MB, symlink outside", async () => {
    const big = join(repo.dir, "app", "huge.py");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024);
    symlinkSync("/etc/passwd", join(repo.dir, "app", "passwd.py"));
    const { report } = await reviewJson(["--no-store"]);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
    expect(reasons).toMatchObject({
      "web/logo.gif": "binary",
      "app/latin1.py": "invalid-encoding",
      "app/huge.py": "too-large",
      "app/passwd.py": "symlink-outside",
    });
    expect(report.findings.length).toBeGreaterThan(5);
  });

  it("a second review reports zero new findings; after a fix it lists the fixed one", async () => {
    // The history lives in this file's own data directory (test/support/isolated-data-home.ts).
    const db: string[] = [];
    await reviewJson(db);
    const second = await reviewJson(db);
    expect(second.report.comparison?.newFingerprints).toEqual([]);
    expect(second.report.comparison?.fixed).toEqual([]);

    const views = join(repo.dir, "app", "views.py");
    writeFileSync(
      views,
      readFileSync(views, "utf8").replace("data = yaml.load(payload)", "data = yaml.safe_load(payload)"),
    );
    const third = await reviewJson(db);
    expect(third.report.comparison?.newFingerprints).toEqual([]);
    expect(third.report.comparison?.fixed.map((f) => f.file)).toContain("app/views.py");
    expect(third.report.findings.map(at)).not.toContain("app/views.py:45:CWE-502");

    const history = await cli(["history", repo.dir, ...db], repo.dir);
    expect(history.code).toBe(0);
    expect(history.stdout.trim().split("\n")).toHaveLength(4);
  });

  it("reviews a single file, or several, as pre-commit passes them", async () => {
    const one = await cli(["review", "app/views.py", "--format", "json", "--no-store"], repo.dir);
    const report = JSON.parse(one.stdout) as JsonReport;
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(["app/views.py"]));

    const two = await cli(
      ["review", "app/calc.py", "web/src/render.ts", "--format", "json", "--no-store"],
      repo.dir,
    );
    const files = new Set((JSON.parse(two.stdout) as JsonReport).findings.map((f) => f.file));
    expect(files).toEqual(new Set(["web/src/render.ts"]));
  });

  it("--diff keeps only findings on lines changed since the base ref", async () => {
    const server = join(repo.dir, "web", "src", "server.ts");
    writeFileSync(
      server,
      `${readFileSync(server, "utf8")}\nexport const again = (code: string) => eval(code + process.argv[2]);\n`,
    );
    git(repo.dir, "checkout", "-q", "-b", "feature");
    git(repo.dir, "commit", "-qam", "change");
    const { report } = await reviewJson(["--diff", "main", "--no-store"]);
    expect(report.findings.map((f) => f.file)).toEqual(report.findings.map(() => "web/src/server.ts"));
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.range.start.line > 30)).toBe(true);
  });
});

describe("non-production code", () => {
  it("a flaw only in tests is listed apart at low and exits 0; once the application imports it, it is production", async () => {
    const views = readFileSync(join(repo.dir, "app", "views.py"), "utf8");
    rmSync(join(repo.dir, "app"), { recursive: true });
    rmSync(join(repo.dir, "web"), { recursive: true });
    mkdirSync(join(repo.dir, "shop"));
    mkdirSync(join(repo.dir, "tests"));
    writeFileSync(join(repo.dir, "shop", "main.py"), "print('shop')\n");
    writeFileSync(join(repo.dir, "tests", "helpers.py"), views);
    const tested = await reviewJson(["--no-store"]);
    expect(tested.code).toBe(0);
    const moved = tested.report.findings.filter((f) => f.file === "tests/helpers.py");
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.map((f) => [f.severity, f.nonProduction?.kind])).toContainEqual(["low", "test"]);
    expect(moved.find((f) => f.cwe[0] === "CWE-89")?.nonProduction).toEqual({
      kind: "test",
      reason: "test directory tests/ (unittest, Django, pytest)",
      originalSeverity: "critical",
    });

    writeFileSync(join(repo.dir, "shop", "main.py"), "from tests.helpers import list_orders\n");
    const imported = await reviewJson(["--no-store"]);
    expect(imported.code).toBe(1);
    const kept = imported.report.findings.filter((f) => f.file === "tests/helpers.py");
    expect(kept.find((f) => f.cwe[0] === "CWE-89")).toMatchObject({ severity: "critical" });
    expect(kept.filter((f) => f.nonProduction !== undefined)).toEqual([]);
  });
});

describe("errors in what the user asked for exit 2 with a clear message and no stack", () => {
  const cases: {
    name: string;
    args: (dir: string) => string[];
    setup?: (dir: string) => void;
    message: RegExp;
  }[] = [
    { name: "missing path", args: (d) => ["review", join(d, "nope")], message: /no such file or directory/ },
    {
      name: "broken YAML",
      setup: (d) => writeFileSync(join(d, ".codeguardian.yml"), "fail_on: [high\n"),
      args: (d) => ["review", d],
      message: /\.codeguardian\.yml:\d+:\d+: not valid YAML/,
    },
    {
      name: "unknown key",
      setup: (d) => writeFileSync(join(d, ".codeguardian.yml"), "fial_on: high\n"),
      args: (d) => ["review", d],
      message: /unknown key "fial_on"/,
    },
    {
      name: "operator-only key in repo config",
      setup: (d) =>
        writeFileSync(join(d, ".codeguardian.yml"), "llm:\n  base_url: http://attacker.example\n"),
      args: (d) => ["review", d],
      message: /"llm.base_url" may only be set by the operator/,
    },
    { name: "file:// URL", args: () => ["review", "file:///etc"], message: /file:\/\// },
    { name: "ext:: transport", args: () => ["review", "ext::sh -c touch% /tmp/pwned"], message: /./ },
    {
      name: "option-looking URL",
      args: () => ["review", "--upload-pack=touch /tmp/x"],
      message: /unknown option|error/,
    },
    {
      name: "clone that fails",
      args: () => ["review", "https://127.0.0.1:9/nothing.git"],
      message: /clone/i,
    },
    { name: "bad --fail-on", args: (d) => ["review", d, "--fail-on", "sometimes"], message: /sometimes/ },
    { name: "several formats to stdout", args: (d) => ["review", d, "-f", "json,sarif"], message: /--out/ },
    {
      name: "--format repeated, to stdout",
      args: (d) => ["review", d, "-f", "json", "-f", "sarif"],
      message: /--out/,
    },
    {
      name: "a value that is no format",
      args: (d) => ["review", "--format", "jsno", d],
      message: /"jsno" is not an output format; use one of terminal, json/,
    },
  ];

  it.each(cases)("$name", async ({ args, setup, message }) => {
    setup?.(repo.dir);
    const result = await cli(args(repo.dir), repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe("--format takes one value", () => {
  it("`review --format json .` reviews the current directory instead of reading '.' as a format", async () => {
    const result = await cli(["review", "--format", "json", ".", "--no-store"], repo.dir);
    expect(result.stderr).not.toMatch(/format/);
    const report = JSON.parse(result.stdout) as JsonReport & { target: { input: string } };
    expect(report.target.input).toBe(".");
    expect(report.findings.length).toBeGreaterThan(0);
  });
});

describe("incomplete is not green", () => {
  it("a crashing analyser makes the review incomplete: exit 4, or the normal code with --allow-incomplete", async () => {
    const userConfig = join(repo.dir, "xdg");
    mkdirSync(join(userConfig, "codeguardian"), { recursive: true });
    writeFileSync(
      join(userConfig, "codeguardian", "config.yml"),
      "analysers:\n  bandit:\n    command: /bin/false\n",
    );
    const previous = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = userConfig;
    try {
      const failed = await cli(["review", repo.dir, "--format", "json", "--no-store"], repo.dir);
      const report = JSON.parse(failed.stdout) as JsonReport;
      expect(report.completeness).toBe("incomplete");
      expect(report.analysers.find((a) => a.id === "bandit")?.status).toBe("failed");
      expect(failed.code).toBe(4);
      const allowed = await cli(
        ["review", repo.dir, "--format", "json", "--no-store", "--allow-incomplete"],
        repo.dir,
      );
      expect(allowed.code).toBe(1);
    } finally {
      if (previous === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = previous;
    }
  });
});

describe("suppression and baseline", () => {
  it("an inline comment with a reason silences one rule on one line", async () => {
    const views = join(repo.dir, "app", "views.py");
    writeFileSync(
      views,
      readFileSync(views, "utf8").replace(
        "    data = yaml.load(payload)",
        "    data = yaml.load(payload)  # codeguardian-ignore[py/insecure-deserialization]: payload is signed upstream",
      ),
    );
    const { report } = await reviewJson(["--no-store"]);
    expect(report.findings.map(at)).not.toContain("app/views.py:45:CWE-502");
    expect(report.findings.map(at)).toContain("app/views.py:38:CWE-78");
  });

  it("`codeguardian baseline` records current findings; later reviews report only new ones", async () => {
    const recorded = await cli(["baseline", repo.dir], repo.dir);
    expect(recorded.code).toBe(0);
    expect(readFileSync(join(repo.dir, ".codeguardian", "baseline.json"), "utf8")).toContain('"fingerprint"');
    const after = await reviewJson(["--no-store"]);
    expect(after.report.findings).toEqual([]);
    expect(after.code).toBe(0);

    const calc = join(repo.dir, "app", "calc.py");
    writeFileSync(calc, `${readFileSync(calc, "utf8")}\n\ndef run(expr):\n    return eval(input())\n`);
    const later = await reviewJson(["--no-store"]);
    expect(later.report.findings.map((f) => f.file)).toEqual(later.report.findings.map(() => "app/calc.py"));
    expect(later.report.findings.length).toBeGreaterThan(0);

    const everything = await reviewJson(["--no-store", "--no-baseline"]);
    expect(everything.report.findings.length).toBeGreaterThan(later.report.findings.length);
  });
});
