import { lstat, readFile, realpath } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { isCodeGuardianError } from "../core/errors.js";
import { sha256Hex } from "../core/hash.js";
import type { SourceFile } from "../core/source-file.js";
import { classify, isHeldGenerated, isSourceFile } from "./read-source.js";
import { declaresUtf8 } from "./source-encoding.js";
import { runGit } from "./run-git.js";
import { isInside, symlinkBelow, writeRepoFile } from "./safe-fs.js";

/** A file of the working tree as `codeguardian fix` reads it, with what is needed to write it back alike. */
export interface WorkingFile {
  /** Repository-relative POSIX path. */
  readonly path: string;
  /** Real path, checked to be inside the repository. */
  readonly absolutePath: string;
  /** Real path of the repository root it was checked against, checked again at write time. */
  readonly root: string;
  /** Decoded text (byte-order mark removed), as the review saw it. */
  readonly source: SourceFile;
  readonly bom: boolean;
  /** sha256 of the bytes on disk, the same hash a review records. */
  readonly hash: string;
}

export type Refusal = { readonly refused: string };

const NO_LIMITS = { maxFileBytes: 64 * 1024 * 1024, maxLineLength: Number.MAX_SAFE_INTEGER };
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Below the root, never the root itself: a fix writes files, not the repository folder. */
function inside(root: string, path: string): boolean {
  return relative(root, path) !== "" && isInside(root, path);
}

/**
 * The real path of a repository file, or why it may not be touched: absolute
 * or `..` paths, and symbolic links (of the file or a folder on the way)
 * leading out of the repository, are refused.
 */
async function resolveInside(
  root: string,
  path: string,
): Promise<{ real: string; realRoot: string } | Refusal> {
  if (isAbsolute(path) || path.split(/[\\/]/).includes(".."))
    return { refused: "path leaves the repository" };
  const realRoot = await realpath(root);
  const candidate = resolve(realRoot, path);
  if (!inside(realRoot, candidate)) return { refused: "path leaves the repository" };
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    return { refused: "file no longer exists" };
  }
  if (!inside(realRoot, real)) return { refused: "a symbolic link leads outside the repository" };
  return { real, realRoot };
}

/** Reads a repository file for fixing; refuses what the review would have skipped. */
export async function readWorkingFile(root: string, path: string): Promise<WorkingFile | Refusal> {
  const resolved = await resolveInside(root, path);
  if ("refused" in resolved) return resolved;
  const { real, realRoot } = resolved;
  // A FIFO or device would hang or flood the read; the review never reads them either.
  if (!(await lstat(real)).isFile()) return { refused: "not a regular file" };
  const raw = await readFile(real);
  const read = classify(path, real, raw, NO_LIMITS);
  const source = isHeldGenerated(read) ? read.file : read;
  if (!isSourceFile(source)) return { refused: `not a reviewable text file (${source.reason})` };
  // Fixed text is written as UTF-8; a file in another declared encoding would be re-encoded.
  if (source.language === "python" && !declaresUtf8(raw)) {
    return { refused: "declares a source encoding other than UTF-8; fixes are written only to UTF-8 files" };
  }
  return {
    path,
    absolutePath: real,
    root: realRoot,
    source,
    bom: raw.subarray(0, 3).equals(BOM),
    hash: source.hash,
  };
}

/**
 * Writes new text over a working file, keeping its byte-order mark and mode.
 * The text already carries the file's line endings (edits are applied in
 * them). Refuses when the bytes on disk are no longer the ones read, and
 * when the file or a directory on its way was swapped for a symbolic link
 * since it was read (the operator may answer prompts for minutes): its real
 * path and its parent's must still be the ones inside the repository. The
 * file is replaced by rename so a crash never leaves half a file.
 */
export async function writeWorkingFile(
  file: WorkingFile,
  text: string,
): Promise<{ readonly hash: string } | Refusal> {
  if (!inside(file.root, file.absolutePath)) return { refused: "path leaves the repository" };
  const rel = relative(file.root, file.absolutePath);
  const swapped = await symlinkBelow(file.root, rel);
  if (swapped !== undefined) return { refused: `${swapped} now; not written` };
  const parent = await realpath(dirname(file.absolutePath)).catch(() => undefined);
  const real = await realpath(file.absolutePath).catch(() => undefined);
  if (parent !== dirname(file.absolutePath) || real !== file.absolutePath) {
    return { refused: "the file no longer resolves to the path that was read; not written" };
  }
  const link = await lstat(file.absolutePath).catch(() => undefined);
  if (!link?.isFile()) return { refused: "file is no longer a regular file" };
  const current = await readFile(file.absolutePath);
  if (sha256Hex(current) !== file.hash) return { refused: "file changed since it was read" };
  const bytes = Buffer.concat([file.bom ? BOM : Buffer.alloc(0), Buffer.from(text, "utf8")]);
  try {
    await writeRepoFile(file.root, rel, bytes, { atomic: true, mode: link.mode & 0o7777 });
  } catch (error) {
    // The same refusal, caught between these checks and the write.
    if (isCodeGuardianError(error) && error.code === "CG_UNSAFE_PATH") return { refused: error.message };
    throw error;
  }
  return { hash: sha256Hex(bytes) };
}

/**
 * Repository-relative paths (relative to `root`) with uncommitted changes:
 * modified, staged, untracked, conflicted. Undefined when `root` is not in a
 * git work tree, where nothing can be recovered after a bad edit.
 */
export async function uncommittedPaths(root: string): Promise<ReadonlySet<string> | undefined> {
  const base = await workTreePrefix(root);
  if (base === undefined) return undefined;
  const status = await runGit(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "."], {
    cwd: root,
  });
  if (status.exitCode !== 0) return undefined;
  const paths = new Set<string>();
  const entries = status.stdout.split("\0");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    const code = entry.slice(0, 2);
    paths.add(entry.slice(3));
    // A rename or copy is followed by its source path.
    if (code.includes("R") || code.includes("C")) paths.add(entries[++i] ?? "");
  }
  return new Set([...paths].filter((p) => p.startsWith(base)).map((p) => p.slice(base.length)));
}

/**
 * Where `root` sits inside its git work tree ("" at the top, "sub/dir/"
 * below it), so a patch of root-relative paths applies from the top.
 */
export async function repositoryPrefix(root: string): Promise<string> {
  return (await workTreePrefix(root)) ?? "";
}

/** The prefix of `root` in its work tree, or undefined outside one: one git run answers both. */
async function workTreePrefix(root: string): Promise<string | undefined> {
  const result = await runGit(["rev-parse", "--is-inside-work-tree", "--show-prefix"], { cwd: root });
  const [inside, prefix = ""] = result.stdout.split("\n");
  return result.exitCode === 0 && inside === "true" ? prefix : undefined;
}
