import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  cpSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { Capture, cli, git, type CliResult } from "../support/cli-harness.js";
import { commitAll, EXTERNAL_TOOLS_OFF, operatorHome, reviewJson, writeTree } from "./hostile-support.js";

/**
 * Hostile repository files (docs/security-notes/files-and-git.md): what the
 * repository supplies is read as data only, and what CodeGuardian writes
 * lands inside it. Each case beside a control run without the trick.
 */

const VULNERABLE_PY = "import yaml\n\n\ndef load(payload):\n    return yaml.load(payload)\n";
const RULE = "py/insecure-deserialization";

interface Report {
  completeness: string;
  findings: { ruleId: string; file: string; fingerprint: string }[];
  notices: { level: string; analyser: string; message: string; file?: string }[];
  skipped: { path: string; reason: string }[];
}

// The operator's own config: external tools off so only the built-in rules run.
operatorHome("cg-hostile-home-", EXTERNAL_TOOLS_OFF);
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A committed git repository with these files, and an "outside" directory beside it. */
function makeRepo(files: Record<string, string>): { repo: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), "cg-hostile-files-"));
  dirs.push(base);
  const repo = join(base, "repo");
  const outside = join(base, "outside");
  mkdirSync(repo);
  mkdirSync(outside);
  writeTree(repo, files);
  commitAll(repo, "i", true);
  return { repo, outside };
}

const review = (repo: string, ...args: string[]): Promise<CliResult & { report?: Report }> =>
  reviewJson(repo, args) as Promise<CliResult & { report?: Report }>;

const commit = (repo: string): void => commitAll(repo, "more");

describe("the repository config is read as data only", () => {
  it("1.2: a .codeguardian.yml symlinked to /dev/zero is refused at once, naming the file", async () => {
    const { repo } = makeRepo({ "a.py": VULNERABLE_PY, ".codeguardian.yml": "fail_on: none\n" });
    const control = await review(repo);
    expect(control.code).toBe(0);
    expect(control.report?.findings.map((f) => f.ruleId)).toContain(RULE);

    rmSync(join(repo, ".codeguardian.yml"));
    symlinkSync("/dev/zero", join(repo, ".codeguardian.yml"));
    const started = Date.now();
    const hostile = await review(repo);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toContain(
      ".codeguardian.yml: cannot read repository config: .codeguardian.yml is a symlink",
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it(
    "1.3: a .codeguardian.yml symlinked to /dev/stdin, or a FIFO, fails promptly instead of hanging",
    { timeout: 15_000 },
    async () => {
      const { repo } = makeRepo({ "a.py": VULNERABLE_PY });
      const control = await review(repo);
      expect(control.code).toBe(1);

      symlinkSync("/dev/stdin", join(repo, ".codeguardian.yml"));
      const viaStdin = await review(repo);
      expect(viaStdin.code).toBe(2);
      expect(viaStdin.stderr).toContain("cannot read repository config: .codeguardian.yml is a symlink");

      rmSync(join(repo, ".codeguardian.yml"));
      execFileSync("mkfifo", [join(repo, ".codeguardian.yml")]);
      const fifo = await review(repo);
      expect(fifo.code).toBe(2);
      expect(fifo.stderr).toContain("cannot read repository config: .codeguardian.yml is not a regular file");
    },
  );

  it("2.7: a repository config just over 1 MiB is refused before it is parsed; one just under is used", async () => {
    const line = `  - 'dir/**/*.py'\n`;
    const body = (bytes: number): string =>
      `fail_on: none\nexclude:\n${line.repeat(Math.ceil(bytes / line.length))}`;
    const { repo } = makeRepo({ "a.py": VULNERABLE_PY, ".codeguardian.yml": body(1024 * 1024 - 4096) });
    const control = await review(repo);
    expect(control.code).toBe(0);
    expect(control.report?.findings.map((f) => f.ruleId)).toContain(RULE);

    writeFileSync(join(repo, ".codeguardian.yml"), body(1024 * 1024 + 64));
    const hostile = await review(repo);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toContain("cannot read repository config: .codeguardian.yml is larger than 1 MiB");
  });
});

describe("ignore files are read as data only", () => {
  it("1.4: a .gitignore symlinked to /dev/zero is not read, and a warning says its patterns do not apply", async () => {
    const { repo } = makeRepo({ "a.py": VULNERABLE_PY, "gen.py": VULNERABLE_PY, ".gitignore": "gen.py\n" });
    const control = await review(repo);
    expect(control.report?.findings.map((f) => f.file)).toEqual(["a.py"]);
    expect(control.report?.notices.filter((n) => n.analyser === "discovery")).toEqual([]);

    rmSync(join(repo, ".gitignore"));
    symlinkSync("/dev/zero", join(repo, ".gitignore"));
    const started = Date.now();
    const hostile = await review(repo);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(hostile.code).toBe(1);
    expect(hostile.report?.notices).toContainEqual({
      level: "warning",
      analyser: "discovery",
      file: ".gitignore",
      message: "ignore file not used: .gitignore is a symlink; its patterns do not apply",
    });
  });

  it(
    "1.4: a .gitignore in a sub-directory that is a FIFO or over 1 MiB is refused the same way",
    { timeout: 15_000 },
    async () => {
      const { repo } = makeRepo({
        "a.py": VULNERABLE_PY,
        "sub/b.py": VULNERABLE_PY,
        "sub/.gitignore": "b.py\n",
        "big/c.py": VULNERABLE_PY,
        "big/.gitignore": "c.py\n",
      });
      const control = await review(repo);
      expect(control.report?.findings.map((f) => f.file)).toEqual(["a.py"]);

      rmSync(join(repo, "sub", ".gitignore"));
      execFileSync("mkfifo", [join(repo, "sub", ".gitignore")]);
      writeFileSync(join(repo, "big", ".gitignore"), `c.py\n${"#".repeat(1024 * 1024)}`);
      const hostile = await review(repo);
      expect(hostile.code).toBe(1);
      expect(hostile.report?.findings.map((f) => f.file).sort()).toEqual(["a.py", "big/c.py", "sub/b.py"]);
      const warnings = hostile.report?.notices
        .filter((n) => n.analyser === "discovery")
        .map((n) => `${n.file ?? ""}: ${n.message}`);
      expect(warnings).toEqual([
        "big/.gitignore: ignore file not used: .gitignore is larger than 1 MiB; its patterns do not apply",
        "sub/.gitignore: ignore file not used: .gitignore is not a regular file; its patterns do not apply",
      ]);
    },
  );
});

describe("the baseline is read as data only and written inside the repository", () => {
  it("1.5: a baseline.json symlinked to /dev/zero is refused with an error naming it", async () => {
    const { repo } = makeRepo({ "a.py": VULNERABLE_PY });
    const made = await cli(["baseline", repo], repo);
    expect(made.code).toBe(0);
    const control = await review(repo);
    expect(control.code).toBe(0);
    expect(control.report?.findings).toEqual([]);

    rmSync(join(repo, ".codeguardian", "baseline.json"));
    symlinkSync("/dev/zero", join(repo, ".codeguardian", "baseline.json"));
    const hostile = await review(repo);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toContain("cannot read baseline: .codeguardian/baseline.json is a symlink");
  });

  it("1.6: baseline never writes through a .codeguardian directory symlinked outside", async () => {
    const { repo, outside } = makeRepo({ "a.py": VULNERABLE_PY });
    const control = await cli(["baseline", repo], repo);
    expect(control.code).toBe(0);
    expect(existsSync(join(repo, ".codeguardian", "baseline.json"))).toBe(true);

    rmSync(join(repo, ".codeguardian"), { recursive: true });
    symlinkSync(outside, join(repo, ".codeguardian"));
    const hostile = await cli(["baseline", repo], repo);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toContain("refused to write, .codeguardian is a symlink");
    expect(readdirSync(outside)).toEqual([]);
  });

  it("1.7: baseline never overwrites a file outside through a baseline.json symlink", async () => {
    const { repo, outside } = makeRepo({ "a.py": VULNERABLE_PY });
    const victim = join(outside, "victim.txt");
    writeFileSync(victim, "important victim data\n");
    const control = await cli(["baseline", repo], repo);
    expect(control.code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, ".codeguardian", "baseline.json"), "utf8"))).toMatchObject({
      version: 1,
    });

    rmSync(join(repo, ".codeguardian", "baseline.json"));
    symlinkSync(victim, join(repo, ".codeguardian", "baseline.json"));
    const hostile = await cli(["baseline", repo], repo);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toContain("refused to write, it is a symlink");
    expect(readFileSync(victim, "utf8")).toBe("important victim data\n");
    expect(readdirSync(join(repo, ".codeguardian"))).toEqual(["baseline.json"]);
  });

  it("3.10: a .codeguardian that is a plain file means no baseline, said in a warning, not a failed review", async () => {
    const { repo } = makeRepo({ "a.py": VULNERABLE_PY });
    const control = await review(repo);
    expect(control.code).toBe(1);
    expect(control.report?.notices.filter((n) => n.analyser === "baseline")).toEqual([]);

    // What a clone with core.symlinks=false checks out for a committed `.codeguardian` symlink.
    writeFileSync(join(repo, ".codeguardian"), "../elsewhere");
    commit(repo);
    const hostile = await review(repo);
    expect(hostile.code).toBe(1);
    expect(hostile.report?.findings.map((f) => f.ruleId)).toContain(RULE);
    expect(hostile.report?.notices).toContainEqual({
      level: "warning",
      analyser: "baseline",
      file: ".codeguardian/baseline.json",
      message: "no baseline used: .codeguardian is not a directory",
    });
  });
});

describe("fix writes only inside the repository", () => {
  /** Runs `codeguardian fix` answering "y"; `beforeAnswer` runs once the review is done and the first prompt waits. */
  async function fixWithAnswers(repo: string, extra: string[], beforeAnswer: () => void): Promise<string> {
    let answered = false;
    const stdin = new Readable({
      read() {
        if (answered) return;
        answered = true;
        beforeAnswer();
        this.push("y\ny\ny\n");
        this.push(null);
      },
    });
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await run(["fix", repo, ...extra], { cwd: repo, stdout, stderr, stdin });
    expect(code).toBe(0);
    return stdout.text;
  }

  it.each([[[]], [["--force"]]])(
    "6.4: a directory swapped for a symlink outside between review and fix receives no fix (flags %j)",
    async (flags: string[]) => {
      const { repo, outside } = makeRepo({ "pkg/a.py": VULNERABLE_PY });
      const controlText = await fixWithAnswers(repo, flags, () => undefined);
      expect(controlText).toContain("Applied 1 fix.");
      expect(readFileSync(join(repo, "pkg", "a.py"), "utf8")).toContain("yaml.safe_load(payload)");
      git(repo, "checkout", "--", "pkg/a.py");

      const copy = join(outside, "pkg");
      const text = await fixWithAnswers(repo, flags, () => {
        cpSync(join(repo, "pkg"), copy, { recursive: true });
        renameSync(join(repo, "pkg"), join(outside, "moved"));
        symlinkSync(copy, join(repo, "pkg"));
      });
      expect(text).toContain("Applied 0 fixes.");
      expect(text).toContain("pkg/a.py: 1 accepted fix(es) not written: pkg is a symlink now; not written");
      expect(readFileSync(join(copy, "a.py"), "utf8")).toBe(VULNERABLE_PY);
      expect(readFileSync(join(outside, "moved", "a.py"), "utf8")).toBe(VULNERABLE_PY);
    },
  );
});
