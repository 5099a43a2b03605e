import type { Review } from "../core/review.js";
import { usesIn, type UsesLookup } from "../fixes/proof/uses.js";
import { readWorkingFile } from "../platform/apply-fixes.js";

/**
 * The ladder's look-up of uses over the files the review read: read once, on
 * the first fix that changes a contract (most fixes change none). Files that
 * can no longer be read are left out; the patched file is seen as patched.
 */
export function reviewedFileUses(review: Review): UsesLookup {
  let texts: Promise<Map<string, string>> | undefined;
  const load = async (): Promise<Map<string, string>> => {
    const out = new Map<string, string>();
    for (const path of Object.keys(review.fileIdentities).sort()) {
      const file = await readWorkingFile(review.target.root, path);
      if (!("refused" in file)) out.set(path, file.source.text);
    }
    return out;
  };
  return async (contracts, patched) => {
    texts ??= load();
    const files = new Map(await texts);
    files.set(patched.path, patched.text);
    return usesIn(contracts, files);
  };
}
