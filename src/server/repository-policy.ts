import { realpath, stat } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";
import { CodeGuardianError } from "../core/errors.js";
import type { ProjectRef } from "../core/store.js";
import { isGitUrl, normaliseGitUrl, validateGitUrl } from "../platform/git-url.js";
import { localProjectIdentity } from "../platform/project-identity.js";

/**
 * Which repositories a project may name (docs/server.md, "Repositories"):
 * a git URL under one of the operator's allowed prefixes, or a directory
 * under one of the operator's roots. Anything else, above all an arbitrary
 * path on the server, is refused before a project exists.
 */
export interface RepositoryPolicy {
  /** Normalised URL prefixes such as `github.com/acme` (a scheme and `.git` are ignored). */
  readonly allowedUrls: readonly string[];
  /** Absolute directories; a project's directory must be one of them or inside one. */
  readonly roots: readonly string[];
  /** Accept plain http:// URLs (an internal mirror, tests). */
  readonly allowHttp?: boolean;
}

export type CheckedRepository = Pick<ProjectRef, "key" | "repositoryUrl" | "provider">;

export async function checkRepository(
  repository: string,
  policy: RepositoryPolicy,
): Promise<CheckedRepository> {
  return isGitUrl(repository) ? checkUrl(repository, policy) : checkDirectory(repository, policy);
}

function checkUrl(url: string, policy: RepositoryPolicy): CheckedRepository {
  const checked = validateGitUrl(url, { allowHttp: policy.allowHttp === true });
  if (!checked.ok) throw refused(`The repository URL is not allowed: ${checked.reason}.`);
  if (checked.url !== checked.redacted) {
    throw refused(
      "The repository URL carries credentials; the server's own git credentials are used instead.",
    );
  }
  const key = normaliseGitUrl(checked.url);
  const allowed = policy.allowedUrls.some((entry) => {
    const prefix = normaliseGitUrl(entry);
    return key === prefix || key.startsWith(`${prefix}/`);
  });
  if (!allowed) throw refused(`The repository ${key} is not on this server's allow-list.`);
  return { key, repositoryUrl: checked.redacted, provider: "git" };
}

async function checkDirectory(path: string, policy: RepositoryPolicy): Promise<CheckedRepository> {
  if (!isAbsolute(path)) throw refused("A local repository must be given as an absolute path.");
  // Real paths on both sides: a symbolic link inside a root cannot lead out of it.
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined || !(await stat(real)).isDirectory()) {
    throw refused(`${path} is not a directory this server can read.`);
  }
  const roots = await Promise.all(policy.roots.map((root) => realpath(root).catch(() => undefined)));
  const inside = roots.some((root) => {
    if (root === undefined) return false;
    const rel = relative(root, real);
    return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
  });
  if (!inside) throw refused(`${path} is not under a directory this server's operator listed.`);
  const identity = await localProjectIdentity(real);
  return { key: identity.key, repositoryUrl: real, provider: "local" };
}

function refused(message: string): CodeGuardianError {
  return new CodeGuardianError("CG_REPOSITORY_NOT_ALLOWED", message, {
    hint: "The operator lists allowed URL prefixes and local roots in the server's configuration (docs/server.md).",
  });
}
