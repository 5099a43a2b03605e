import { existsSync } from "node:fs";
import type { ReviewStore } from "../core/store.js";
import { openSqliteStore } from "../storage/sqlite.js";

/**
 * Opens the embedded store. With --no-store an existing history is still read
 * (to mark new findings) but nothing is written, and no file is created.
 */
export async function openStoreForReview(path: string, store: boolean): Promise<ReviewStore | undefined> {
  if (!store && !existsSync(path)) return undefined;
  return openSqliteStore(path);
}
