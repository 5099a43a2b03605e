import { existsSync } from "node:fs";
import type { ReviewStore } from "../core/store.js";
import { openReviewStore, storeKindOf } from "../storage/open-store.js";

/**
 * Opens the review store: a SQLite file (the embedded default) or a
 * postgres:// URL. With --no-store an existing history is still read (to mark
 * new findings) but nothing is written, and no SQLite file is created.
 */
export async function openStoreForReview(location: string, store: boolean): Promise<ReviewStore | undefined> {
  if (!store && storeKindOf(location) === "sqlite" && !existsSync(location)) return undefined;
  return openReviewStore(location, store ? {} : { readOnly: true });
}
