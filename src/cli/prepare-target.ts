import type { ResolvedConfig } from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import type { ProjectRef } from "../core/store.js";
import type { ReviewTarget } from "../core/review.js";
import { storePathForRoot, storePathForUrl } from "../platform/data-dir.js";
import { cloneRepository, isGitUrl, repoInfo, validateGitUrl } from "../platform/git.js";
import { resolveLocalTarget } from "../platform/target.js";
import { basename } from "node:path";

export interface PreparedTarget {
  readonly target: ReviewTarget;
  /** Absolute paths named by the user; empty means the whole root. */
  readonly paths: readonly string[];
  readonly project: ProjectRef;
  /** Where the review history lives unless --db says otherwise. */
  readonly defaultStorePath: string;
  readonly cleanup: () => Promise<void>;
}

/** A local path (or several) or a git URL, made ready to review. */
export async function prepareTarget(
  targets: readonly string[],
  cwd: string,
  config: ResolvedConfig,
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
      ...gitProject(checked.redacted),
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
    ...localProject(local.root),
    cleanup: () => Promise.resolve(),
  };
}

/** A git URL's project and where its history lives (the clone itself is temporary). */
export function gitProject(redactedUrl: string): { project: ProjectRef; defaultStorePath: string } {
  return {
    project: { key: redactedUrl, name: repoName(redactedUrl), repositoryUrl: redactedUrl, provider: "git" },
    defaultStorePath: storePathForUrl(redactedUrl),
  };
}

/** A local root's project; its history lives inside it. */
export function localProject(root: string): { project: ProjectRef; defaultStorePath: string } {
  return {
    project: { key: root, name: basename(root), repositoryUrl: root, provider: "local" },
    defaultStorePath: storePathForRoot(root),
  };
}

function repoName(url: string): string {
  const last = url.replace(/\/+$/, "").split(/[/:]/).pop() ?? url;
  return last.replace(/\.git$/, "");
}
