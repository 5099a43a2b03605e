import { realpath } from "node:fs/promises";
import { normaliseGitUrl, validateGitUrl } from "./git-url.js";
import { runGit } from "./run-git.js";

/**
 * The key every stored row of a project carries (docs/storage.md, "Project
 * identity"): the normalised URL of a git target, or of a local repository's
 * `origin` remote; else the real path of the local root. Never a commit id,
 * and never credentials (normalising drops them).
 */
export interface ProjectIdentity {
  readonly key: string;
  /** The normalised remote the key came from, when it came from one. */
  readonly remote?: string;
}

/** A git URL target's identity: `https://u:p@GitHub.com/a/b.git` → `github.com/a/b`. */
export function urlProjectIdentity(url: string): ProjectIdentity {
  const key = normaliseGitUrl(url);
  return { key, remote: key };
}

/**
 * A local root's identity. Only an `origin` that passes the same URL policy
 * as a git target counts; a path or anything odd falls back to the real path,
 * so two checkouts of one remote share history and two unrelated folders never do.
 */
export async function localProjectIdentity(root: string): Promise<ProjectIdentity> {
  const real = await realpath(root).catch(() => root);
  const origin = await runGit(["config", "--get", "remote.origin.url"], {
    cwd: real,
    timeoutMs: 10_000,
  }).catch(() => undefined);
  const url = origin?.exitCode === 0 ? origin.stdout.trim() : "";
  if (url !== "" && validateGitUrl(url).ok) return urlProjectIdentity(url);
  return { key: real };
}
