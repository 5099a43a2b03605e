import type { ResolvedConfig } from "../core/config.js";
import type { ScopeResult } from "../pipeline/run-review.js";
import { discoverFiles } from "../platform/discover.js";
import type { ImportersOf } from "../platform/settle-held.js";
import { buildImportGraph } from "../rules/imports/build-import-graph.js";

export interface ScopeSettings {
  readonly root: string;
  readonly paths: readonly string[];
  readonly onlyPaths?: ReadonlySet<string>;
}

/**
 * Discovery under the review's configuration. When nothing is left and the
 * repository's config narrowed the operator's paths or limits, discovery runs
 * again under the operator's configuration alone, so the review can say the
 * repository's config removed those files.
 */
export async function discoverScope(
  settings: ScopeSettings,
  config: ResolvedConfig,
  operator: ResolvedConfig,
): Promise<ScopeResult> {
  // Discovery builds the import graph for its vendored and generated checks; the review reuses it
  // to decide which test-looking files production code imports (src/pipeline/non-production.ts).
  let importers: ScopeResult["importers"];
  const keep: ImportersOf = (files, opaqueDirs) =>
    (importers = buildImportGraph(files, { opaqueDirs }).importers);
  const found = await discoverFiles(discoveryOptions(settings, config, keep));
  const withGraph = importers === undefined ? found : { ...found, importers };
  if (found.files.length > 0 || !narrowsScope(config, operator)) return withGraph;
  const unnarrowed = await discoverFiles(discoveryOptions(settings, operator, keep));
  return { ...withGraph, removedByRepository: unnarrowed.files.length };
}

function discoveryOptions(
  settings: ScopeSettings,
  config: ResolvedConfig,
  importersOf: ImportersOf,
): Parameters<typeof discoverFiles>[0] {
  return {
    root: settings.root,
    paths: [...settings.paths],
    include: config.include,
    // The baseline and other CodeGuardian state are never reviewed.
    exclude: [...config.exclude, ".codeguardian/"],
    maxFileBytes: config.limits.maxFileBytes,
    maxLineLength: config.limits.maxLineLength,
    ...(settings.onlyPaths ? { onlyPaths: settings.onlyPaths } : {}),
    importersOf,
  };
}

function narrowsScope(config: ResolvedConfig, operator: ResolvedConfig): boolean {
  const same = (a: readonly string[], b: readonly string[]): boolean =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  return (
    !same(config.include, operator.include) ||
    !same(config.exclude, operator.exclude) ||
    config.limits.maxFileBytes < operator.limits.maxFileBytes ||
    config.limits.maxLineLength < operator.limits.maxLineLength
  );
}
