import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { CodeGuardianError } from "../core/errors.js";
import { parseUnifiedDiff } from "./diff-parse.js";
import type { RunResult } from "./process.js";
import { gitErrorText, runGit } from "./run-git.js";

/** New-side line numbers (1-based) a change added or modified in one file. */
export type ChangedLines = ReadonlySet<number>;

export interface RepoInfo {
  readonly isRepo: boolean;
  readonly commit?: string;
  readonly branch?: string;
}

/** What a local directory is, as far as git knows. Never throws: no git or no repository is `isRepo: false`. */
export async function repoInfo(root: string): Promise<RepoInfo> {
  const inside = await git(root, ["rev-parse", "--is-inside-work-tree"]).catch(() => undefined);
  if (inside?.exitCode !== 0 || inside.stdout.trim() !== "true") return { isRepo: false };
  const [head, branch] = await Promise.all([
    git(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]),
    git(root, ["symbolic-ref", "--quiet", "--short", "HEAD"]),
  ]);
  const commit = head.exitCode === 0 ? head.stdout.trim() : "";
  const name = branch.exitCode === 0 ? branch.stdout.trim() : "";
  return { isRepo: true, ...(commit === "" ? {} : { commit }), ...(name === "" ? {} : { branch: name }) };
}

/**
 * For `--diff <base>`: every file under `root` that differs from the merge
 * base of `base` and HEAD, counting commits since then, staged and unstaged
 * edits, and untracked (not ignored) files, with the lines each added or
 * changed. Renamed files appear under their new path; deleted files do not
 * appear. Paths are relative to `root`, POSIX.
 */
export async function changedFiles(root: string, baseRef: string): Promise<Map<string, ChangedLines>> {
  // Anything else git itself validates; only the resolved commit id is passed on after this.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (baseRef === "" || baseRef.startsWith("-") || /[\s\u0000-\u001f\u007f]/.test(baseRef)) {
    throw diffError(
      `'${baseRef}' is not a valid git ref`,
      "Give a branch, tag or commit, e.g. --diff origin/main.",
    );
  }
  await requireRepository(root);
  const base = await git(root, ["rev-parse", "--verify", "--quiet", `${baseRef}^{commit}`]);
  if (base.exitCode !== 0) {
    throw diffError(
      `unknown git ref '${baseRef}' in ${root}`,
      "Fetch it first (git fetch origin <branch>); CI checkouts are often shallow and lack the base branch.",
    );
  }
  const head = await git(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.exitCode !== 0) throw diffError(`the repository in ${root} has no commits yet`);
  const mergeBase = await git(root, ["merge-base", base.stdout.trim(), head.stdout.trim()]);
  if (mergeBase.exitCode !== 0) {
    throw diffError(
      `'${baseRef}' and HEAD have no common ancestor in ${root}`,
      "In a shallow clone, fetch more history (git fetch --deepen=100 or --unshallow).",
    );
  }
  const commit = mergeBase.stdout.trim();
  const common = [
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "-M",
    "--diff-filter=d",
    "--ignore-submodules",
    "--relative",
  ];
  const [names, patch, untracked] = await Promise.all([
    gitOk(root, ["diff", ...common, "--name-only", "-z", commit, "--"]),
    gitOk(root, ["diff", ...common, "-U0", "--src-prefix=a/", "--dst-prefix=b/", commit, "--"]),
    gitOk(root, ["ls-files", "--others", "--exclude-standard", "-z"]),
  ]);
  const lines = parseUnifiedDiff(patch.stdout);
  const result = new Map<string, ChangedLines>();
  // The name list is authoritative: binary and mode-only changes have no hunks.
  for (const path of splitNul(names.stdout)) result.set(path, lines.get(path) ?? new Set<number>());
  for (const path of splitNul(untracked.stdout)) {
    // A nested repository shows up as "dir/"; its files are not ours to list.
    if (path.endsWith("/") || result.has(path)) continue;
    result.set(path, await allLines(join(root, path)));
  }
  return result;
}

async function requireRepository(root: string): Promise<void> {
  let inside: RunResult;
  try {
    inside = await git(root, ["rev-parse", "--is-inside-work-tree"]);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw diffError(
      missing ? "git is not installed or not on PATH" : `cannot run git in ${root}`,
      undefined,
      error,
    );
  }
  if (inside.exitCode === 0 && inside.stdout.trim() === "true") return;
  const reason = gitErrorText(inside);
  if (/dubious ownership/.test(reason)) {
    throw diffError(
      `git refuses to read ${root}: it is owned by another user`,
      `If you trust it: git config --global --add safe.directory ${root}`,
    );
  }
  throw diffError(
    `${root} is not inside a git repository`,
    "--diff compares against a git ref; drop it to review everything.",
  );
}

/** Every line of an untracked file counts as added, counted without holding the file in memory. */
async function allLines(path: string): Promise<Set<number>> {
  const lines = new Set<number>();
  try {
    if (!(await stat(path)).isFile()) return lines;
    let count = 0;
    let last = 10;
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count++;
      if (chunk.length > 0) last = chunk[chunk.length - 1] ?? 10;
    }
    if (last !== 10) count++;
    for (let n = 1; n <= count; n++) lines.add(n);
  } catch {
    // Unreadable now; discovery reports it with its reason.
  }
  return lines;
}

function git(root: string, args: readonly string[]): Promise<RunResult> {
  return runGit(args, { cwd: root });
}

async function gitOk(root: string, args: readonly string[]): Promise<RunResult> {
  const result = await git(root, args);
  if (result.exitCode !== 0) {
    throw diffError(`git ${args[0] ?? ""} failed in ${root}: ${gitErrorText(result) || "no output"}`);
  }
  if (result.truncated)
    throw diffError(`git ${args[0] ?? ""} produced more output than can be read in ${root}`);
  return result;
}

function splitNul(text: string): string[] {
  return text.split("\0").filter((part) => part !== "");
}

function diffError(message: string, hint?: string, cause?: unknown): CodeGuardianError {
  return new CodeGuardianError("CG_GIT_DIFF_FAILED", message, {
    ...(hint === undefined ? {} : { hint }),
    ...(cause === undefined ? {} : { cause }),
  });
}
