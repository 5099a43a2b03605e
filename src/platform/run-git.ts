import { AsyncLocalStorage } from "node:async_hooks";
import { isAbsolute, resolve } from "node:path";
import { programKeyOverrides } from "./git-program-keys.js";
import { processEnv } from "./env.js";
import { runProcess, type RunResult } from "./process.js";

export interface GitRunOptions {
  readonly cwd?: string;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Variables added to the sanitised environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** Written to git's standard input. */
  readonly input?: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** Reading configuration runs nothing and touches a few small files; longer means an include is a FIFO or worse. */
const CONFIG_LIST_TIMEOUT_MS = 10_000;

/**
 * Settings forced on every git command run on a repository we did not write.
 * A repository's own `.git/config` can name programs git runs on ordinary
 * commands (an fsmonitor hook on `git diff`, hooks on checkout, external
 * diff drivers), so those are switched off whatever it says; the keys that
 * carry names the repository chooses (filter and diff drivers, remotes) are
 * found per repository by {@link repositoryOverrides}.
 */
export const SAFE_CONFIG: readonly string[] = [
  "core.fsmonitor=false",
  "core.hooksPath=/dev/null",
  "core.askPass=",
  "core.quotePath=false",
  "diff.external=",
  "log.showSignature=false",
  "protocol.file.allow=never",
  "protocol.ext.allow=never",
  "protocol.fd.allow=never",
];

/**
 * The operator's environment variables git may see: where to find programs
 * and the operator's own git and SSH setup. Anything else (provider keys,
 * tokens, variables that point git at another repository) stays out.
 * `GIT_SSH_COMMAND`/`GIT_SSH`/`GIT_PROXY_COMMAND` and
 * `GIT_CONFIG_GLOBAL`/`GIT_CONFIG_NOSYSTEM` are the operator's choice of
 * transport and config files, the proxy variables their network.
 */
const PASSED_TO_GIT: ReadonlySet<string> = new Set([
  "PATH",
  "HOME",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TMPDIR",
  "XDG_CONFIG_HOME",
  "SSH_AUTH_SOCK",
  "GIT_SSL_NO_VERIFY",
  "GIT_SSL_CAINFO",
  "GIT_SSH_COMMAND",
  "GIT_SSH",
  "GIT_PROXY_COMMAND",
  "GIT_CONFIG_GLOBAL",
  "GIT_CONFIG_NOSYSTEM",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "all_proxy",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "ALL_PROXY",
]);

/** What a repository's configuration asks for, per working directory, for one session (see {@link withGitSession}). */
export type Listing = { readonly overrides: readonly [string, string][] } | { readonly failed: RunResult };

const session = new AsyncLocalStorage<Map<string, Promise<Listing>>>();

/**
 * Runs `work` with the repository overrides cached per directory: one CLI
 * command reads each repository's configuration once. Outside a session it
 * is read before every git command.
 */
export function withGitSession<T>(work: () => Promise<T>): Promise<T> {
  return session.run(new Map(), work);
}

/**
 * Runs git with an argument array (never a shell), a time limit, prompts off,
 * an allow-listed environment, {@link SAFE_CONFIG} in force and every
 * program-naming key of the repository's own configuration neutralised. A
 * non-zero exit is a result, not a throw; a missing git binary rejects with
 * ENOENT. When the repository's configuration cannot be read, that failure
 * is the result and the command is not run.
 */
export async function runGit(args: readonly string[], options: GitRunOptions = {}): Promise<RunResult> {
  const env = gitEnvironment(processEnv(), options.env);
  let overrides: readonly [string, string][] = [];
  if (options.cwd !== undefined) {
    const listing = await repositoryOverrides(options.cwd, env, options.signal);
    if ("failed" in listing) return listing.failed;
    overrides = listing.overrides;
  }
  return runProcess("git", [...safeConfigArgs(), ...args], {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    env: { ...env, ...configEnvironment(overrides) },
    ...(options.input === undefined ? {} : { input: options.input }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
}

function safeConfigArgs(): string[] {
  return SAFE_CONFIG.flatMap((setting) => ["-c", setting]);
}

/**
 * The overrides passed as GIT_CONFIG_COUNT/KEY/VALUE rather than `-c`: they
 * have the same (command-line) precedence, and `-c` splits at the first "="
 * so a driver named `a=b` could not be overridden that way.
 */
export function configEnvironment(overrides: readonly (readonly [string, string])[]): Record<string, string> {
  const env: Record<string, string> = {};
  if (overrides.length === 0) return env;
  env.GIT_CONFIG_COUNT = String(overrides.length);
  overrides.forEach(([key, value], index) => {
    env[`GIT_CONFIG_KEY_${index}`] = key;
    env[`GIT_CONFIG_VALUE_${index}`] = value;
  });
  return env;
}

/**
 * Lists the configuration git reads in `cwd`, includes expanded (listing runs
 * nothing), and returns overrides for every program-naming key that comes
 * from the repository (scope local or worktree). The operator's global and
 * system settings are theirs and left alone.
 */
export function repositoryOverrides(
  cwd: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<Listing> {
  const cache = session.getStore();
  const key = resolve(cwd);
  const cached = cache?.get(key);
  if (cached !== undefined) return cached;
  const listing = listRepositoryKeys(cwd, env, signal);
  cache?.set(key, listing);
  // A failure (a timeout, an abort) is not remembered: the next command asks again.
  listing.then(
    (result) => {
      if ("failed" in result) cache?.delete(key);
    },
    () => cache?.delete(key),
  );
  return listing;
}

async function listRepositoryKeys(
  cwd: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<Listing> {
  const result = await runProcess(
    "git",
    [...safeConfigArgs(), "config", "--list", "--show-scope", "--includes", "--name-only", "-z"],
    { cwd, timeoutMs: CONFIG_LIST_TIMEOUT_MS, env, ...(signal === undefined ? {} : { signal }) },
  );
  if (result.exitCode !== 0 || result.truncated)
    return { failed: { ...result, exitCode: result.exitCode ?? 128 } };
  const fields = result.stdout.split("\0");
  const names: string[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const scope = fields[i];
    if (scope === "local" || scope === "worktree") names.push(fields[i + 1]!);
  }
  return { overrides: programKeyOverrides(names) };
}

/**
 * The environment git runs with: an allow-list of the caller's variables,
 * plus no prompting. A hook's absolute index file is kept so a review started
 * from a pre-commit hook sees the index being committed.
 */
export function gitEnvironment(
  base: NodeJS.ProcessEnv,
  extra: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(base).filter(([name]) => PASSED_TO_GIT.has(name) || name.startsWith("LC_")),
  );
  if (base.GIT_INDEX_FILE !== undefined && isAbsolute(base.GIT_INDEX_FILE)) {
    env.GIT_INDEX_FILE = base.GIT_INDEX_FILE;
  }
  env.GIT_TERMINAL_PROMPT = "0";
  env.GCM_INTERACTIVE = "never";
  env.GIT_LFS_SKIP_SMUDGE = "1";
  if (env.GIT_SSH_COMMAND === undefined && env.GIT_SSH === undefined) {
    env.GIT_SSH_COMMAND = "ssh -o BatchMode=yes";
  }
  // The first core.gitProxy git reads wins, so a command-line override cannot beat the repository's;
  // this variable, even empty, makes git ignore that key.
  env.GIT_PROXY_COMMAND ??= "";
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
