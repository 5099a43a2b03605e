import { lstat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import type { Notice } from "../core/review.js";
import { createMatcher, type IgnoreLevel } from "./ignore-rules.js";
import { readRepoFile, REPO_FILE_CAPS } from "./safe-fs.js";

export interface RepoLayout {
  /** True when a `.git` was found at or above the root. */
  readonly isRepo: boolean;
  /** The working tree's top: the nearest ancestor of the root holding `.git`, else the root. */
  readonly top: string;
  /** The root relative to the top, POSIX, "" or ending in "/". */
  readonly rootPrefix: string;
  /** `.git/info/exclude` and the `.gitignore` files from the top down to the root (inclusive). */
  readonly levels: readonly IgnoreLevel[];
  /** Ignore files refused on the way (see {@link loadGitignore}). */
  readonly notices: readonly Notice[];
}

/**
 * Finds the working tree the root belongs to and the ignore rules that apply
 * from above it, so reviewing a sub-directory of a repository honours the
 * repository's own ignore files. The user's global excludes file is not read:
 * a review must not depend on who runs it.
 */
export async function repoLayout(realRoot: string): Promise<RepoLayout> {
  const notices: Notice[] = [];
  const top = await findTop(realRoot);
  if (top === undefined) {
    const own = await loadGitignore(realRoot, "", notices);
    return { isRepo: false, top: realRoot, rootPrefix: "", levels: own === undefined ? [] : [own], notices };
  }
  const levels: IgnoreLevel[] = [];
  const gitDir = await resolveGitDir(top);
  if (gitDir !== undefined) {
    const exclude = await readIgnoreFile(gitDir, "info/exclude", ".git/info/exclude", notices);
    if (exclude !== undefined)
      levels.push({ prefix: "", matcher: createMatcher(exclude), source: ".git/info/exclude" });
  }
  const rel = toPosix(relative(top, realRoot));
  const rootPrefix = rel === "" ? "" : `${rel}/`;
  // .gitignore files of the top, every directory below it down to the root, and the root's own.
  const parts = rel === "" ? [] : rel.split("/");
  const dirs = ["", ...parts.map((_, i) => `${parts.slice(0, i + 1).join("/")}/`)];
  for (const prefix of dirs) {
    const level = await loadGitignore(join(top, prefix), prefix, notices);
    if (level !== undefined) levels.push(level);
  }
  return { isRepo: true, top, rootPrefix, levels, notices };
}

/**
 * The `.gitignore` of one directory as a level, or undefined when it has none.
 * One that is a symlink, a special file or over the cap is not read; that
 * adds a warning to `notices`, because its rules silently missing would put
 * ignored files (generated code, fixtures) into the review.
 */
export async function loadGitignore(
  absoluteDir: string,
  prefix: string,
  notices: Notice[],
): Promise<IgnoreLevel | undefined> {
  const source = `${prefix}.gitignore`;
  const content = await readIgnoreFile(absoluteDir, ".gitignore", source, notices);
  if (content === undefined) return undefined;
  return { prefix, matcher: createMatcher(content), source };
}

/** Missing ignore files ignore nothing, as in git; refused ones also ignore nothing, but say so. */
async function readIgnoreFile(
  dir: string,
  name: string,
  source: string,
  notices: Notice[],
): Promise<string | undefined> {
  const read = await readRepoFile(dir, name, REPO_FILE_CAPS.ignore).catch((error: unknown) => ({
    kind: "refused" as const,
    reason: `${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
  }));
  if (read.kind === "text") return read.text;
  if (read.kind === "missing" || read.kind === "not-a-directory") return undefined;
  notices.push({
    level: "warning",
    analyser: "discovery",
    file: source,
    message: `ignore file not used: ${read.reason}; its patterns do not apply`,
  });
  return undefined;
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

/**
 * The path after `gitdir:` at the start of a line, from its first non-blank
 * character (blank lines skipped) to the end of that line, blanks trimmed: what
 * `^gitdir:\s*(.+?)\s*$` under `m` finds, with the rest read once (the lazy
 * path and the blanks after it were tried at every length;
 * test/regex-linearity.test.ts).
 */
function gitDirPointer(text: string): string | undefined {
  const marker = /^gitdir:/m.exec(text);
  if (!marker) return undefined;
  const rest = text.slice(marker.index + marker[0].length).trimStart();
  const path = rest.split(/[\n\r\u2028\u2029]/, 1)[0]!.trimEnd();
  return path === "" ? undefined : path;
}

/** `.git` is a directory, or in worktrees and submodules a file saying `gitdir: <path>`. */
async function resolveGitDir(top: string): Promise<string | undefined> {
  const dotGit = join(top, ".git");
  try {
    const info = await lstat(dotGit);
    if (info.isDirectory()) return dotGit;
    const pointer = gitDirPointer(await readSmall(top, ".git"));
    if (pointer === undefined) return undefined;
    const gitDir = isAbsolute(pointer) ? pointer : join(top, pointer);
    // A linked worktree keeps info/exclude in the common directory.
    const common = (await readSmall(gitDir, "commondir")).trim();
    if (common === "") return gitDir;
    return isAbsolute(common) ? common : join(gitDir, common);
  } catch {
    return undefined;
  }
}

/** A one-line pointer file of git's, read as data ("" when it is not a small regular file). */
async function readSmall(dir: string, name: string): Promise<string> {
  const read = await readRepoFile(dir, name, POINTER_FILE_CAP).catch(() => undefined);
  return read?.kind === "text" ? read.text : "";
}

/** `.git` and `commondir` files hold one path. */
const POINTER_FILE_CAP = 64 * 1024;

export function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}
