import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { CodeGuardianError } from "../core/errors.js";
import type { Notice, SkippedFile } from "../core/review.js";
import {
  holdsVendorEvidence,
  isAmbiguousVendoredName,
  skipByName,
  VCS_DIRS,
  vendoredDirReason,
} from "./file-kinds.js";
import { compareNames, direntKind, errorCode, exists, type EntryKind } from "./fs-entries.js";
import { loadGitignore } from "./git-ignore-files.js";
import type { TrackedIgnored } from "./git-tracked.js";
import { ignoredBy, matches, type IgnoreLevel } from "./ignore-rules.js";

type Ignore = Parameters<typeof matches>[0];

/** A file that passed every check that needs only its name. */
export interface Candidate {
  readonly path: string;
  readonly absolutePath: string;
  /** Where the bytes really live, to review a file reached twice only once. */
  readonly realPath: string;
  readonly viaSymlink: boolean;
  /** The vendored-looking directories (by name) it lies in, outermost first. */
  readonly heldIn: readonly string[];
}

export interface WalkSettings {
  readonly realRoot: string;
  /** The root relative to the repository top ("" or "sub/dir/"), for ignore files. */
  readonly rootPrefix: string;
  readonly exclude: Ignore;
  /** Undefined when every file may be reviewed. */
  readonly include: Ignore | undefined;
  readonly onlyPaths: ReadonlySet<string> | undefined;
  /** Tracked files that ignore rules match: git keeps them, so the review does too. */
  readonly tracked: TrackedIgnored;
}

/** A directory being walked: its paths and the ignore rules in force inside it. */
export interface DirContext {
  readonly path: string;
  readonly absolutePath: string;
  readonly realPath: string;
  readonly levels: readonly IgnoreLevel[];
  readonly viaSymlink: boolean;
  /** Directories named like vendored ones (vendor/, dist/, ...) this one is in, outermost first. */
  readonly heldIn?: readonly string[];
}

/**
 * Walks directories in sorted order, one at a time, so what a symlink loop or
 * a doubly-reachable directory resolves to never depends on timing. Directory
 * symlinks are followed only after the plain tree, so a directory is reviewed
 * under its own path when it is reachable both ways.
 */
export class TreeWalk {
  readonly candidates: Candidate[] = [];
  readonly skipped: SkippedFile[] = [];
  /** Ignore files that were refused (see loadGitignore). */
  readonly notices: Notice[] = [];
  /**
   * Directories named like vendored or build output whose fate waits for the
   * import graph → what inside them looks third-party (a manifest, lock file
   * or licence), or undefined while nothing does.
   */
  readonly heldDirs = new Map<string, string | undefined>();
  private readonly walkedDirs = new Set<string>();
  private readonly linkedDirs: { link: string; context: DirContext }[] = [];
  /** Ignored directories walked only because git tracks files in them → the rule that ignores them. */
  private readonly ignoredButEntered = new Map<string, string>();

  constructor(private readonly settings: WalkSettings) {}

  /** Walks a directory already checked by {@link visit} (or the root). */
  async walkDir(dir: DirContext): Promise<void> {
    if (this.walkedDirs.has(dir.realPath)) return;
    this.walkedDirs.add(dir.realPath);
    let entries: Dirent[];
    try {
      entries = await readdir(dir.absolutePath, { withFileTypes: true });
    } catch (error) {
      if (dir.path === "") {
        throw new CodeGuardianError(
          "CG_TARGET_INVALID",
          `cannot list ${dir.absolutePath} (${errorCode(error)})`,
        );
      }
      this.skip(`${dir.path}/`, "unreadable", `directory cannot be listed (${errorCode(error)})`);
      return;
    }
    const names = new Set(entries.map((entry) => entry.name));
    const venv = dir.path === "" ? undefined : vendoredDirReason("", names);
    if (venv !== undefined) {
      this.skip(`${dir.path}/`, "vendored", venv);
      return;
    }
    let levels = dir.levels;
    // The root's own .gitignore is already among the levels it starts with.
    if (names.has(".gitignore") && dir.path !== "") {
      const level = await loadGitignore(
        dir.absolutePath,
        `${this.settings.rootPrefix}${dir.path}/`,
        this.notices,
      );
      if (level !== undefined) levels = [...levels, level];
    }
    entries.sort((a, b) => compareNames(a.name, b.name));
    const inside: DirContext = { ...dir, levels };
    for (const held of dir.heldIn ?? []) {
      if (this.heldDirs.get(held) !== undefined) continue;
      const evidence = entries.find((entry) => holdsVendorEvidence(entry.name));
      if (evidence !== undefined) this.heldDirs.set(held, `${dir.path}/${evidence.name}`);
    }
    for (const entry of entries) {
      await this.visit(inside, entry.name, direntKind(entry));
    }
  }

  /** Follows the directory symlinks found so far, and any they lead to, in path order. */
  async followLinkedDirs(): Promise<void> {
    while (this.linkedDirs.length > 0) {
      const batch = this.linkedDirs.splice(0).sort((a, b) => compareNames(a.context.path, b.context.path));
      for (const { link, context } of batch) {
        if (this.walkedDirs.has(context.realPath)) {
          this.skip(`${context.path}/`, "ignored", `symlink to ${link}, already in scope`);
          continue;
        }
        await this.walkDir(context);
      }
    }
  }

  /** Applies the name-only checks to one entry of `parent`, then walks or queues it. */
  async visit(parent: DirContext, name: string, kind: EntryKind): Promise<void> {
    if (VCS_DIRS.has(name)) return;
    const path = parent.path === "" ? name : `${parent.path}/${name}`;
    const absolutePath = join(parent.absolutePath, name);
    const isDir = kind === "dir";
    if (kind !== "symlink" && !this.pathAllowed(parent, path, name, isDir)) return;
    if (kind === "other") {
      this.skip(path, "unsupported", "not a regular file (device, socket or pipe)");
      return;
    }
    if (kind === "dir") {
      const realPath = join(parent.realPath, name);
      await this.walkDir({
        path,
        absolutePath,
        realPath,
        levels: parent.levels,
        viaSymlink: parent.viaSymlink,
        heldIn: this.holdIfNamedVendored(parent, path, name),
      });
      return;
    }
    if (kind === "file") {
      if (!this.fileAllowed(path, name)) return;
      this.candidates.push({
        path,
        absolutePath,
        realPath: join(parent.realPath, name),
        viaSymlink: parent.viaSymlink,
        heldIn: parent.heldIn ?? [],
      });
      return;
    }
    await this.visitSymlink(parent, path, name, absolutePath);
  }

  /**
   * Steps into a directory on the way to a named path, with the checks the
   * walk would have applied to it; undefined (and a recorded skip) when it
   * keeps the path out of scope.
   */
  async enterAncestor(parent: DirContext, name: string): Promise<DirContext | undefined> {
    if (VCS_DIRS.has(name)) return undefined;
    const path = parent.path === "" ? name : `${parent.path}/${name}`;
    const absolutePath = join(parent.absolutePath, name);
    if (!this.pathAllowed(parent, path, name, true)) return undefined;
    let realPath: string;
    try {
      realPath = await realpath(absolutePath);
    } catch (error) {
      this.skip(`${path}/`, "unreadable", `directory cannot be resolved (${errorCode(error)})`);
      return undefined;
    }
    if (!this.insideRoot(realPath)) {
      this.skip(`${path}/`, "symlink-outside", "points outside the reviewed directory; not followed");
      return undefined;
    }
    if (await exists(join(absolutePath, "pyvenv.cfg"))) {
      this.skip(`${path}/`, "vendored", vendoredDirReason("", new Set(["pyvenv.cfg"])));
      return undefined;
    }
    const level = await loadGitignore(absolutePath, `${this.settings.rootPrefix}${path}/`, this.notices);
    const heldIn = this.holdIfNamedVendored(parent, path, name);
    const names = new Set(await readdir(absolutePath).catch(() => []));
    for (const held of heldIn) {
      const evidence = [...names].find(holdsVendorEvidence);
      if (evidence !== undefined && this.heldDirs.get(held) === undefined)
        this.heldDirs.set(held, `${path}/${evidence}`);
    }
    return {
      path,
      absolutePath,
      realPath,
      levels: level === undefined ? parent.levels : [...parent.levels, level],
      viaSymlink: parent.viaSymlink || realPath !== join(parent.realPath, name),
      heldIn,
    };
  }

  /**
   * A directory named like vendored code or build output (vendor/, dist/,
   * build/, out/, third_party/) is walked like any other, and held: discovery
   * skips it afterwards only if something in it looks third-party and no
   * code of the repository outside it imports from it.
   */
  private holdIfNamedVendored(parent: DirContext, path: string, name: string): readonly string[] {
    const outer = parent.heldIn ?? [];
    if (!isAmbiguousVendoredName(name)) return outer;
    if (!this.heldDirs.has(path)) this.heldDirs.set(path, undefined);
    return [...outer, path];
  }

  private insideRoot(realPath: string): boolean {
    const root = this.settings.realRoot;
    return realPath === root || realPath.startsWith(root.endsWith("/") ? root : `${root}/`);
  }

  /** A symlink is never followed out of the root; inside it, it is checked as what it points to. */
  private async visitSymlink(
    parent: DirContext,
    path: string,
    name: string,
    absolutePath: string,
  ): Promise<void> {
    let realPath: string;
    let isDir: boolean;
    try {
      realPath = await realpath(absolutePath);
      isDir = (await stat(realPath)).isDirectory();
    } catch (error) {
      this.skip(path, "unreadable", `broken symlink (${errorCode(error)})`);
      return;
    }
    if (!this.insideRoot(realPath)) {
      this.skip(
        isDir ? `${path}/` : path,
        "symlink-outside",
        "points outside the reviewed directory; not followed",
      );
      return;
    }
    if (!this.pathAllowed(parent, path, name, isDir)) return;
    if (isDir) {
      const root = this.settings.realRoot;
      const link = realPath === root ? "." : realPath.slice(root.length + 1);
      this.linkedDirs.push({
        link,
        context: {
          path,
          absolutePath,
          realPath,
          levels: parent.levels,
          viaSymlink: true,
          heldIn: this.holdIfNamedVendored(parent, path, name),
        },
      });
      return;
    }
    if (!this.fileAllowed(path, name)) return;
    this.candidates.push({ path, absolutePath, realPath, viaSymlink: true, heldIn: parent.heldIn ?? [] });
  }

  /** Ignore files, config excludes and vendored names: the checks shared by files and directories. */
  private pathAllowed(parent: DirContext, path: string, name: string, isDir: boolean): boolean {
    if (isDir) {
      const vendored = vendoredDirReason(name, EMPTY);
      if (vendored !== undefined) return this.skip(`${path}/`, "vendored", vendored);
    }
    const shown = isDir ? `${path}/` : path;
    const tracked = (isDir ? this.settings.tracked.dirs : this.settings.tracked.files).has(path);
    // Inside an ignored directory entered only for its tracked files, everything else stays ignored.
    const inherited = this.ignoredButEntered.get(parent.path);
    const source = inherited ?? ignoredSource(parent.levels, this.settings.rootPrefix + path, isDir);
    if (source !== undefined) {
      if (!tracked) return this.skip(shown, "ignored", `matched ${source}`);
      if (isDir) this.ignoredButEntered.set(path, source);
    }
    if (matches(this.settings.exclude, path, isDir)) {
      return this.skip(shown, "excluded", "matched an exclude pattern");
    }
    return true;
  }

  /** Checks a file needs before anyone reads it. */
  private fileAllowed(path: string, name: string): boolean {
    const { include, onlyPaths } = this.settings;
    if (include !== undefined && !matches(include, path, false)) {
      return this.skip(path, "excluded", "not matched by an include pattern");
    }
    if (onlyPaths !== undefined && !onlyPaths.has(path)) return this.skip(path, "not-changed");
    const byName = skipByName(name);
    return byName === undefined ? true : this.skip(path, byName.reason, byName.detail);
  }

  /** Records a skip; returns false so checks can `return this.skip(...)`. */
  skip(path: string, reason: SkippedFile["reason"], detail?: string): false {
    this.skipped.push(detail === undefined ? { path, reason } : { path, reason, detail });
    return false;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function ignoredSource(levels: readonly IgnoreLevel[], topPath: string, isDir: boolean): string | undefined {
  const verdict = ignoredBy(levels, topPath, isDir);
  return verdict.ignored ? verdict.source : undefined;
}
