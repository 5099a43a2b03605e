import type { ResolvedConfig } from "../core/config.js";
import type { Notice } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
import type { ScopeResult } from "../pipeline/run-review.js";
import { discoverFiles } from "../platform/discover.js";
import {
  readImports,
  resolveImportGraph,
  type FileImports,
  type ImportGraph,
} from "../rules/imports/build-import-graph.js";
import type { RulesPool } from "../workers/rules-pool.js";

export interface ScopeSettings {
  readonly root: string;
  readonly paths: readonly string[];
  readonly onlyPaths?: ReadonlySet<string>;
  /**
   * The process's rules pool: each file's imports are read in its workers,
   * from the texts discovery read. Absent, they are read on this thread.
   */
  readonly pool?: RulesPool;
}

/** The review's scope with the repository's import graph, built once, for the stages after discovery. */
export type ScopeWithGraph = ScopeResult & { readonly importGraph: ImportGraph };

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
): Promise<ScopeWithGraph> {
  const graph = new GraphBuilder(settings.pool, config);
  const found = await discoverFiles({
    ...discoveryOptions(settings, config),
    importersOf: (files, opaqueDirs) => graph.importersOf(files, opaqueDirs),
  });
  const notices = [...found.notices, ...graph.notices];
  const scope = { ...found, notices, importGraph: graph.built ?? EMPTY_GRAPH };
  if (found.files.length > 0 || !narrowsScope(config, operator)) return scope;
  // Only counted: the graph of this run is not the review's.
  const unnarrowed = await discoverFiles({
    ...discoveryOptions(settings, operator),
    importersOf: (files, opaqueDirs) =>
      new GraphBuilder(settings.pool, operator).importersOf(files, opaqueDirs),
  });
  return { ...scope, removedByRepository: unnarrowed.files.length };
}

const EMPTY_GRAPH: ImportGraph = { imports: new Map(), importers: new Map() };

/** Builds the graph discovery asks for, once, and keeps it (and what went wrong reading it). */
class GraphBuilder {
  built: ImportGraph | undefined;
  readonly notices: Notice[] = [];

  constructor(
    private readonly pool: RulesPool | undefined,
    private readonly config: ResolvedConfig,
  ) {}

  async importersOf(
    files: readonly SourceFile[],
    opaqueDirs: ReadonlySet<string>,
  ): Promise<ReadonlyMap<string, ReadonlySet<string>>> {
    const read = await this.read(files);
    const graph = resolveImportGraph(
      files.map((file, i) => ({ path: file.path, imports: read[i] ?? UNKNOWN })),
      { opaqueDirs },
    );
    this.built = graph;
    return graph.importers;
  }

  /** Each file's imports, or undefined where its worker hit a limit or failed. */
  private async read(files: readonly SourceFile[]): Promise<(FileImports | undefined)[]> {
    if (this.pool === undefined) return files.map((file) => readImports(file));
    const { limits } = this.config;
    let outcomes;
    try {
      outcomes = await this.pool.readImports({
        files,
        fileTimeoutMs: limits.rulesFileTimeoutSeconds * 1000,
        memoryMb: limits.rulesWorkerMemoryMb,
        // Discovery is not cancellable; the pool's own limits bound each file.
        signal: new AbortController().signal,
      });
    } catch (error) {
      // A pool that cannot start a worker (or is closed) must not cost the review its scope: the rules analyser
      // reports the pool's failure itself.
      this.notices.push({
        level: "warning",
        analyser: "scope",
        message: `imports read on the main thread: the rules pool failed (${error instanceof Error ? error.message : String(error)})`,
      });
      return files.map((file) => readImports(file));
    }
    return outcomes.map((outcome, i) => {
      if (outcome.kind === "analysed") return outcome.result;
      this.notices.push({
        level: "warning",
        analyser: "scope",
        file: files[i]?.path ?? "",
        // Counted as importing every file (`FileImports` "unknown"): nothing is skipped as unused for want of its imports.
        message: `imports not read (${outcome.reason}: ${outcome.detail}); counted as importing every file, so nothing is skipped as unused vendored or generated code`,
      });
      return undefined;
    });
  }
}

const UNKNOWN: FileImports = { kind: "unknown" };

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
