import { lstat, readdir, realpath } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { isInside } from "./safe-fs.js";

/** Where CodeGuardian kept a local target's history before it moved to the data directory. */
const OLD_HISTORY_DIR = ".codeguardian";
const DATABASE_NAME = /\.(db|sqlite3?)$/i;

/**
 * History databases a reviewed tree carries where CodeGuardian used to keep
 * them (`.codeguardian/*.db`), as root-relative paths. They are named so the
 * review can say it ignored them, and never opened: a repository can commit
 * one with rows of its own choosing (docs/storage.md). Nothing is followed:
 * a symlinked folder or file is named by its own path.
 */
export async function historyFilesInTree(root: string): Promise<string[]> {
  const folder = join(root, OLD_HISTORY_DIR);
  const stat = await lstat(folder).catch(() => undefined);
  if (stat === undefined) return [];
  if (!stat.isDirectory()) return [];
  const names = await readdir(folder).catch(() => [] as string[]);
  return names
    .filter((name) => DATABASE_NAME.test(name))
    .sort()
    .map((name) => `${OLD_HISTORY_DIR}/${name}`);
}

/**
 * Whether a store path lies inside the reviewed root, comparing real paths
 * (the path itself need not exist yet: its nearest existing folder decides).
 */
export async function isInsideTree(root: string, path: string): Promise<boolean> {
  const realRoot = await realpath(root).catch(() => resolve(root));
  const realPath = await realOfNearest(resolve(path));
  return isInside(realRoot, realPath);
}

async function realOfNearest(path: string): Promise<string> {
  const rest: string[] = [];
  let current = path;
  for (;;) {
    const real = await realpath(current).catch(() => undefined);
    if (real !== undefined) return join(real, ...rest.reverse());
    const parent = dirname(current);
    if (parent === current) return path;
    rest.push(basename(current));
    current = parent;
  }
}
