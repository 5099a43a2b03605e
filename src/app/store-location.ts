import { basename, resolve } from "node:path";
import { CodeGuardianError } from "../core/errors.js";
import type { Notice } from "../core/review.js";
import { historyStorePath, userDataDir } from "../platform/data-dir.js";
import { assertNoSymlinkBelow } from "../platform/safe-fs.js";
import { historyFilesInTree, isInsideTree } from "../platform/history-in-tree.js";
import { storeKindOf } from "../storage/open-store.js";

/**
 * Where the review store is: `--db` (a postgres:// URL as given, or a SQLite
 * path relative to the working directory: the operator's, used as given), else
 * the user's one history file in the data directory (docs/storage.md), which
 * SQLite may only open when neither it nor its journal files is a symlink.
 */
export async function storeLocationFor(
  db: string | undefined,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  if (db !== undefined && db.trim() !== "") {
    return storeKindOf(db) === "postgres" ? db.trim() : resolve(cwd, db);
  }
  const location = historyStorePath(env);
  const root = userDataDir(env);
  for (const name of [basename(location), `${basename(location)}-wal`, `${basename(location)}-shm`]) {
    await assertNoSymlinkBelow(root, name);
  }
  return location;
}

/**
 * A SQLite store inside the reviewed tree would be repository data the next
 * review trusts (its caches decide fixes and LLM verdicts), so it is refused
 * even when --db names it.
 */
export async function refuseStoreInsideTarget(location: string, root: string): Promise<void> {
  if (storeKindOf(location) === "postgres") return;
  if (!(await isInsideTree(root, location))) return;
  throw new CodeGuardianError(
    "CG_STORE_INSIDE_TARGET",
    `--db ${location} is inside the reviewed repository ${root}; history there is repository data and is never opened`,
    {
      hint: "Point --db outside the repository, or leave it out to use the history in the data directory.",
    },
  );
}

/** One info notice per history database the reviewed tree carries, so every report says it was ignored. */
export async function ignoredHistoryNotices(root: string): Promise<Notice[]> {
  const found = await historyFilesInTree(root);
  return found.map((path) => ({
    level: "info",
    analyser: "store",
    message: `ignored ${path}: history inside the reviewed repository is never opened`,
  }));
}
