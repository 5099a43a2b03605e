import { randomBytes } from "node:crypto";
import { mkdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CodeGuardianError } from "../core/errors.js";
import { errnoCode } from "./fs-entries.js";

/**
 * Writes a file the operator named (`--out`, `--patch`) so that it is either
 * whole or untouched: the text goes to a temporary file beside it, which then
 * replaces it in one rename. A disk that fills up half-way leaves the old
 * file (or none), never a truncated one. Devices and pipes (`/dev/stdout`,
 * a FIFO), and anything reached through /dev or /proc, are streams the
 * operator opened: they are written in place, as before. A failure is the
 * operator's to fix (a full disk, a read-only or forbidden place, a
 * directory where a file was meant), so it is a coded error naming the
 * path, not an internal one.
 */
export async function writeOutputFile(path: string, text: string, what: string): Promise<void> {
  try {
    await writeWholeOrNothing(path, text);
  } catch (error) {
    throw outputError(error, path, what);
  }
}

async function writeWholeOrNothing(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const existing = await stat(path).catch((error: unknown) => {
    if (errnoCode(error) === "ENOENT") return undefined;
    throw error;
  });
  if (existing !== undefined && (!existing.isFile() || isStreamPath(path))) {
    // A directory fails here with EISDIR, named like any other write error.
    await writeFile(path, text, "utf8");
    return;
  }
  // Through a symbolic link, the file it points at is replaced and the link kept.
  const destination = existing === undefined ? path : await realpath(path);
  if (isStreamPath(destination)) {
    await writeFile(path, text, "utf8");
    return;
  }
  const temp = join(
    dirname(destination),
    `.${basename(destination)}.${randomBytes(6).toString("hex")}.partial`,
  );
  try {
    await writeFile(temp, text, {
      encoding: "utf8",
      flag: "wx",
      mode: existing === undefined ? 0o666 : existing.mode & 0o777,
    });
    await rename(temp, destination);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * `/dev/stdout` redirected to a file is a regular file reached through /dev
 * and /proc: the shell opened it and may have written to it already, so it is
 * written in place like any other stream.
 */
function isStreamPath(path: string): boolean {
  return /^\/(dev|proc)\//.test(path);
}

/** What the system's error codes mean, in words for the message. */
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file would be too large",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOENT: "a part of the path does not exist",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EIO: "an input/output error",
};

function outputError(error: unknown, path: string, what: string): unknown {
  const code = errnoCode(error);
  // Only the system's errno codes (E…) are about the place written to; anything else is ours.
  if (code === undefined || !/^E[A-Z]+$/.test(code)) return error;
  const reason = REASONS[code] ?? (error instanceof Error ? error.message : code);
  return new CodeGuardianError(
    "CG_OUTPUT_FAILED",
    `could not write ${what} to ${path}: ${reason} (${code})`,
    {
      cause: error,
      hint:
        code === "EISDIR"
          ? "With one format, --out names a file; with several, a directory."
          : "Choose another place with --out or --patch, or free the space or permission it needs.",
    },
  );
}
