import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * Bytes of the files under a directory (symlinks not followed), for
 * enforcing a clone's size limit while git is still writing. Stops counting
 * once past `stopAbove`, so watching a huge clone stays cheap. Entries that
 * vanish mid-count (git renames its temporary files) are skipped; a missing
 * directory counts as 0.
 */
export async function directorySize(dir: string, stopAbove = Number.POSITIVE_INFINITY): Promise<number> {
  let total = 0;
  const pending = [dir];
  while (pending.length > 0 && total <= stopAbove) {
    const current = pending.pop() ?? dir;
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile())
        total += await lstat(path).then(
          (info) => info.size,
          () => 0,
        );
    }
  }
  return total;
}
