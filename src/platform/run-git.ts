import { isAbsolute } from "node:path";
import { runProcess, type RunResult } from "./process.js";

export interface GitRunOptions {
  readonly cwd?: string;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Variables added to the sanitised environment. */
  readonly env?: Readonly<Record<string, string>>;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Settings forced on every git command run on a repository we did not write.
 * A repository's own `.git/config` can name programs git runs on ordinary
 * commands (an fsmonitor hook on `git diff`, hooks on checkout, external
 * diff drivers), so those are switched off whatever it says.
 */
export const SAFE_CONFIG: readonly string[] = [
  "core.fsmonitor=false",
  "core.hooksPath=/dev/null",
  "core.askPass=",
  "core.quotePath=false",
  "diff.external=",
  "protocol.file.allow=never",
  "protocol.ext.allow=never",
];

/**
 * Variables that point git somewhere other than the directory it is run in.
 * Git sets some of them for hooks, so a review started from a pre-commit hook
 * would otherwise look at the wrong repository.
 */
const LOCATION_VARIABLES: readonly string[] = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_COMMON_DIR",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_NAMESPACE",
  "GIT_PREFIX",
  "GIT_EXTERNAL_DIFF",
  "GIT_DIFF_OPTS",
  "GIT_ASKPASS",
  "SSH_ASKPASS",
];

/**
 * Runs git with an argument array (never a shell), a time limit, prompts off
 * and {@link SAFE_CONFIG} in force. A non-zero exit is a result, not a throw;
 * a missing git binary rejects with ENOENT.
 */
export function runGit(args: readonly string[], options: GitRunOptions = {}): Promise<RunResult> {
  const config = SAFE_CONFIG.flatMap((setting) => ["-c", setting]);
  return runProcess("git", [...config, ...args], {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    env: gitEnvironment(process.env, options.env),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
}

/** The environment git runs with: the caller's, minus redirections, plus no prompting. */
export function gitEnvironment(
  base: NodeJS.ProcessEnv,
  extra: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(base).filter(([name]) => !LOCATION_VARIABLES.includes(name)),
  );
  // A hook's index file is honoured only when it cannot be misread relative to another directory.
  if (env.GIT_INDEX_FILE !== undefined && !isAbsolute(env.GIT_INDEX_FILE)) delete env.GIT_INDEX_FILE;
  env.GIT_TERMINAL_PROMPT = "0";
  env.GCM_INTERACTIVE = "never";
  env.GIT_LFS_SKIP_SMUDGE = "1";
  if (env.GIT_SSH_COMMAND === undefined && env.GIT_SSH === undefined) {
    env.GIT_SSH_COMMAND = "ssh -o BatchMode=yes";
  }
  return { ...env, ...extra };
}

/** The last few lines git wrote to stderr, for an error message. */
export function gitErrorText(result: RunResult, maxLines = 4): string {
  const lines = result.stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("hint:"));
  return lines.slice(-maxLines).join("; ");
}
