import type { ResolvedConfig } from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import type { ProjectRef } from "../core/store.js";
import type { ReviewTarget } from "../core/review.js";
import { cloneRepository, isGitUrl, repoInfo, validateGitUrl } from "../platform/git.js";
import { localProjectIdentity, urlProjectIdentity } from "../platform/project-identity.js";
import { resolveLocalTarget } from "../platform/target.js";
import { basename } from "node:path";

export interface PreparedTarget {
  readonly target: ReviewTarget;
  /** Absolute paths named by the user; empty means the whole root. */
  readonly paths: readonly string[];
  /** Keyed by the project identity (docs/storage.md): what history and caches are filed under. */
  readonly project: ProjectRef;
  readonly cleanup: () => Promise<void>;
}

/** A local path (or several) or a git URL, made ready to review. */
export async function prepareTarget(
  targets: readonly string[],
  cwd: string,
  config: ResolvedConfig,
  signal?: AbortSignal,
): Promise<PreparedTarget> {
  const first = targets[0];
  if (targets.length === 1 && first !== undefined && isGitUrl(first)) {
    const checked = validateGitUrl(first);
    if (!checked.ok) {
      throw new CodeGuardianError("CG_GIT_URL_FORBIDDEN", `${first}: ${checked.reason}`, {
        hint: "Only https://, ssh://, git:// and user@host:path URLs are reviewed.",
      });
    }
    const clone = await cloneRepository(checked.url, {
      timeoutMs: config.limits.cloneTimeoutSeconds * 1000,
      maxBytes: config.limits.cloneMaxBytes,
      ...(signal ? { signal } : {}),
    });
    return {
      target: {
        kind: "git",
        input: checked.redacted,
        root: clone.dir,
        url: checked.redacted,
        commit: clone.commit,
        ...(clone.branch ? { branch: clone.branch } : {}),
      },
      paths: [],
      // Credentials in the URL are for the clone only: never stored or reported.
      project: gitProject(checked.redacted),
      cleanup: () => clone.cleanup(),
    };
  }
  if (targets.some((t) => isGitUrl(t))) {
    throw new CodeGuardianError("CG_TARGET_INVALID", "a git URL must be the only target");
  }
  const local = await resolveLocalTarget(targets, cwd);
  const info = await repoInfo(local.root);
  return {
    target: {
      kind: "path",
      input: local.input,
      root: local.root,
      ...(info.commit ? { commit: info.commit } : {}),
      ...(info.branch ? { branch: info.branch } : {}),
    },
    paths: local.paths,
    project: await localProject(local.root),
    cleanup: () => Promise.resolve(),
  };
}

/** A git URL's project; its clone is temporary, its history is in the data directory. */
export function gitProject(redactedUrl: string): ProjectRef {
  return {
    key: urlProjectIdentity(redactedUrl).key,
    name: repoName(redactedUrl),
    repositoryUrl: redactedUrl,
    provider: "git",
  };
}

/** A local root's project: one with an `origin` shares its identity with that URL's reviews. */
export async function localProject(root: string): Promise<ProjectRef> {
  const identity = await localProjectIdentity(root);
  return {
    key: identity.key,
    name: basename(root),
    repositoryUrl: identity.remote ?? root,
    provider: "local",
  };
}

function repoName(url: string): string {
  const last =
    url
      .replace(/(?<!\/)\/+$/, "")
      .split(/[/:]/)
      .pop() ?? url;
  return last.replace(/\.git$/, "");
}
