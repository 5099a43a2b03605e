import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { proveReviewFixes } from "../../src/app/fix-stage.js";
import { performReview } from "../../src/cli/review-command.js";
import { Capture, cli, FIXTURE_REPO, git, repoFrom } from "../support/cli-harness.js";

interface JsonFinding {
  ruleId: string;
  file: string;
  fingerprint: string;
  range: { start: { line: number } };
  fix?: { applicability: string };
  sources: string[];
}

let repo: { dir: string; cleanup: () => void };
beforeEach(() => {
  repo = repoFrom(FIXTURE_REPO);
});
afterEach(() => repo.cleanup());

async function findings(): Promise<JsonFinding[]> {
  const result = await cli(["review", repo.dir, "--format", "json", "--no-store"], repo.dir);
  return (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
}

const key = (f: JsonFinding): string => `${f.file}:${f.ruleId}`;

describe("codeguardian review --fix", () => {
  it("writes codeguardian.patch that real `git apply --check` accepts from the repository root", async () => {
    const result = await cli(["review", repo.dir, "--fix", "--no-store", "--format", "json"], repo.dir);
    const wrote = /wrote (\d+) proven fixes \(0 rejected\)/.exec(result.stderr);
    const patch = readFileSync(join(repo.dir, "codeguardian.patch"), "utf8");
    expect(patch.match(/^diff --git .*$/gm)).toEqual(
      expect.arrayContaining([
        "diff --git a/app/views.py b/app/views.py",
        "diff --git a/web/src/render.ts b/web/src/render.ts",
        "diff --git a/web/src/server.ts b/web/src/server.ts",
      ]),
    );
    git(repo.dir, "apply", "--check", "codeguardian.patch");
    // The report keeps each proven fix on its finding (rule authors may add more fixes later).
    const report = JSON.parse(result.stdout) as { findings: JsonFinding[] };
    const withFix = report.findings.filter((f) => f.fix).map(key);
    expect(Number(wrote?.[1])).toBe(withFix.length);
    expect(withFix).toEqual(
      expect.arrayContaining([
        "app/views.py:py/compare-to-none",
        "app/views.py:py/insecure-deserialization",
        "app/views.py:py/mutable-default-argument",
        "app/views.py:py/tls-verification-disabled",
        "web/src/render.ts:js/dom-xss",
        "web/src/server.ts:js/floating-promise",
        "web/src/server.ts:js/tls-verification-disabled",
      ]),
    );
  });

  it("applying the whole patch fixes every finding it covers and adds none", async () => {
    const before = await findings();
    const result = await cli(["review", repo.dir, "--fix", "--no-store", "--format", "json"], repo.dir);
    const fixed = new Set(
      (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings
        .filter((f) => f.fix)
        .map((f) => f.fingerprint),
    );
    git(repo.dir, "apply", "codeguardian.patch");
    const after = await findings();
    const known = new Set(before.map((f) => f.fingerprint));
    expect(after.filter((f) => fixed.has(f.fingerprint)).map(key)).toEqual([]);
    // The ladder proves a fix against the built-in rules (docs/fixes.md): bandit's notes on every
    // subprocess call (B603, B607) follow `os.system` turned into an argument list, as they would
    // any such call, so the external tools' findings are left out of "adds none".
    const builtIn = (f: JsonFinding): boolean => f.sources.includes("rules");
    expect(after.filter((f) => !known.has(f.fingerprint) && builtIn(f)).map(key)).toEqual([]);
    expect(after.filter(builtIn).length).toBe(before.filter(builtIn).length - fixed.size);
  });

  it("runs the operator's checks on the batch and drops the fix that fails them", async () => {
    // An operator test that fails once yaml.safe_load appears: bisection must single out that fix.
    const script = join(repo.dir, "..", `${basename(repo.dir)}-check.py`);
    writeFileSync(script, "import sys\nsys.exit(1 if 'safe_load' in open('app/views.py').read() else 0)\n");
    try {
      const result = await cli(
        [
          "review",
          repo.dir,
          "--fix",
          "--py-compile",
          "--test-command",
          `python3 ${script}`,
          "--no-store",
          "--format",
          "json",
        ],
        repo.dir,
      );
      expect(result.stderr).toMatch(/wrote \d+ proven fixes \(1 rejected\)/);
      expect(result.stderr).toMatch(/heavier checks ran \d+ time\(s\) over \d+ fix\(es\)/);
      const patch = readFileSync(join(repo.dir, "codeguardian.patch"), "utf8");
      expect(patch).not.toContain("safe_load");
      expect(patch).toContain("+    return value is None");
      git(repo.dir, "apply", "--check", "codeguardian.patch");
      const report = JSON.parse(result.stdout) as { findings: JsonFinding[] };
      expect(report.findings.filter((f) => f.fix).map(key)).not.toContain(
        "app/views.py:py/insecure-deserialization",
      );
    } finally {
      rmSync(script, { force: true });
    }
  });

  it("writes to --patch from a subfolder with paths that apply from the repository root", async () => {
    const out = join(repo.dir, "out", "fixes.diff");
    await cli(["review", "app", "--patch", out, "--no-store", "--format", "json"], repo.dir);
    const patch = readFileSync(out, "utf8");
    expect(patch).toContain("diff --git a/app/views.py b/app/views.py");
    execFileSync("git", ["apply", "--check", out], { cwd: repo.dir });
  });
});

describe("codeguardian fix", () => {
  it("--yes applies every safe fix; reviewing again shows those findings fixed and no new ones", async () => {
    const before = await findings();
    const safe = before.filter((f) => f.fix?.applicability === "safe");
    expect(safe.map(key)).toContain("app/views.py:py/insecure-deserialization");
    const result = await cli(["fix", repo.dir, "--yes"], repo.dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Applied ${safe.length} fix${safe.length === 1 ? "" : "es"}.\n`);
    expect(result.stdout).toMatch(
      /app\/views\.py:59 py\/compare-to-none: suggested fix: --yes applies only safe ones/,
    );
    const after = await findings();
    const fixed = new Set(safe.map((f) => f.fingerprint));
    expect(after.filter((f) => fixed.has(f.fingerprint))).toEqual([]);
    const known = new Set(before.map((f) => f.fingerprint));
    expect(after.filter((f) => !known.has(f.fingerprint)).map(key)).toEqual([]);
    expect(after.length).toBe(before.length - safe.length);
    expect(readFileSync(join(repo.dir, "app/views.py"), "utf8")).toContain("data = yaml.safe_load(payload)");
  });

  it("asks one fix at a time with the diff shown, and stops at q", async () => {
    const result = await cli(["fix", repo.dir], repo.dir, "y\nn\nq\n");
    const asked = result.stdout.match(/^[\w/.]+:\d+ [\w/-]+(?= \(\w+\))/gm) ?? [];
    expect(asked).toHaveLength(3);
    // File by file; within a file the highest severity first, then the earlier line.
    expect(asked[0]).toBe("app/views.py:38 py/command-injection");
    expect(result.stdout).toContain(
      '-    os.system("export-orders --format " + fmt)\n+    subprocess.call(["export-orders", "--format", fmt])\n',
    );
    expect(result.stdout).toMatch(/^Applied 1 fix\.$/m);
    expect(result.stdout).toContain(`  ${asked[1]!}: declined\n`);
    expect(result.stdout).toContain(`  ${asked[2]!}: not asked: you quit\n`);
    expect(result.stdout).toMatch(/web\/src\/server\.ts:28 js\/floating-promise: not asked: you quit/);
    expect(git(repo.dir, "status", "--porcelain")).toBe(" M app/views.py\n");
  });

  it("refuses files with uncommitted changes unless --force", async () => {
    const views = join(repo.dir, "app/views.py");
    writeFileSync(views, `${readFileSync(views, "utf8")}\n# local edit\n`);
    const refused = await cli(["fix", repo.dir, "--yes"], repo.dir);
    expect(refused.stdout).toMatch(
      /app\/views\.py:45 py\/insecure-deserialization: file has uncommitted changes \(use --force\)/,
    );
    expect(readFileSync(views, "utf8")).toContain("yaml.load(payload)");
    const forced = await cli(["fix", repo.dir, "--yes", "--force"], repo.dir);
    expect(forced.stdout).toMatch(/^Applied [1-9]\d* fix(es)?\.$/m);
    expect(readFileSync(views, "utf8")).toMatch(/yaml\.safe_load\(payload\)[\s\S]*# local edit\n$/);
  });

  it("refuses a fix whose file changed since the review", async () => {
    const io = { cwd: repo.dir, stdout: new Capture(), stderr: new Capture() };
    const { review } = await performReview([repo.dir], { store: false }, io);
    writeFileSync(join(repo.dir, "app/views.py"), "import yaml\nx = yaml.load(open('a'))\n");
    const proven = await proveReviewFixes(review, { timeoutMs: 1000 });
    expect(proven.skipped).toEqual([{ file: "app/views.py", reason: "file changed since the review" }]);
    expect(proven.plan.files.map((f) => f.file.path)).toEqual(["web/src/render.ts", "web/src/server.ts"]);
  });

  it("needs --yes when there is no input to read answers from", async () => {
    const result = await cli(["fix", repo.dir], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/has no input to read answers from/);
  });
});
