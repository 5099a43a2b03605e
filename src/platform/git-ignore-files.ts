import { lstat, readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { createMatcher, type IgnoreLevel } from "./ignore-rules.js";

export interface RepoLayout {
  /** True when a `.git` was found at or above the root. */
  readonly isRepo: boolean;
  /** The working tree's top: the nearest ancestor of the root holding `.git`, else the root. */
  readonly top: string;
  /** The root relative to the top, POSIX, "" or ending in "/". */
  readonly rootPrefix: string;
  /** `.git/info/exclude` and the `.gitignore` files from the top down to the root (inclusive). */
  readonly levels: readonly IgnoreLevel[];
}

/**
 * Finds the working tree the root belongs to and the ignore rules that apply
 * from above it, so reviewing a sub-directory of a repository honours the
 * repository's own ignore files. The user's global excludes file is not read:
 * a review must not depend on who runs it.
 */
export async function repoLayout(realRoot: string): Promise<RepoLayout> {
  const top = await findTop(realRoot);
  if (top === undefined) {
    const own = await loadGitignore(realRoot, "");
    return { isRepo: false, top: realRoot, rootPrefix: "", levels: own === undefined ? [] : [own] };
  }
  const levels: IgnoreLevel[] = [];
  const gitDir = await resolveGitDir(top);
  if (gitDir !== undefined) {
    const exclude = await readIgnoreFile(join(gitDir, "info", "exclude"));
    if (exclude !== undefined)
      levels.push({ prefix: "", matcher: createMatcher(exclude), source: ".git/info/exclude" });
  }
  const rel = toPosix(relative(top, realRoot));
  const rootPrefix = rel === "" ? "" : `${rel}/`;
  // .gitignore files of the top, every directory below it down to the root, and the root's own.
  const parts = rel === "" ? [] : rel.split("/");
  const dirs = ["", ...parts.map((_, i) => `${parts.slice(0, i + 1).join("/")}/`)];
  for (const prefix of dirs) {
    const level = await loadGitignore(join(top, prefix), prefix);
    if (level !== undefined) levels.push(level);
  }
  return { isRepo: true, top, rootPrefix, levels };
}

/** The `.gitignore` of one directory as a level, or undefined when it has none. */
export async function loadGitignore(absoluteDir: string, prefix: string): Promise<IgnoreLevel | undefined> {
  const content = await readIgnoreFile(join(absoluteDir, ".gitignore"));
  if (content === undefined) return undefined;
  return { prefix, matcher: createMatcher(content), source: `${prefix}.gitignore` };
}

async function readIgnoreFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    // Missing or unreadable ignore files ignore nothing, as in git.
    return undefined;
  }
}

async function findTop(start: string): Promise<string | undefined> {
  let dir = start;
  for (;;) {
    try {
      await lstat(join(dir, ".git"));
      return dir;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }
}

/** `.git` is a directory, or in worktrees and submodules a file saying `gitdir: <path>`. */
async function resolveGitDir(top: string): Promise<string | undefined> {
  const dotGit = join(top, ".git");
  try {
    const info = await lstat(dotGit);
    if (info.isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(await readFile(dotGit, "utf8"))?.[1];
    if (pointer === undefined) return undefined;
    const gitDir = isAbsolute(pointer) ? pointer : join(top, pointer);
    // A linked worktree keeps info/exclude in the common directory.
    const common = (await readFile(join(gitDir, "commondir"), "utf8").catch(() => "")).trim();
    if (common === "") return gitDir;
    return isAbsolute(common) ? common : join(gitDir, common);
  } catch {
    return undefined;
  }
}

export function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}
