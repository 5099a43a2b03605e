import { afterAll } from "vitest";
import type { SkipReason } from "../core/review.js";
import { discoverFiles, type DiscoveryOptions, type DiscoveryResult } from "./discover.js";
import { makeTree, removeTree, type TreeEntry } from "./temp-tree.test-support.js";

/** Temporary trees for one test file, removed when its tests end. */
export function useTrees(): (entries: Readonly<Record<string, TreeEntry>>) => Promise<string> {
  const roots: string[] = [];
  afterAll(async () => {
    for (const root of roots) await removeTree(root);
  });
  return async (entries) => {
    const root = await makeTree(entries);
    roots.push(root);
    return root;
  };
}

/** Discovery with the defaults a review uses, and any option changed. */
export function discover(root: string, extra: Partial<DiscoveryOptions> = {}): Promise<DiscoveryResult> {
  return discoverFiles({
    root,
    include: [],
    exclude: [],
    maxFileBytes: 1024 * 1024,
    maxLineLength: 1000,
    ...extra,
  });
}

/** path → skip reason. */
export function reasons(result: DiscoveryResult): Record<string, SkipReason> {
  return Object.fromEntries(result.skipped.map((s) => [s.path, s.reason]));
}
