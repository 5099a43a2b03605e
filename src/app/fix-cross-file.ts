import type { Review } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
import { throwIfCancelled } from "../core/errors.js";
import {
  crossFileContextOf,
  filesNear,
  linksAcrossFiles,
  type CrossFileContext,
} from "../fixes/proof/cross-file.js";
import type { DraftMemo } from "../fixes/recheck.js";
import { readWorkingFile } from "../platform/apply-fixes.js";
import { buildImportGraph } from "../rules/imports/build-import-graph.js";
import type { Rule } from "../rules/define-rule.js";
import { DEFAULT_LINK_LIMITS } from "../rules/xfile/link.js";

export interface ReviewedNeighbours {
  readonly context?: CrossFileContext;
  /** Code files changed since the review: left out of the links, so flows through them are not followed. */
  readonly missing: readonly string[];
}

/**
 * What the ladder needs to follow flows across files for the files being
 * fixed (docs/fixes.md, "Proven across files"): the reviewed files near them
 * in the import graph, read again and checked against the review's hashes,
 * each summarised by the same rules run the ladder memoises. Files further
 * away cannot be on a flow through the fixed files within the link depth.
 */
export async function reviewedNeighbours(
  review: Review,
  fixed: readonly SourceFile[],
  memo: DraftMemo,
  rules: readonly Rule[],
  signal?: AbortSignal,
): Promise<ReviewedNeighbours> {
  const targets = fixed.filter((f) => linksAcrossFiles(f.language));
  if (targets.length === 0) return { missing: [] };
  const byPath = new Map(fixed.map((f) => [f.path, f]));
  const reviewed: SourceFile[] = [];
  const missing: string[] = [];
  for (const path of Object.keys(review.fileIdentities).sort()) {
    throwIfCancelled(signal, "the fix stage");
    const held = byPath.get(path);
    if (held !== undefined) {
      reviewed.push(held);
      continue;
    }
    const file = await readWorkingFile(review.target.root, path);
    if ("refused" in file) continue;
    if (!linksAcrossFiles(file.source.language)) continue;
    if (file.hash !== review.fileIdentities[path]?.hash) missing.push(path);
    else reviewed.push(file.source);
  }
  const graph = buildImportGraph(reviewed);
  const near = filesNear(
    graph,
    targets.map((f) => f.path),
    DEFAULT_LINK_LIMITS.depth,
  );
  const context = crossFileContextOf(
    reviewed.filter((f) => near.has(f.path)),
    (f) => memo.summaryOf(f),
    rules.map((r) => r.meta),
    // Modules resolve among every reviewed path, as in the review, not only among the near ones.
    Object.keys(review.fileIdentities),
  );
  return { context, missing };
}
