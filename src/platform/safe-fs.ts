import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { lstat, mkdir, open, realpath, rename, rm, type FileHandle } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import { CodeGuardianError } from "../core/errors.js";
import { errnoCode } from "./fs-entries.js";

/**
 * Reading and writing the files a reviewed repository supplies or receives.
 * The repository is untrusted: any of its paths may be a symbolic link to a
 * file outside it, a device, a FIFO or a huge file, and it may change between
 * a check and the open. See docs/configuration.md ("What a repository may
 * supply") and docs/security-notes/files-and-git.md.
 */

const MIB = 1024 * 1024;

/**
 * Caps on what is read from the reviewed repository. A real config or ignore
 * file is a few kilobytes and a baseline of ten thousand findings about 2 MB;
 * the caps keep a hostile file from exhausting memory (a 36 MB config once
 * ran the process out of heap) while leaving room for honest use.
 */
export const REPO_FILE_CAPS = {
  config: MIB,
  baseline: 8 * MIB,
  ignore: MIB,
} as const;

/**
 * Why a repository file was not read; `reason` names the offending part
 * (".codeguardian is a symlink"). `missing` is not an error for optional files.
 */
export type ReadRefusal =
  | { readonly kind: "missing" }
  | { readonly kind: "not-a-directory"; readonly reason: string }
  | { readonly kind: "refused"; readonly reason: string };

export type RepoRead = { readonly kind: "text"; readonly text: string } | ReadRefusal;

const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
/**
 * No O_TRUNC: an existing file is truncated only after the parent directory
 * is confirmed to be the one checked, so a directory swapped for a link just
 * before the open cannot make us empty a file outside. O_NONBLOCK: a FIFO
 * swapped in fails the open instead of waiting for a reader.
 */
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const CREATE_NEW_FLAGS = WRITE_FLAGS | constants.O_EXCL;

/** "1 MiB", "8 MiB", or bytes below a mebibyte. */
export function formatCap(bytes: number): string {
  return bytes >= MIB && bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes} bytes`;
}

/** The parts of a root-relative path, refusing absolute paths and `..`. */
function partsOf(relPath: string): string[] {
  const parts = relPath.split(/[\\/]/).filter((part) => part !== "" && part !== ".");
  if (isAbsolute(relPath) || parts.includes("..") || parts.length === 0) {
    throw new CodeGuardianError("CG_UNSAFE_PATH", `${relPath}: not a path inside the repository`);
  }
  return parts;
}

/**
 * Why the path under `root` may not be used, or undefined when every existing
 * component below the root is a real directory (the last one: anything but a
 * symlink). Missing components are fine: nothing there can redirect a write.
 * The root itself may be a symlink: the operator named it.
 */
export async function symlinkBelow(root: string, relPath: string): Promise<string | undefined> {
  const parts = partsOf(relPath);
  let path = root;
  for (const [index, part] of parts.entries()) {
    path = join(path, part);
    const shown = parts.slice(0, index + 1).join("/");
    let info: Stats;
    try {
      info = await lstat(path);
    } catch (error) {
      if (errnoCode(error) === "ENOENT") return undefined;
      return `${shown} cannot be checked (${errnoCode(error) ?? String(error)})`;
    }
    if (info.isSymbolicLink()) return `${shown} is a symlink`;
    if (index < parts.length - 1 && !info.isDirectory()) return `${shown} is not a directory`;
  }
  return undefined;
}

/** Throws `CG_UNSAFE_PATH` when {@link symlinkBelow} finds a reason. */
export async function assertNoSymlinkBelow(root: string, relPath: string): Promise<void> {
  const reason = await symlinkBelow(root, relPath);
  if (reason !== undefined) {
    throw new CodeGuardianError("CG_UNSAFE_PATH", `${join(root, relPath)}: refused, ${reason}`, {
      hint: "CodeGuardian never reads or writes repository files through symbolic links.",
    });
  }
}

/**
 * Reads a file the repository supplies (config, baseline, ignore file) as
 * data: only a regular file, reached through real directories below `root`,
 * no larger than `maxBytes`. A swap between the checks and the open cannot
 * make it hang on a FIFO (O_NONBLOCK), follow a final symlink (O_NOFOLLOW) or
 * read a device (the open handle is checked), and at most `maxBytes + 1`
 * bytes are ever read.
 */
export async function readRepoFile(root: string, relPath: string, maxBytes: number): Promise<RepoRead> {
  const parts = partsOf(relPath);
  // Every component below the real root is checked to be a real directory, so this is also its real path.
  let dir = await realpath(root);
  for (const [index, part] of parts.slice(0, -1).entries()) {
    dir = join(dir, part);
    const shown = parts.slice(0, index + 1).join("/");
    const info = await lstat(dir).catch((error: unknown) => errnoCode(error) ?? "EIO");
    if (info === "ENOENT") return { kind: "missing" };
    if (typeof info === "string") return { kind: "refused", reason: `${shown} cannot be read (${info})` };
    if (info.isSymbolicLink()) return { kind: "refused", reason: `${shown} is a symlink` };
    if (!info.isDirectory()) return { kind: "not-a-directory", reason: `${shown} is not a directory` };
  }
  const path = join(dir, parts[parts.length - 1]!);
  const name = parts.join("/");
  const before = await lstat(path).catch((error: unknown) => errnoCode(error) ?? "EIO");
  if (before === "ENOENT") return { kind: "missing" };
  if (typeof before === "string") return { kind: "refused", reason: `${name} cannot be read (${before})` };
  const shape = refuseShape(name, before, maxBytes);
  if (shape !== undefined) return shape;

  let handle: FileHandle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT") return { kind: "missing" };
    if (code === "ELOOP") return { kind: "refused", reason: `${name} is a symlink` };
    return { kind: "refused", reason: `${name} cannot be opened (${code ?? String(error)})` };
  }
  try {
    const opened = await handle.stat();
    const changed = refuseShape(name, opened, maxBytes);
    if (changed !== undefined) return changed;
    if (opened.ino !== before.ino || opened.dev !== before.dev) {
      return { kind: "refused", reason: `${name} was replaced while being read` };
    }
    if ((await realpath(dir).catch(() => "")) !== dir) {
      return { kind: "refused", reason: `a directory on the way to ${name} was replaced while being read` };
    }
    // One byte more than the handle says is there (never more than the cap): filling it means the file grew.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes)
      return { kind: "refused", reason: `${name} is larger than ${formatCap(maxBytes)}` };
    if (filled > opened.size) return { kind: "refused", reason: `${name} grew while being read` };
    return { kind: "text", text: buffer.subarray(0, filled).toString("utf8") };
  } finally {
    await handle.close();
  }
}

function refuseShape(name: string, info: Stats, maxBytes: number): ReadRefusal | undefined {
  if (info.isSymbolicLink()) return { kind: "refused", reason: `${name} is a symlink` };
  if (info.isDirectory()) return { kind: "not-a-directory", reason: `${name} is a directory` };
  if (!info.isFile()) return { kind: "refused", reason: `${name} is not a regular file` };
  if (info.size > maxBytes)
    return { kind: "refused", reason: `${name} is larger than ${formatCap(maxBytes)}` };
  return undefined;
}
export interface RepoWriteOptions {
  /** Write a temporary file beside it and rename it into place, so a reader never sees half a file. */
  readonly atomic?: boolean;
  /** File mode for a file this creates (default 0o666 less the umask). */
  readonly mode?: number;
}

function unsafe(path: string, reason: string): CodeGuardianError {
  return new CodeGuardianError("CG_UNSAFE_PATH", `${path}: refused to write, ${reason}`, {
    hint: "CodeGuardian never writes through symbolic links inside the repository or its data directory.",
  });
}

/**
 * Creates the directories of `relPath` below `root` one level at a time,
 * refusing any existing component that is a symlink or not a directory.
 * Returns the real path of the deepest directory.
 */
async function makeDirsBelow(realRoot: string, parts: readonly string[], shown: string): Promise<string> {
  let dir = realRoot;
  for (const [index, part] of parts.entries()) {
    dir = join(dir, part);
    const name = parts.slice(0, index + 1).join("/");
    let info = await lstat(dir).catch((error: unknown) => errnoCode(error) ?? "EIO");
    if (info === "ENOENT") {
      await mkdir(dir).catch((error: unknown) => {
        if (errnoCode(error) !== "EEXIST") throw unsafe(shown, `cannot create ${name} (${errnoCode(error)})`);
      });
      info = await lstat(dir).catch((error: unknown) => errnoCode(error) ?? "EIO");
    }
    if (typeof info === "string") throw unsafe(shown, `${name} cannot be checked (${info})`);
    if (info.isSymbolicLink()) throw unsafe(shown, `${name} is a symlink`);
    if (!info.isDirectory()) throw unsafe(shown, `${name} is not a directory`);
  }
  return dir;
}

/**
 * Writes `data` to `relPath` under `root` (the repository or the data
 * directory), never through a symlink: every component below the root is
 * checked, missing directories are created one by one, the file is opened
 * with O_NOFOLLOW, and the parent's real path is compared before and after
 * the open (Node has no openat) so a directory swapped for a link in between
 * is caught; then what was created is removed and the write fails.
 * Returns the absolute path written.
 */
export async function writeRepoFile(
  root: string,
  relPath: string,
  data: string | Uint8Array,
  options: RepoWriteOptions = {},
): Promise<string> {
  const parts = partsOf(relPath);
  const realRoot = await realpath(root);
  const shown = join(root, ...parts);
  const expectedDir = await makeDirsBelow(realRoot, parts.slice(0, -1), shown);
  const target = join(expectedDir, parts[parts.length - 1]!);
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw unsafe(shown, "it is a symlink");
  if (existing !== undefined && !existing.isFile()) throw unsafe(shown, "it is not a regular file");

  const atomic = options.atomic ?? false;
  const written = atomic
    ? join(expectedDir, `.${parts[parts.length - 1]!}.${randomBytes(6).toString("hex")}.tmp`)
    : target;
  const created = atomic || existing === undefined;
  let handle: FileHandle;
  try {
    handle = await open(written, atomic ? CREATE_NEW_FLAGS : WRITE_FLAGS, options.mode ?? 0o666);
  } catch (error) {
    const code = errnoCode(error);
    throw unsafe(
      shown,
      code === "ELOOP" ? "it is a symlink" : `it cannot be opened (${code ?? String(error)})`,
    );
  }
  let ok = false;
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || (await realpath(expectedDir).catch(() => "")) !== expectedDir) {
      throw unsafe(shown, "a directory on its path was replaced while writing");
    }
    await handle.truncate(0);
    await handle.writeFile(data);
    if (options.mode !== undefined) await handle.chmod(options.mode);
    await handle.sync();
    ok = true;
  } finally {
    await handle.close();
    if (!ok && created) await rm(written, { force: true });
  }
  if (atomic) {
    try {
      if ((await realpath(expectedDir).catch(() => "")) !== expectedDir) {
        throw unsafe(shown, "a directory on its path was replaced while writing");
      }
      await rename(written, target);
    } catch (error) {
      await rm(written, { force: true });
      throw error;
    }
  }
  return target;
}

/** True when `path` is `root` or below it (both real, absolute paths). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}
