import type { ConfigInput, RepositoryDisables, ResolvedConfig } from "../core/config.js";
import type { Notice } from "../core/review.js";

/** The analyser name the review's notices about configuration carry. */
export const CONFIG_NOTICE_SOURCE = "config";

/** A repository layer after the operator's bounds were applied, with what it switched off. */
export interface BoundedRepositoryLayer {
  readonly input: ConfigInput;
  readonly disabled: RepositoryDisables;
  readonly notices: readonly Notice[];
}

type Limits = NonNullable<ConfigInput["limits"]>;

/** The limits a repository may lower but never raise, with the operator's value for each. */
const LOWER_ONLY_LIMITS = [
  ["max_file_bytes", (c: ResolvedConfig) => c.limits.maxFileBytes],
  ["max_line_length", (c: ResolvedConfig) => c.limits.maxLineLength],
  ["analyser_timeout_seconds", (c: ResolvedConfig) => c.limits.analyserTimeoutSeconds],
  ["rules_file_timeout_seconds", (c: ResolvedConfig) => c.limits.rulesFileTimeoutSeconds],
  ["rules_worker_memory_mb", (c: ResolvedConfig) => c.limits.rulesWorkerMemoryMb],
] as const satisfies readonly (readonly [keyof Limits, (c: ResolvedConfig) => number])[];

/**
 * Bounds an untrusted repository layer by the operator's configuration
 * (`operator`: every layer but the repository's, resolved): a limit above
 * the operator's is replaced by the operator's value with a warning, and the
 * rules and analysers it switches off and the excludes it adds are recorded;
 * when the operator set `repository.may_disable: false`, they are also
 * removed from the layer.
 */
export function boundRepositoryLayer(
  source: string,
  input: ConfigInput,
  operator: ResolvedConfig,
): BoundedRepositoryLayer {
  const notices: Notice[] = [];
  const kept = (key: string, asked: number, ceiling: number): number => {
    if (asked <= ceiling) return asked;
    notices.push({
      level: "warning",
      analyser: CONFIG_NOTICE_SOURCE,
      message: `${source}: "${key}: ${asked}" would raise the operator's limit; kept ${ceiling} (a repository may only lower limits)`,
    });
    return ceiling;
  };

  let limits: Limits | undefined;
  if (input.limits) {
    const bounded: Limits = { ...input.limits };
    for (const [key, ceiling] of LOWER_ONLY_LIMITS) {
      const asked = input.limits[key];
      if (asked !== undefined) bounded[key] = kept(`limits.${key}`, asked, ceiling(operator));
    }
    limits = bounded;
  }

  const mayDisable = operator.repository.mayDisable;
  const disabledAnalysers: string[] = [];
  let analysers: ConfigInput["analysers"];
  if (input.analysers) {
    analysers = {};
    for (const id of Object.keys(input.analysers)) {
      const settings = { ...input.analysers[id]! };
      const current = Object.hasOwn(operator.analysers, id) ? operator.analysers[id] : undefined;
      if (settings.timeout_seconds !== undefined) {
        const ceiling = current?.timeoutSeconds ?? operator.limits.analyserTimeoutSeconds;
        settings.timeout_seconds = kept(`analysers.${id}.timeout_seconds`, settings.timeout_seconds, ceiling);
      }
      if (settings.enabled === false && current?.enabled !== false) {
        disabledAnalysers.push(id);
        if (!mayDisable) delete settings.enabled;
      }
      analysers[id] = settings;
    }
  }

  const disabledRules: string[] = [];
  let rules: ConfigInput["rules"];
  if (input.rules) {
    rules = {};
    for (const id of Object.keys(input.rules)) {
      const setting = input.rules[id]!;
      const off =
        setting === "off" || setting === false || (typeof setting === "object" && setting.enabled === false);
      const operatorOff = Object.hasOwn(operator.rules, id) && !operator.rules[id]!.enabled;
      if (!off || operatorOff) {
        rules[id] = setting;
        continue;
      }
      disabledRules.push(id);
      if (mayDisable) rules[id] = setting;
      // A severity beside the switch is still the repository's to choose.
      else if (typeof setting === "object" && setting.severity) rules[id] = { severity: setting.severity };
    }
  }

  const excludes = (input.exclude ?? []).filter((glob) => !operator.exclude.includes(glob));
  // The repository adds to the operator's non-production globs, never replaces them.
  const operatorPaths = operator.nonProduction.paths;
  const nonProductionPaths = [...new Set(input.non_production?.paths ?? [])].filter(
    (glob) => !operatorPaths.includes(glob),
  );
  const { exclude, non_production: nonProduction, ...rest } = input;
  const { paths: _paths, ...nonProductionRest } = nonProduction ?? {};
  const keptPaths = mayDisable ? [...operatorPaths, ...nonProductionPaths] : [...operatorPaths];
  const bounded: ConfigInput = {
    ...rest,
    ...(nonProduction === undefined ? {} : { non_production: { ...nonProductionRest, paths: keptPaths } }),
    ...(exclude === undefined || !mayDisable ? {} : { exclude }),
    ...(limits ? { limits } : {}),
    ...(analysers ? { analysers } : {}),
    ...(rules ? { rules } : {}),
  };
  return {
    input: bounded,
    disabled: {
      analysers: disabledAnalysers,
      rules: disabledRules,
      excludes,
      ...(nonProductionPaths.length > 0 ? { nonProductionPaths } : {}),
    },
    notices,
  };
}

export function disablesAnything(disabled: RepositoryDisables): boolean {
  const counts = [disabled.analysers, disabled.rules, disabled.excludes, disabled.nonProductionPaths ?? []];
  return counts.some((list) => list.length > 0);
}
