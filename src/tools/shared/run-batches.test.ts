import { describe, expect, it } from "vitest";
import type { ProgressEvent } from "../../core/progress.js";
import { runInBatches } from "./run-batches.js";

const base = {
  tool: "demo",
  command: "sh",
  pathArg: (path: string) => `./${path}`,
  cwd: "/",
  timeoutMs: 10_000,
  signal: new AbortController().signal,
  progress: () => undefined,
};

describe("runInBatches", () => {
  it("runs each batch with its own arguments and reports progress per file", async () => {
    const events: ProgressEvent[] = [];
    const outcomes = await runInBatches({
      ...base,
      paths: ["a.py", "b.py", "c.py"],
      args: (paths) => ["-c", 'printf "%s " "$@"', "sh", ...paths],
      progress: (event) => events.push(event),
      batch: { maxFiles: 2, maxChars: 1000 },
    });
    expect(outcomes.map((o) => [o.paths, o.result.stdout])).toEqual([
      [["a.py", "b.py"], "./a.py ./b.py "],
      [["c.py"], "./c.py "],
    ]);
    expect(events.map((e) => (e.kind === "file" ? `${e.file} ${e.done}/${e.total}` : ""))).toEqual([
      "a.py 1/3",
      "b.py 2/3",
      "c.py 3/3",
    ]);
  });

  it("gives the tool only the minimal environment", async () => {
    process.env.CODEGUARDIAN_TEST_SECRET = "do-not-leak";
    try {
      const [outcome] = await runInBatches({ ...base, paths: ["a"], args: () => ["-c", "env"] });
      expect(outcome?.result.stdout).not.toContain("do-not-leak");
      expect(outcome?.result.stdout).toContain("PATH=");
    } finally {
      delete process.env.CODEGUARDIAN_TEST_SECRET;
    }
  });

  const failures = [
    { name: "a timeout", args: ["-c", "sleep 5"], timeoutMs: 100, error: "demo timed out after 100 ms" },
    {
      name: "too much output",
      args: ["-c", "head -c 40000000 /dev/zero"],
      timeoutMs: 20_000,
      error: "demo wrote more output than CodeGuardian accepts",
    },
  ];
  for (const c of failures) {
    it(`fails the whole run on ${c.name}`, async () => {
      await expect(
        runInBatches({ ...base, paths: ["a"], args: () => c.args, timeoutMs: c.timeoutMs }),
      ).rejects.toThrow(c.error);
    });
  }

  it("passes a cancellation through as a cancellation, not a timeout", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runInBatches({ ...base, paths: ["a"], args: () => ["-c", "sleep 5"], signal: controller.signal }),
    ).rejects.toThrow("sh was cancelled");
  });
});
