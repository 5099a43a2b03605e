import type { Dirent } from "node:fs";
import { lstat } from "node:fs/promises";

export type EntryKind = "file" | "dir" | "symlink" | "other";

export function direntKind(entry: Dirent): EntryKind {
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "dir";
  if (entry.isSymbolicLink()) return "symlink";
  return "other";
}

/** True when something (even a dangling symlink) exists at the path. */
export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Code-unit order, the same on every machine and locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The system's error code of a failed call (`ENOENT`, `EACCES`), if it carries one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** `errnoCode`, with "error" standing in for a missing code in messages. */
export function errorCode(error: unknown): string {
  return errnoCode(error) ?? "error";
}
