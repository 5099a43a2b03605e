import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A stand-in for a slow external tool, for cancellation tests: a shell script
 * that starts a grandchild which ignores SIGTERM (so only the group's SIGKILL
 * ends it), writes its own pid and the grandchild's to a file, and waits.
 * Arguments and stdin are ignored, so any adapter can run it as its command.
 */
export interface SlowTool {
  /** Absolute path of the executable script. */
  readonly command: string;
  /** Resolves with [script pid, grandchild pid] once the script is running. */
  pids(): Promise<number[]>;
  remove(): Promise<void>;
}

export async function slowTool(): Promise<SlowTool> {
  const dir = await mkdtemp(join(tmpdir(), "cg-slow-tool-"));
  const command = join(dir, "slow-tool");
  const pidFile = join(dir, "pids");
  await writeFile(
    command,
    [
      "#!/bin/sh",
      `sh -c 'trap "" TERM; exec sleep 120' &`,
      `echo "$$ $!" > "${pidFile}.part" && mv "${pidFile}.part" "${pidFile}"`,
      "wait",
      "",
    ].join("\n"),
  );
  await chmod(command, 0o755);
  return {
    command,
    pids: async () => {
      for (;;) {
        const text = await readFile(pidFile, "utf8").catch(() => "");
        if (text.trim() !== "") return text.trim().split(/\s+/).map(Number);
        await pause(20);
      }
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Whether a process with this pid exists (a zombie still counts: it is not yet reaped). */
export function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves once none of the processes exists any more; the test's own time
 * limit is the safety net. Polled, because a grandchild killed after its
 * parent is reaped by init, a moment later.
 */
export async function gone(pids: readonly number[]): Promise<void> {
  while (pids.some(exists)) await pause(20);
}

/** Pids of the live children of this process whose command line contains `marker`. */
export async function childrenMatching(marker: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(/\) \S (\d+)/.exec(stat)?.[1]);
      if (ppid !== process.pid) continue;
      const cmdline = await readFile(`/proc/${entry}/cmdline`, "utf8");
      if (cmdline.includes(marker)) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
