import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  configEnvironment,
  gitEnvironment,
  repositoryOverrides,
  runGit,
  SAFE_CONFIG,
} from "../../src/platform/run-git.js";
import { neutralValue } from "../../src/platform/git-program-keys.js";
import { cli } from "../support/cli-harness.js";
import { EXTERNAL_TOOLS_OFF, operatorHome } from "./hostile-support.js";

/**
 * git runs nothing from the reviewed repository (docs/security-notes/files-and-git.md).
 * Every program-naming key of `.git/config` points at a script that touches a
 * marker file; CodeGuardian's git commands must never create it, while git
 * run without our overrides does (the control that proves each test can fail).
 */

const VULNERABLE_PY = "import yaml\n\n\ndef load(payload):\n    return yaml.load(payload)\n";
const IDENTITY = {
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@t",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@t",
};

const home = operatorHome("cg-hostile-git-home-", EXTERNAL_TOOLS_OFF);
const dirs: string[] = [];

beforeAll(() => {
  // Hermetic: no operator git config (operatorHome's vi.unstubAllEnvs undoes these after the file).
  vi.stubEnv("GIT_CONFIG_NOSYSTEM", "1");
  vi.stubEnv("GIT_CONFIG_GLOBAL", "/dev/null");
});
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Plain git as a person would run it: no CodeGuardian settings, no operator config. */
function rawGit(cwd: string, args: readonly string[], input?: string): number | null {
  const result = spawnSync("git", args, {
    cwd,
    input: input ?? "",
    env: {
      PATH: process.env.PATH,
      HOME: home.dir,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_TERMINAL_PROMPT: "0",
      ...IDENTITY,
    },
    timeout: 20_000,
  });
  return result.status;
}

function setup(cwd: string, ...args: string[]): void {
  execFileSync("git", args, {
    cwd,
    env: { ...process.env, ...IDENTITY },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

interface Scene {
  readonly repo: string;
  readonly base: string;
  /** A script that creates `marker` and fails (reading no input, so nothing waits on it). */
  readonly script: string;
  readonly marker: string;
}

/** A committed repository with a.py, b.txt and a script beside it that leaves a marker. */
function scene(name = "marker"): Scene {
  const base = mkdtempSync(join(tmpdir(), "cg-hostile-git-"));
  dirs.push(base);
  const repo = join(base, "repo");
  mkdirSync(repo);
  const marker = join(base, name);
  const script = join(base, `${name}.sh`);
  writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`);
  chmodSync(script, 0o755);
  writeFileSync(join(repo, "a.py"), VULNERABLE_PY);
  writeFileSync(join(repo, "b.txt"), "one\n");
  setup(repo, "init", "-q", "-b", "main");
  setup(repo, "add", "-A");
  setup(repo, "commit", "-q", "-m", "i");
  return { repo, base, script, marker };
}

function gitConfig(repo: string, key: string, value: string): void {
  setup(repo, "config", key, value);
}

function attributes(repo: string, text: string): void {
  writeFileSync(join(repo, ".git", "info", "attributes"), text);
}

interface Kind {
  readonly kind: string;
  /** Sets up the hostile configuration; returns the git arguments that make plain git run the program. */
  readonly arm: (s: Scene) => { args: string[]; input?: string };
}

const modifyA = (s: Scene): void => writeFileSync(join(s.repo, "a.py"), `${VULNERABLE_PY}# changed\n`);

const KINDS: readonly Kind[] = [
  {
    kind: "filter.<driver>.clean (required)",
    arm: (s) => {
      attributes(s.repo, "*.py filter=pwn\n");
      gitConfig(s.repo, "filter.pwn.clean", s.script);
      gitConfig(s.repo, "filter.pwn.required", "true");
      modifyA(s);
      return { args: ["diff", "HEAD", "--"] };
    },
  },
  {
    kind: "filter.<driver>.smudge",
    arm: (s) => {
      attributes(s.repo, "*.py filter=pwn\n");
      gitConfig(s.repo, "filter.pwn.smudge", s.script);
      modifyA(s);
      return { args: ["checkout", "--", "a.py"] };
    },
  },
  {
    kind: "filter.<driver>.process",
    arm: (s) => {
      attributes(s.repo, "*.py filter=pwn\n");
      gitConfig(s.repo, "filter.pwn.process", s.script);
      modifyA(s);
      return { args: ["diff", "HEAD", "--"] };
    },
  },
  {
    kind: "filter.<driver>.clean with '=' in the driver name",
    arm: (s) => {
      attributes(s.repo, "*.py filter=a=b\n");
      gitConfig(s.repo, "filter.a=b.clean", s.script);
      modifyA(s);
      return { args: ["diff", "HEAD", "--"] };
    },
  },
  {
    kind: "filter.<driver>.clean from an included file",
    arm: (s) => {
      const included = join(s.base, "included.cfg");
      writeFileSync(included, `[filter "inc"]\n\tclean = ${s.script}\n`);
      attributes(s.repo, "*.py filter=inc\n");
      gitConfig(s.repo, "include.path", included);
      modifyA(s);
      return { args: ["diff", "HEAD", "--"] };
    },
  },
  {
    kind: "diff.<driver>.command",
    arm: (s) => {
      attributes(s.repo, "*.py diff=pwn\n");
      gitConfig(s.repo, "diff.pwn.command", s.script);
      modifyA(s);
      return { args: ["diff", "HEAD", "--"] };
    },
  },
  {
    kind: "diff.<driver>.textconv",
    arm: (s) => {
      attributes(s.repo, "*.py diff=pwn\n");
      gitConfig(s.repo, "diff.pwn.textconv", s.script);
      modifyA(s);
      return { args: ["diff", "HEAD", "--"] };
    },
  },
  {
    kind: "diff.external",
    arm: (s) => {
      gitConfig(s.repo, "diff.external", s.script);
      modifyA(s);
      return { args: ["diff", "HEAD", "--"] };
    },
  },
  {
    kind: "merge.<driver>.driver",
    arm: (s) => {
      attributes(s.repo, "*.txt merge=pwn\n");
      gitConfig(s.repo, "merge.pwn.driver", s.script);
      setup(s.repo, "checkout", "-q", "-b", "side");
      writeFileSync(join(s.repo, "b.txt"), "side\n");
      setup(s.repo, "commit", "-q", "-am", "side");
      setup(s.repo, "checkout", "-q", "main");
      writeFileSync(join(s.repo, "b.txt"), "main\n");
      setup(s.repo, "commit", "-q", "-am", "main");
      return { args: ["merge", "--no-edit", "side"] };
    },
  },
  {
    kind: "core.fsmonitor",
    arm: (s) => {
      gitConfig(s.repo, "core.fsmonitor", s.script);
      return { args: ["status", "--porcelain"] };
    },
  },
  {
    kind: "core.hooksPath (and .git/hooks)",
    arm: (s) => {
      const hooks = join(s.base, "hooks");
      mkdirSync(hooks);
      for (const dir of [hooks, join(s.repo, ".git", "hooks")]) {
        for (const hook of ["pre-commit", "commit-msg", "post-commit"]) {
          writeFileSync(join(dir, hook), `#!/bin/sh\ntouch '${s.marker}'\n`);
          chmodSync(join(dir, hook), 0o755);
        }
      }
      gitConfig(s.repo, "core.hooksPath", hooks);
      return { args: ["commit", "-q", "--allow-empty", "-m", "x"] };
    },
  },
  {
    kind: "core.sshCommand",
    arm: (s) => {
      gitConfig(s.repo, "core.sshCommand", s.script);
      return { args: ["ls-remote", "ssh://example.invalid/x"] };
    },
  },
  {
    kind: "core.gitProxy",
    arm: (s) => {
      gitConfig(s.repo, "core.gitProxy", s.script);
      return { args: ["ls-remote", "git://example.invalid/x"] };
    },
  },
  {
    kind: "core.editor",
    arm: (s) => {
      gitConfig(s.repo, "core.editor", s.script);
      return { args: ["commit", "--allow-empty"] };
    },
  },
  {
    kind: "sequence.editor",
    arm: (s) => {
      gitConfig(s.repo, "sequence.editor", s.script);
      setup(s.repo, "commit", "-q", "--allow-empty", "-m", "second");
      return { args: ["rebase", "-i", "HEAD~1"] };
    },
  },
  {
    kind: "core.askPass",
    arm: (s) => {
      gitConfig(s.repo, "core.askPass", s.script);
      return { args: ["credential", "fill"], input: "protocol=https\nhost=example.com\n\n" };
    },
  },
  {
    kind: "credential.helper",
    arm: (s) => {
      gitConfig(s.repo, "credential.helper", `!${s.script}`);
      return { args: ["credential", "fill"], input: "protocol=https\nhost=example.com\n\n" };
    },
  },
  {
    kind: "credential.<url>.helper",
    arm: (s) => {
      gitConfig(s.repo, "credential.https://example.com.helper", `!${s.script}`);
      return { args: ["credential", "fill"], input: "protocol=https\nhost=example.com\n\n" };
    },
  },
  {
    kind: "gpg.program",
    arm: (s) => {
      gitConfig(s.repo, "gpg.program", s.script);
      const commit = execFileSync("git", ["cat-file", "commit", "HEAD"], { cwd: s.repo, encoding: "utf8" });
      const signature =
        "gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n";
      const signed = commit.replace(/^(committer .*\n)/m, `$1${signature}`);
      const id = execFileSync("git", ["hash-object", "-t", "commit", "-w", "--stdin"], {
        cwd: s.repo,
        input: signed,
        encoding: "utf8",
      }).trim();
      return { args: ["verify-commit", id] };
    },
  },
  {
    kind: "remote.<name>.uploadpack",
    arm: (s) => {
      const other = join(s.base, "other");
      mkdirSync(other);
      setup(other, "init", "-q");
      gitConfig(s.repo, "remote.origin.url", other);
      gitConfig(s.repo, "remote.origin.uploadpack", s.script);
      return { args: ["ls-remote", "origin"] };
    },
  },
  {
    kind: "protocol.ext.allow",
    arm: (s) => {
      gitConfig(s.repo, "protocol.ext.allow", "always");
      return { args: ["ls-remote", `ext::sh -c touch% ${s.marker}`] };
    },
  },
];

describe("3.11: git neutralises every program-naming key of the repository's configuration", () => {
  it.each(KINDS)(
    "3.11: $kind runs nothing under CodeGuardian's git, and does under plain git",
    async ({ arm }) => {
      const s = scene();
      const { args, input } = arm(s);
      const ours = await runGit(args, {
        cwd: s.repo,
        env: IDENTITY,
        timeoutMs: 20_000,
        ...(input === undefined ? {} : { input }),
      });
      expect(ours.timedOut).toBe(false);
      expect(existsSync(s.marker)).toBe(false);
      // The control: an identical repository and the same command under plain git.
      const twin = scene();
      const control = arm(twin);
      rawGit(twin.repo, control.args, control.input);
      expect(existsSync(twin.marker)).toBe(true);
    },
  );

  it("3.11: a required clean filter blanked by the overrides does not stop git diff", async () => {
    const s = scene();
    KINDS[0]!.arm(s);
    const ours = await runGit(["diff", "--name-only", "HEAD", "--"], { cwd: s.repo });
    expect({ code: ours.exitCode, out: ours.stdout }).toEqual({ code: 0, out: "a.py\n" });
  });

  it("3.11: core.pager and pager.<command> start no pager even on a terminal", async () => {
    const s = scene();
    gitConfig(s.repo, "core.pager", s.script);
    gitConfig(s.repo, "pager.log", s.script);
    const env = gitEnvironment(process.env);
    const listing = await repositoryOverrides(s.repo, env);
    if ("failed" in listing) throw new Error(listing.failed.stderr);
    const safe = SAFE_CONFIG.map((c) => `-c '${c}'`).join(" ");
    const underTty = (command: string, extra: NodeJS.ProcessEnv): void => {
      spawnSync("script", ["-qec", command, "/dev/null"], {
        cwd: s.repo,
        env: { ...env, ...extra, TERM: "xterm" },
        timeout: 20_000,
      });
    };
    underTty(`git ${safe} log -1`, configEnvironment(listing.overrides));
    expect(existsSync(s.marker)).toBe(false);
    underTty("git log -1", {});
    expect(existsSync(s.marker)).toBe(true);
  });

  it("3.11: keys no command of ours reaches are neutralised too (tools, trailers, submodules, pack hooks)", () => {
    const cases: [string, string | undefined][] = [
      ["difftool.x.cmd", ""],
      ["mergetool.x.cmd", ""],
      ["trailer.x.command", ""],
      ["submodule.x.update", "none"],
      ["uploadpack.packObjectsHook", ""],
      ["gpg.ssh.program", ""],
      ["core.alternateRefsCommand", ""],
      ["remote.origin.receivepack", "git-receive-pack"],
      ["core.bare", undefined],
      ["user.name", undefined],
      ["filter.x.required", undefined],
    ];
    expect(cases.map(([key]) => [key, neutralValue(key)])).toEqual(cases);
  });
});

describe("6.7 and 3.11: CodeGuardian's own git operations on a hostile repository", () => {
  it("6.7: review --diff HEAD, plain review and fix --yes run no program named by .git/config", async () => {
    const s = scene();
    const hooks = join(s.base, "hooks");
    mkdirSync(hooks);
    writeFileSync(join(hooks, "post-checkout"), `#!/bin/sh\ntouch '${s.marker}'\n`);
    chmodSync(join(hooks, "post-checkout"), 0o755);
    attributes(s.repo, "*.py filter=pwn diff=pwn merge=pwn\n*.txt filter=proc\n");
    for (const [key, value] of [
      ["filter.pwn.clean", s.script],
      ["filter.pwn.smudge", s.script],
      ["filter.pwn.required", "true"],
      ["filter.proc.process", s.script],
      ["diff.pwn.command", s.script],
      ["diff.pwn.textconv", s.script],
      ["diff.external", s.script],
      ["merge.pwn.driver", s.script],
      ["core.fsmonitor", s.script],
      ["core.hooksPath", hooks],
      ["core.pager", s.script],
      ["core.editor", s.script],
      ["credential.helper", `!${s.script}`],
      ["gpg.program", s.script],
      ["log.showSignature", "true"],
    ] as const) {
      gitConfig(s.repo, key, value);
    }
    modifyA(s);
    writeFileSync(join(s.repo, "b.txt"), "two\n");

    const diff = await cli(["review", s.repo, "--no-store", "--diff", "HEAD", "--format", "json"], s.repo);
    // The finding is on an unchanged line, so --diff reports nothing: exit 0.
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout)).toMatchObject({
      completeness: "complete",
      scope: { kind: "diff", base: "HEAD", wholeFiles: false },
      diff: { base: "HEAD", changedFiles: 2 },
    });
    const plain = await cli(["review", s.repo, "--no-store", "--format", "json"], s.repo);
    expect(plain.code).toBe(1);
    const fix = await cli(["fix", s.repo, "--yes"], s.repo);
    expect(fix.code).toBe(0);
    // git status saw the change: the modified file is left alone, as for any uncommitted file.
    expect(fix.stdout).toContain("Applied 0 fixes.");
    expect(existsSync(s.marker)).toBe(false);

    rawGit(s.repo, ["diff", "HEAD"]);
    expect(existsSync(s.marker)).toBe(true);
  });
});

describe("3.11: the environment git receives is an allow-list", () => {
  it("3.11: gitEnvironment keeps the operator's git and SSH setup and drops keys and tokens", () => {
    const env = gitEnvironment({
      PATH: "/usr/bin",
      HOME: "/home/op",
      LANG: "C.UTF-8",
      LC_ALL: "C",
      TZ: "UTC",
      TMPDIR: "/tmp",
      SSH_AUTH_SOCK: "/run/agent",
      GIT_SSL_CAINFO: "/etc/ca.pem",
      OPENAI_API_KEY: "marker",
      ANTHROPIC_API_KEY: "marker",
      GITHUB_TOKEN: "marker",
      CODEGUARDIAN_LLM_API_KEY: "marker",
      AWS_SECRET_ACCESS_KEY: "marker",
      GIT_DIR: "/elsewhere/.git",
      GIT_CONFIG_COUNT: "1",
      GIT_CONFIG_KEY_0: "core.fsmonitor",
      GIT_CONFIG_VALUE_0: "/tmp/x",
      GIT_EXEC_PATH: "/tmp/evil",
    });
    expect(env).toEqual({
      PATH: "/usr/bin",
      HOME: "/home/op",
      LANG: "C.UTF-8",
      LC_ALL: "C",
      TZ: "UTC",
      TMPDIR: "/tmp",
      SSH_AUTH_SOCK: "/run/agent",
      GIT_SSL_CAINFO: "/etc/ca.pem",
      GIT_TERMINAL_PROMPT: "0",
      GCM_INTERACTIVE: "never",
      GIT_LFS_SKIP_SMUDGE: "1",
      GIT_SSH_COMMAND: "ssh -o BatchMode=yes",
      GIT_PROXY_COMMAND: "",
    });
  });

  it("3.11: a git found first on PATH sees no provider key or token during a review", async () => {
    const s = scene();
    const bin = join(s.base, "bin");
    const dump = join(s.base, "env.txt");
    mkdirSync(bin);
    const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(join(bin, "git"), `#!/bin/sh\nenv >> '${dump}'\nexec '${realGit}' "$@"\n`);
    chmodSync(join(bin, "git"), 0o755);
    const before = { PATH: process.env.PATH };
    Object.assign(process.env, {
      PATH: `${bin}:${process.env.PATH ?? ""}`,
      OPENAI_API_KEY: "sk-marker-openai",
      GITHUB_TOKEN: "ghp-marker-github",
    });
    try {
      const result = await cli(["review", s.repo, "--no-store", "--format", "json"], s.repo);
      expect(result.code).toBe(1);
      const seen = readFileSync(dump, "utf8");
      expect(seen).toContain("GIT_TERMINAL_PROMPT=0");
      expect(seen).not.toContain("marker");
      // The control: the same wrapper run with the whole environment does show them.
      execFileSync(join(bin, "git"), ["--version"], { env: process.env });
      expect(readFileSync(dump, "utf8")).toContain("OPENAI_API_KEY=sk-marker-openai");
    } finally {
      process.env.PATH = before.PATH;
      Reflect.deleteProperty(process.env, "OPENAI_API_KEY");
      Reflect.deleteProperty(process.env, "GITHUB_TOKEN");
    }
  });
});
