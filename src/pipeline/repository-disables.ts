import type { ResolvedConfig } from "../core/config.js";
import type { AnalyserRun, DisabledByRepository, Notice } from "../core/review.js";

const SOURCE = "config";

/** The review's record of what the repository's config switched off, if anything. */
export function disabledByRepository(config: ResolvedConfig): DisabledByRepository | undefined {
  const { disabled, mayDisable } = config.repository;
  if (!disabled) return undefined;
  return {
    analysers: [...disabled.analysers],
    rules: [...disabled.rules],
    excludes: [...disabled.excludes],
    ...(disabled.nonProductionPaths ? { nonProductionPaths: [...disabled.nonProductionPaths] } : {}),
    ignored: !mayDisable,
  };
}

/**
 * A review the repository's own config emptied is not a clean review: when its
 * disables left no analyser running, or its paths and limits left no file
 * while the operator's would have found some, the review is incomplete and
 * says who did it (docs/configuration.md).
 */
export function repositoryEmptiedNotices(
  config: ResolvedConfig,
  runs: readonly AnalyserRun[],
  scope: { readonly files: readonly unknown[]; readonly removedByRepository?: number },
): Notice[] {
  const { disabled, mayDisable } = config.repository;
  const who = `the repository's config${config.repository.file ? ` (${config.repository.file})` : ""}`;
  const notices: Notice[] = [];
  const ran = runs.some((run) => run.status !== "unavailable" && run.status !== "disabled");
  if (mayDisable && disabled && disabled.analysers.length > 0 && !ran) {
    notices.push({
      level: "error",
      analyser: SOURCE,
      message: `no analyser ran: ${who} disabled ${disabled.analysers.join(", ")}`,
      incomplete: true,
    });
  }
  const removed = scope.removedByRepository ?? 0;
  if (scope.files.length === 0 && removed > 0) {
    notices.push({
      level: "error",
      analyser: SOURCE,
      message: `no file reviewed: ${who} removed every file (${removed} reviewable under the operator's paths and limits alone)`,
      incomplete: true,
    });
  }
  return notices;
}
