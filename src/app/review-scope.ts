import type { ResolvedConfig } from "../core/config.js";
import type { ScopeResult } from "../pipeline/run-review.js";
import { discoverFiles } from "../platform/discover.js";
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
  const found = await discoverFiles(discoveryOptions(settings, config));
  if (found.files.length > 0 || !narrowsScope(config, operator)) return found;
  const unnarrowed = await discoverFiles(discoveryOptions(settings, operator));
  return { ...found, removedByRepository: unnarrowed.files.length };
}

function discoveryOptions(
  settings: ScopeSettings,
  config: ResolvedConfig,
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
    importersOf: (files, opaqueDirs) => buildImportGraph(files, { opaqueDirs }).importers,
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
