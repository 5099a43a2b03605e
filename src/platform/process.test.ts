import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolvePackageUrl, runProcess, toolEnvironment, whichCommand } from "./process.js";
import { childrenMatching, exists, gone, slowTool } from "./process-tree.test-support.js";

/** State letter of a process from /proc, or undefined once it is gone. */
function processState(pid: number): string | undefined {
  try {
    return /\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1];
  } catch {
    return undefined;
  }
}

describe("runProcess", () => {
  const cases = [
    {
      name: "passes arguments verbatim, never through a shell",
      command: "printf",
      args: ["%s|%s", "$(echo injected)", "a b;c"],
      expected: {
        exitCode: 0,
        stdout: "$(echo injected)|a b;c",
        stderr: "",
        timedOut: false,
        truncated: false,
      },
    },
    {
      name: "reports a non-zero exit and stderr",
      command: "sh",
      args: ["-c", "echo oops >&2; exit 3"],
      expected: { exitCode: 3, stdout: "", stderr: "oops\n", timedOut: false, truncated: false },
    },
    {
      name: "feeds input to stdin",
      command: "cat",
      args: [],
      input: "héllo\n",
      expected: { exitCode: 0, stdout: "héllo\n", stderr: "", timedOut: false, truncated: false },
    },
    {
      name: "caps output and says so",
      command: "head",
      args: ["-c", "100000", "/dev/zero"],
      maxOutputBytes: 1000,
      expected: { exitCode: 0, stdout: "\0".repeat(1000), stderr: "", timedOut: false, truncated: true },
    },
  ] as const;

  for (const c of cases) {
    it(c.name, async () => {
      const result = await runProcess(c.command, c.args, {
        timeoutMs: 10_000,
        ...("input" in c ? { input: c.input } : {}),
        ...("maxOutputBytes" in c ? { maxOutputBytes: c.maxOutputBytes } : {}),
      });
      expect(result).toEqual(c.expected);
    });
  }

  it("kills the whole process group on timeout", async () => {
    const started = Date.now();
    const result = await runProcess("sh", ["-c", "sleep 30 & echo $!; wait"], { timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
    expect(Date.now() - started).toBeLessThan(10_000);
    const grandchild = Number(result.stdout.trim());
    expect(grandchild).toBeGreaterThan(0);
    expect([undefined, "Z"]).toContain(processState(grandchild));
  });

  it("rejects when aborted, and ends the child", async () => {
    const controller = new AbortController();
    const pending = runProcess("sleep", ["30"], { timeoutMs: 30_000, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow("sleep was cancelled");
  });

  it("rejects when the program does not exist", async () => {
    await expect(runProcess("codeguardian-no-such-program", [], { timeoutMs: 1000 })).rejects.toThrow(
      /ENOENT/,
    );
  });
});

describe("whichCommand", () => {
  const cases = [
    { name: "sh", path: "/usr/bin:/bin", found: true },
    { name: "codeguardian-no-such-program", path: "/usr/bin:/bin", found: false },
    { name: "bin", path: "/usr", found: false },
    { name: "sh", path: "relative/dir", found: false },
    { name: "/bin/sh", path: "", found: true },
    { name: "test/fixtures/tools/python/clean.py", path: "", found: false },
  ];
  for (const c of cases) {
    it(`${c.name} on ${c.path || "(empty)"} → ${c.found ? "found" : "not found"}`, async () => {
      const result = await whichCommand(c.name, c.path);
      expect(result !== undefined).toBe(c.found);
    });
  }
});

describe("resolvePackageUrl", () => {
  const cases = [
    { specifier: "eslint", found: true },
    { specifier: "codeguardian-no-such-package", found: false },
  ];
  for (const c of cases) {
    it(`${c.specifier} → ${c.found ? "a file URL" : "undefined"}`, () => {
      const url = resolvePackageUrl(c.specifier);
      expect(url?.startsWith("file:///") ?? false).toBe(c.found);
    });
  }
});

describe("toolEnvironment", () => {
  it("keeps only what tools need", () => {
    const env = toolEnvironment({
      PATH: "/usr/bin",
      HOME: "/home/cg",
      OPENAI_API_KEY: "sk-secret",
      NODE_OPTIONS: "--require /tmp/x.js",
      PYTHONPATH: "/repo",
      LANG: "C.UTF-8",
    });
    expect(env).toEqual({ PATH: "/usr/bin", HOME: "/home/cg", LANG: "C.UTF-8" });
  });

  it("is what the child sees", async () => {
    const result = await runProcess("env", [], {
      timeoutMs: 10_000,
      env: toolEnvironment({ PATH: "/usr/bin:/bin", SECRET: "x" }),
    });
    expect(result.stdout).toBe("PATH=/usr/bin:/bin\n");
  });
});

describe("runProcess cancellation", () => {
  it("kills the child and a grandchild that ignores SIGTERM, and leaves neither behind", async () => {
    const tool = await slowTool();
    try {
      const controller = new AbortController();
      const pending = runProcess(tool.command, [], { timeoutMs: 60_000, signal: controller.signal });
      const pids = await tool.pids();
      expect(pids.every(exists)).toBe(true);
      controller.abort();
      await expect(pending).rejects.toThrow("was cancelled");
      await gone(pids);
      expect(pids.filter(exists)).toEqual([]);
    } finally {
      await tool.remove();
    }
  });

  it("starts nothing when the signal has already aborted", async () => {
    const tool = await slowTool();
    try {
      const controller = new AbortController();
      controller.abort();
      await expect(
        runProcess(tool.command, [], { timeoutMs: 60_000, signal: controller.signal }),
      ).rejects.toThrow("was cancelled");
      expect(await childrenMatching(tool.command)).toEqual([]);
    } finally {
      await tool.remove();
    }
  });
});
