import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cancelledError, CodeGuardianError } from "../core/errors.js";
import { directorySize } from "./directory-size.js";
import { redactText, redactUrl, validateGitUrl } from "./git-url.js";
import type { RunResult } from "./process.js";
import { formatBytes } from "./read-source.js";
import { gitErrorText, runGit } from "./run-git.js";

export interface CloneOptions {
  readonly timeoutMs: number;
  /** The clone is removed and refused when it grows past this many bytes on disk. */
  readonly maxBytes: number;
  /** A branch, a tag or a full 40-hex commit id; the remote's default branch when absent. */
  readonly ref?: string;
  /** Accept plain http:// URLs (a trusted mirror, or tests serving a repository locally). */
  readonly allowHttp?: boolean;
  /** Where the temporary clone directory is created; the system temp directory by default. */
  readonly tempParent?: string;
  readonly signal?: AbortSignal;
}

export interface ClonedRepository {
  /** Absolute path of the checkout. */
  readonly dir: string;
  readonly commit: string;
  readonly branch?: string;
  /** Removes the clone; safe to call more than once. */
  cleanup(): Promise<void>;
}

/** How often the clone's size is measured while git runs. */
const SIZE_POLL_MS = 250;

/**
 * A shallow, single-branch clone of a remote repository into a fresh
 * temporary directory, with nothing in it allowed to run: no hooks, no
 * submodules, no LFS smudge, no symlinks checked out as links, no
 * `file`/`ext` transports, no credential prompts. The URL comes after `--`,
 * so it can never be read as an option. Killed at the time limit; removed on
 * failure or when larger than `maxBytes`.
 */
export async function cloneRepository(url: string, options: CloneOptions): Promise<ClonedRepository> {
  const checked = validateGitUrl(url, { allowHttp: options.allowHttp ?? false });
  const shown = redactUrl(url);
  if (!checked.ok) {
    throw new CodeGuardianError("CG_GIT_URL_FORBIDDEN", `${shown}: ${checked.reason}`, {
      hint: "Only https://, ssh://, git:// and user@host:path URLs are cloned.",
    });
  }
  if (options.ref !== undefined && !isSafeRef(options.ref)) {
    throw new CodeGuardianError("CG_GIT_CLONE_FAILED", `'${options.ref}' is not a valid branch or tag name`);
  }
  let parent: string;
  try {
    parent = await mkdtemp(join(options.tempParent ?? tmpdir(), "codeguardian-clone-"));
  } catch (error) {
    throw cloneError(`cannot create a temporary directory to clone ${shown} into`, undefined, error);
  }
  const dir = join(parent, "repo");
  const cleanup = (): Promise<void> => rm(parent, { recursive: true, force: true });
  try {
    await runClone(checked.url, dir, shown, options);
    const [head, branch] = await Promise.all([
      runGit(["rev-parse", "--verify", "HEAD^{commit}"], { cwd: dir }),
      runGit(["symbolic-ref", "--quiet", "--short", "HEAD"], { cwd: dir }),
    ]);
    const commit = head.stdout.trim();
    if (head.exitCode !== 0 || commit === "")
      throw cloneError(`${shown} was cloned but has no commit checked out`);
    const name = branch.exitCode === 0 ? branch.stdout.trim() : "";
    return { dir, commit, ...(name === "" ? {} : { branch: name }), cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** Settings for every command that talks to the remote or writes the checkout. */
function transportConfig(allowHttp: boolean): string[] {
  return [
    "protocol.allow=never",
    "protocol.https.allow=always",
    "protocol.ssh.allow=always",
    "protocol.git.allow=always",
    `protocol.http.allow=${allowHttp ? "always" : "never"}`,
    "core.symlinks=false",
    "submodule.recurse=false",
    "transfer.fsckObjects=true",
  ].flatMap((setting) => ["-c", setting]);
}

/**
 * A branch or tag (or the default branch) is one `git clone`. A commit id
 * cannot be cloned directly, so it is fetched alone into an empty repository
 * (servers allow this for reachable commits under protocol v2) and checked
 * out detached. All steps share one time limit.
 */
async function runClone(url: string, dir: string, shown: string, options: CloneOptions): Promise<void> {
  const step = stepRunner(dir, shown, options);
  const config = transportConfig(options.allowHttp === true);
  const ref = options.ref;
  if (ref !== undefined && FULL_COMMIT_ID.test(ref)) {
    await step(["init", "--quiet", "--template=", dir]);
    await step(
      [...config, "fetch", "--quiet", "--depth=1", "--no-tags", "--no-recurse-submodules", "--", url, ref],
      dir,
    );
    await step([...config, "checkout", "--quiet", "--detach", "FETCH_HEAD"], dir);
    return;
  }
  const branch = ref === undefined ? [] : ["--branch", ref];
  await step([
    ...config,
    "clone",
    "--quiet",
    "--template=",
    "--depth=1",
    "--single-branch",
    "--no-tags",
    "--no-recurse-submodules",
    ...branch,
    "--",
    url,
    dir,
  ]);
}

const FULL_COMMIT_ID = /^[0-9a-f]{40}$/;

/** Runs git steps under one deadline while watching the clone's size; any failure throws CG_GIT_CLONE_FAILED. */
function stepRunner(
  dir: string,
  shown: string,
  options: CloneOptions,
): (args: readonly string[], cwd?: string) => Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  const timedOut = (): CodeGuardianError =>
    cloneError(
      `cloning ${shown} took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped`,
      "Raise limits.clone_timeout_seconds, or review a local checkout instead.",
    );
  return async (args, cwd) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw timedOut();
    const stop = new AbortController();
    const stopOnAbort = (): void => stop.abort();
    options.signal?.addEventListener("abort", stopOnAbort, { once: true });
    let tooLarge = false;
    const watcher = setInterval(() => {
      void directorySize(dir, options.maxBytes).then((size) => {
        if (size > options.maxBytes && !stop.signal.aborted) {
          tooLarge = true;
          stop.abort();
        }
      });
    }, SIZE_POLL_MS);
    let result: RunResult | undefined;
    try {
      result = await runGit(args, {
        timeoutMs: remaining,
        signal: stop.signal,
        ...(cwd === undefined ? {} : { cwd }),
      });
    } catch (error) {
      if (!tooLarge && !(options.signal?.aborted ?? false)) {
        const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
        const message = missing
          ? "git is not installed or not on PATH"
          : `could not run git to clone ${shown}`;
        throw cloneError(message, undefined, error);
      }
    } finally {
      clearInterval(watcher);
      options.signal?.removeEventListener("abort", stopOnAbort);
    }
    // A cancelled review, not a failed clone: the caller records it as cancelled.
    if (options.signal?.aborted === true) throw cancelledError(`cloning ${shown}`);
    if (tooLarge || (await directorySize(dir, options.maxBytes)) > options.maxBytes) {
      throw tooLargeError(shown, options.maxBytes);
    }
    if (result === undefined) throw cloneError(`cloning ${shown} stopped unexpectedly`);
    if (result.timedOut) throw timedOut();
    if (result.exitCode !== 0) {
      const reason = redactText(gitErrorText(result)) || `git exited with code ${String(result.exitCode)}`;
      throw cloneError(`could not clone ${shown}: ${reason}`, hintFor(reason));
    }
  };
}

function hintFor(reason: string): string {
  if (
    /could not read Username|Authentication failed|terminal prompts disabled|Permission denied \(publickey/i.test(
      reason,
    )
  ) {
    return "The repository needs credentials: use a git credential helper or an SSH key (prompts are disabled).";
  }
  if (/Remote branch .* not found|couldn't find remote ref/i.test(reason))
    return "Check the branch or tag name.";
  if (/not found|does not exist|repository .* not found/i.test(reason))
    return "Check the URL; private repositories also answer 'not found'.";
  return "Check the URL and your network connection.";
}

/** Branch and tag names: git's own rules, minus anything that could look like an option. */
function isSafeRef(ref: string): boolean {
  return (
    /^[A-Za-z0-9._/][A-Za-z0-9._/+-]*$/.test(ref) &&
    !ref.includes("..") &&
    !ref.endsWith(".lock") &&
    !ref.endsWith("/")
  );
}

function tooLargeError(shown: string, maxBytes: number): CodeGuardianError {
  return cloneError(
    `${shown} is larger than the ${formatBytes(maxBytes)} clone limit; the clone was removed`,
    "Raise limits.clone_max_bytes, or review a local checkout instead.",
  );
}

function cloneError(message: string, hint?: string, cause?: unknown): CodeGuardianError {
  return new CodeGuardianError("CG_GIT_CLONE_FAILED", message, {
    ...(hint === undefined ? {} : { hint }),
    ...(cause === undefined ? {} : { cause }),
  });
}
