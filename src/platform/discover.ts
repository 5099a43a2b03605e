import { lstat, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { CodeGuardianError } from "../core/errors.js";
import type { Notice, SkippedFile } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
import { repoLayout, toPosix } from "./git-ignore-files.js";
import { configMatcher } from "./ignore-rules.js";
import { NONE_TRACKED, trackedButIgnored } from "./git-tracked.js";
import { isHeldGenerated, isSourceFile, readSource, type HeldGenerated } from "./read-source.js";
import { settleHeld, type ImportersOf } from "./settle-held.js";
import { compareNames } from "./fs-entries.js";
import { TreeWalk, type Candidate, type DirContext } from "./walk-tree.js";

export interface DiscoveryOptions {
  /** Absolute directory every result path is relative to. */
  readonly root: string;
  /** Absolute files or directories inside root (as pre-commit passes them); absent or empty means the whole root. */
  readonly paths?: readonly string[];
  /** .gitignore-syntax patterns relative to root; when non-empty only matching files are reviewed. */
  readonly include: readonly string[];
  /** .gitignore-syntax patterns relative to root. */
  readonly exclude: readonly string[];
  readonly maxFileBytes: number;
  readonly maxLineLength: number;
  /** Repository-relative paths to keep (for --diff); every other file is skipped as "not-changed". */
  readonly onlyPaths?: ReadonlySet<string>;
  /**
   * The repository's import graph over the files read (imported → importers),
   * so vendored-looking directories and generated-looking files the code
   * imports are reviewed. Absent: nothing counts as imported.
   */
  readonly importersOf?: ImportersOf;
}

export interface DiscoveryResult {
  /** Reviewable files, sorted by path. */
  readonly files: SourceFile[];
  /** Everything not reviewed, with a reason; a skipped directory appears once, as "dir/". */
  readonly skipped: SkippedFile[];
  /** Warnings about what the repository supplied, e.g. a refused ignore file. */
  readonly notices: Notice[];
}

/** Files read at once: enough to keep the disk busy, few enough to stay under descriptor limits. */
const READ_CONCURRENCY = 32;

/**
 * Finds the files to review under a root. Honours .gitignore files and
 * .git/info/exclude (except for files git tracks anyway), config include/exclude patterns, and skips vendored,
 * generated, minified, binary, oversized, unreadable and non-UTF-8 files,
 * each with a reason. Never follows a symlink out of the root.
 */
export async function discoverFiles(options: DiscoveryOptions): Promise<DiscoveryResult> {
  const realRoot = await resolveRoot(options.root);
  const layout = await repoLayout(realRoot);
  const walk = new TreeWalk({
    realRoot,
    rootPrefix: layout.rootPrefix,
    exclude: configMatcher(options.exclude),
    include: options.include.length === 0 ? undefined : configMatcher(options.include),
    onlyPaths: options.onlyPaths,
    tracked: layout.isRepo ? await trackedButIgnored(realRoot) : NONE_TRACKED,
  });
  const rootContext: DirContext = {
    path: "",
    absolutePath: realRoot,
    realPath: realRoot,
    levels: layout.levels,
    viaSymlink: false,
  };

  const targets = await explicitTargets(options.root, realRoot, options.paths ?? []);
  if (targets === undefined) {
    await walk.walkDir(rootContext);
  } else {
    for (const target of targets) await visitTarget(walk, rootContext, target);
  }
  await walk.followLinkedDirs();

  const unique = dedupeByRealPath(walk.candidates, walk);
  const read = await mapLimited(unique, READ_CONCURRENCY, (candidate) =>
    readSource(candidate.path, candidate.absolutePath, options),
  );
  const readable: { file: SourceFile; heldIn: readonly string[] }[] = [];
  const generated: { held: HeldGenerated; heldIn: readonly string[] }[] = [];
  const skippedByContent: SkippedFile[] = [];
  read.forEach((result, i) => {
    const heldIn = unique[i]?.heldIn ?? [];
    if (isSourceFile(result)) readable.push({ file: result, heldIn });
    else if (isHeldGenerated(result)) generated.push({ held: result, heldIn });
    else skippedByContent.push(result);
  });
  const settled = await settleHeld({
    files: readable,
    generated,
    heldDirs: walk.heldDirs,
    importersOf: options.importersOf,
    nameEachFile: options.onlyPaths !== undefined,
  });
  const underSkippedDir = (path: string): boolean =>
    [...settled.skippedDirs].some((dir) => path.startsWith(`${dir}/`));
  // A skipped vendored directory is listed once; in a --diff review its changed files are named too.
  const keepInside = options.onlyPaths !== undefined;
  const skipped = [...walk.skipped, ...skippedByContent].filter((s) =>
    keepInside ? s.reason !== "not-changed" || !underSkippedDir(s.path) : !underSkippedDir(s.path),
  );
  skipped.push(...settled.skipped);
  const files = settled.files;
  files.sort((a, b) => compareNames(a.path, b.path));
  skipped.sort((a, b) => compareNames(a.path, b.path));
  return { files, skipped, notices: [...layout.notices, ...walk.notices] };
}

async function resolveRoot(root: string): Promise<string> {
  if (!isAbsolute(root))
    throw new CodeGuardianError("CG_INTERNAL", `discovery root must be absolute: ${root}`);
  let real: string;
  try {
    real = await realpath(root);
  } catch {
    throw new CodeGuardianError("CG_TARGET_MISSING", `${root}: no such directory`);
  }
  if (!(await stat(real)).isDirectory()) {
    throw new CodeGuardianError("CG_TARGET_INVALID", `${root} is not a directory`);
  }
  return real;
}

interface Target {
  /** Relative to the root, POSIX, never empty. */
  readonly path: string;
}

/**
 * The named paths relative to the root, without duplicates or paths inside
 * another named directory; undefined when the whole root is to be walked.
 */
async function explicitTargets(
  root: string,
  realRoot: string,
  paths: readonly string[],
): Promise<Target[] | undefined> {
  if (paths.length === 0) return undefined;
  const rels: string[] = [];
  for (const path of paths) {
    const absolute = resolve(root, path);
    try {
      await lstat(absolute);
    } catch {
      throw new CodeGuardianError("CG_TARGET_MISSING", `${path}: no such file or directory`);
    }
    // Compare through real paths so a root given via a symlink still contains its files.
    const parentReal = await realpath(dirname(absolute));
    const rel = toPosix(relative(realRoot, join(parentReal, absolute.slice(dirname(absolute).length + 1))));
    if (rel === "" || rel === ".") return undefined;
    if (rel.startsWith("../") || rel === ".." || isAbsolute(rel)) {
      throw new CodeGuardianError("CG_TARGET_INVALID", `${path} is outside the review root ${root}`);
    }
    rels.push(rel);
  }
  // Shorter paths first, so a directory is kept before anything inside it is considered.
  rels.sort((a, b) => a.length - b.length || compareNames(a, b));
  const kept = new Set<string>();
  for (const rel of rels) {
    const parts = rel.split("/");
    const covered = parts.some((_, i) => kept.has(parts.slice(0, i + 1).join("/")));
    if (!covered) kept.add(rel);
  }
  return [...kept].sort(compareNames).map((path) => ({ path }));
}

/**
 * Visits one named path as the walk would have reached it: every directory
 * between the root and it must itself pass the checks, and their ignore
 * files apply.
 */
async function visitTarget(walk: TreeWalk, rootContext: DirContext, target: Target): Promise<void> {
  const parts = target.path.split("/");
  let context: DirContext | undefined = rootContext;
  for (const name of parts.slice(0, -1)) {
    context = await walk.enterAncestor(context, name);
    if (context === undefined) return;
  }
  const name = parts[parts.length - 1] ?? "";
  const info = await lstat(join(context.absolutePath, name));
  const kind = info.isSymbolicLink()
    ? "symlink"
    : info.isDirectory()
      ? "dir"
      : info.isFile()
        ? "file"
        : "other";
  await walk.visit(context, name, kind);
}

/** One file reached by several paths (through symlinks) is reviewed once, preferably under its own path. */
function dedupeByRealPath(candidates: readonly Candidate[], walk: TreeWalk): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => Number(a.viaSymlink) - Number(b.viaSymlink) || compareNames(a.path, b.path),
  );
  const byReal = new Map<string, Candidate>();
  for (const candidate of sorted) {
    const kept = byReal.get(candidate.realPath);
    if (kept === undefined) byReal.set(candidate.realPath, candidate);
    else walk.skip(candidate.path, "ignored", `same file as ${kept.path} (symlink)`);
  }
  return [...byReal.values()];
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
