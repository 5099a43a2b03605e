import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { run } from "../../src/cli/main.js";
import type { OutStream } from "../../src/cli/io.js";
import { RulesPool } from "../../src/workers/rules-pool.js";

/**
 * One rules pool per test file, as one per process in the CLI: its workers
 * start once and stay for every run, and idle ones never hold the process open.
 */
const rulesPool = new RulesPool();

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** An output stream that keeps what was written (not a terminal). */
export class Capture implements OutStream {
  text = "";
  readonly isTTY = false;
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/**
 * Runs the whole CLI in-process, as `codeguardian <args>` would from `cwd`;
 * `answers`, when given, is what is typed at its prompts.
 */
export async function cli(args: readonly string[], cwd: string, answers?: string): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await run(args, {
    cwd,
    stdout,
    stderr,
    rulesPool,
    ...(answers === undefined ? {} : { stdin: Readable.from([answers]) }),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export const FIXTURE_REPO = join(import.meta.dirname, "..", "fixtures", "mixed-repo");

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@t",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@t",
    },
  });
}

/** A fresh git repository holding a copy of a fixture tree. */
export function repoFrom(fixture: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "cg-e2e-"));
  cpSync(fixture, dir, { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "fixture");
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
