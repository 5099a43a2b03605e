import {
  DEFAULT_CONFIG,
  KNOWN_ANALYSERS,
  ownMap,
  type ConfigInput,
  type RepositoryDisables,
  type ResolvedConfig,
  type RuleOverride,
} from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";
import type { Notice } from "../core/review.js";
import type { ConfigTrust } from "./parse-config.js";
import { applyLocks, lockCovers } from "./locks.js";
import { boundRepositoryLayer, disablesAnything } from "./repository-layer.js";
import { nearestId } from "./nearest-id.js";
import { isKnownRuleId, unknownRuleNotices } from "./unknown-rules.js";

/** One source of settings, named so errors can say where a value came from. */
export interface ConfigLayer {
  readonly source: string;
  readonly input: ConfigInput;
  /** Who wrote it (default: the operator). A repository layer is bounded by the operator's layers. */
  readonly trust?: ConfigTrust;
}

export interface ResolveOptions {
  /**
   * The built-in rule ids, to warn about unknown ids under `rules`; ids
   * prefixed with a known analyser ("bandit/B101") are the tools' and pass.
   * Unset: rule ids are not checked.
   */
  readonly ruleIds?: ReadonlySet<string>;
}

/**
 * Folds layers over the defaults, in the order given, later layers winning
 * (docs/configuration.md: defaults < repository file < project settings <
 * operator's file < environment < flags), and freezes the result. Lists replace lists;
 * maps (analysers, rules) merge key by key. A repository layer may lower the
 * operator's limits, never raise them, and what it switches off is recorded
 * (docs/configuration.md).
 */
export function resolveConfig(layers: readonly ConfigLayer[], options: ResolveOptions = {}): ResolvedConfig {
  const operatorLayers = layers.filter((layer) => layer.trust !== "repository");
  const operator = operatorLayers.length === layers.length ? undefined : fold(operatorLayers);
  const notices: Notice[] = [];
  let disabled: RepositoryDisables | undefined;
  let file: string | undefined;
  let config: ResolvedConfig = DEFAULT_CONFIG;
  let repositoryInput: ConfigInput | undefined;
  for (const layer of layers) {
    let input = layer.input;
    if (operator !== undefined && layer.trust === "repository") {
      const bounded = boundRepositoryLayer(layer.source, input, operator);
      file = layer.source;
      const lockedOut = applyLocks(layer.source, bounded.input, operator, operator.repository.locked);
      input = lockedOut.input;
      repositoryInput = input;
      notices.push(...bounded.notices, ...lockedOut.notices);
      // An unknown id disables nothing; its own warning says so.
      const ids = options.ruleIds;
      // A disable a lock dropped is not the repository's: its warning says so.
      const locked = operator.repository.locked;
      const found: RepositoryDisables = {
        ...bounded.disabled,
        analysers: bounded.disabled.analysers.filter((id) => !lockCovers(locked, `analysers.${id}`)),
        rules: bounded.disabled.rules.filter(
          (id) => !lockCovers(locked, `rules.${id}`) && (ids === undefined || isKnownRuleId(id, ids)),
        ),
        excludes: lockCovers(locked, "exclude") ? [] : bounded.disabled.excludes,
      };
      if (disablesAnything(found)) disabled = found;
    }
    if (options.ruleIds) notices.push(...unknownRuleNotices(layer.source, layer.input, options.ruleIds));
    config = applyLayer(config, { source: layer.source, input });
  }
  // Asking for more scrutiny survives the layers above: lowered limits, a stricter locked key.
  if (repositoryInput !== undefined && operator !== undefined)
    config = keepTightenings(config, repositoryInput, operator.repository.locked);
  return deepFreeze({
    ...config,
    repository: {
      mayDisable: config.repository.mayDisable,
      locked: config.repository.locked,
      ...(file === undefined ? {} : { file }),
      ...(disabled ? { disabled } : {}),
    },
    notices,
  });
}

function fold(layers: readonly ConfigLayer[]): ResolvedConfig {
  let config: ResolvedConfig = DEFAULT_CONFIG;
  for (const layer of layers) config = applyLayer(config, layer);
  return config;
}

function applyLayer(base: ResolvedConfig, { source, input }: ConfigLayer): ResolvedConfig {
  const analysers = ownMap(Object.entries(base.analysers));
  for (const [id, settings] of Object.entries(input.analysers ?? {})) {
    if (!Object.hasOwn(KNOWN_ANALYSERS, id)) {
      const known = Object.keys(KNOWN_ANALYSERS);
      const nearest = nearestId(id, known);
      throw new CodeGuardianError(
        "CG_CONFIG_INVALID",
        `${source}: unknown analyser "${id}" under "analysers"${nearest ? ` (did you mean ${nearest}?)` : ""} (expected one of ${known.join(", ")})`,
      );
    }
    const current = analysers[id] ?? { enabled: true, useProjectConfig: false };
    const timeoutSeconds = settings.timeout_seconds ?? current.timeoutSeconds;
    analysers[id] = {
      enabled: settings.enabled ?? current.enabled,
      ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
      useProjectConfig: settings.use_project_config ?? current.useProjectConfig,
      ...((settings.command ?? current.command) ? { command: settings.command ?? current.command } : {}),
      ...((settings.configs ?? current.configs) ? { configs: settings.configs ?? current.configs } : {}),
    };
  }

  const rules: Record<string, RuleOverride> = ownMap(Object.entries(base.rules));
  for (const [id, setting] of Object.entries(input.rules ?? {})) {
    if (setting === "off" || setting === false) rules[id] = { enabled: false };
    else if (typeof setting === "string") rules[id] = { enabled: true, severity: setting };
    else
      rules[id] = {
        enabled: setting.enabled ?? true,
        ...(setting.severity ? { severity: setting.severity } : {}),
      };
  }

  const limits = input.limits ?? {};
  const llm = input.llm ?? {};
  const budget = llm.budget ?? {};
  return {
    include: input.include ?? base.include,
    exclude: input.exclude ?? base.exclude,
    analysers,
    rules,
    failOn: input.fail_on ?? base.failOn,
    formats: input.formats ?? base.formats,
    minConfidence: input.min_confidence ?? base.minConfidence,
    limits: {
      maxFileBytes: limits.max_file_bytes ?? base.limits.maxFileBytes,
      maxLineLength: limits.max_line_length ?? base.limits.maxLineLength,
      analyserTimeoutSeconds: limits.analyser_timeout_seconds ?? base.limits.analyserTimeoutSeconds,
      cloneTimeoutSeconds: limits.clone_timeout_seconds ?? base.limits.cloneTimeoutSeconds,
      cloneMaxBytes: limits.clone_max_bytes ?? base.limits.cloneMaxBytes,
      rulesFileTimeoutSeconds: limits.rules_file_timeout_seconds ?? base.limits.rulesFileTimeoutSeconds,
      rulesWorkerMemoryMb: limits.rules_worker_memory_mb ?? base.limits.rulesWorkerMemoryMb,
    },
    llm: {
      provider: llm.provider ?? base.llm.provider,
      ...((llm.base_url ?? base.llm.baseUrl) ? { baseUrl: llm.base_url ?? base.llm.baseUrl } : {}),
      ...((llm.api_key ?? base.llm.apiKey) ? { apiKey: llm.api_key ?? base.llm.apiKey } : {}),
      ...((llm.agents ?? base.llm.agents) ? { agents: llm.agents ?? base.llm.agents } : {}),
      ...(llm.models !== undefined
        ? {
            models: ownMap(
              Object.entries(llm.models).map(
                ([task, m]) => [task, typeof m === "string" ? [m] : [...m]] as const,
              ),
            ),
          }
        : base.llm.models !== undefined
          ? { models: base.llm.models }
          : {}),
      ...(llm.prices !== undefined
        ? {
            prices: ownMap(
              Object.entries(llm.prices).map(
                ([model, p]) =>
                  [model, p === 0 ? { input: 0, output: 0 } : { input: p.input, output: p.output }] as const,
              ),
            ),
          }
        : base.llm.prices !== undefined
          ? { prices: base.llm.prices }
          : {}),
      budget: {
        maxTokensPerFile: budget.max_tokens_per_file ?? base.llm.budget.maxTokensPerFile,
        maxTokensPerReview: budget.max_tokens_per_review ?? base.llm.budget.maxTokensPerReview,
        maxCostCentsPerReview: budget.max_cost_cents_per_review ?? base.llm.budget.maxCostCentsPerReview,
      },
    },
    repository: {
      mayDisable: input.repository?.may_disable ?? base.repository.mayDisable,
      // Locks accumulate: a project's settings cannot unlock what the operator locked.
      locked: [...new Set([...base.repository.locked, ...(input.repository?.locked ?? [])])],
    },
    nonProduction: {
      enabled: input.non_production?.enabled ?? base.nonProduction.enabled,
      paths: input.non_production?.paths ?? base.nonProduction.paths,
      maxSeverity: input.non_production?.max_severity ?? base.nonProduction.maxSeverity,
    },
    notices: base.notices,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A repository's lowered limits, and a stricter `fail_on` or
 * `min_confidence` where those keys are locked, hold even where a layer
 * above set its own value (docs/configuration.md, "Precedence and locks").
 */
function keepTightenings(
  config: ResolvedConfig,
  repository: ConfigInput,
  locked: readonly string[],
): ResolvedConfig {
  const limits = { ...config.limits };
  const asked = repository.limits ?? {};
  const lower = (current: number, value: number | undefined): number =>
    value === undefined ? current : Math.min(current, value);
  limits.maxFileBytes = lower(limits.maxFileBytes, asked.max_file_bytes);
  limits.maxLineLength = lower(limits.maxLineLength, asked.max_line_length);
  limits.analyserTimeoutSeconds = lower(limits.analyserTimeoutSeconds, asked.analyser_timeout_seconds);
  limits.rulesFileTimeoutSeconds = lower(limits.rulesFileTimeoutSeconds, asked.rules_file_timeout_seconds);
  limits.rulesWorkerMemoryMb = lower(limits.rulesWorkerMemoryMb, asked.rules_worker_memory_mb);
  let { failOn, minConfidence } = config;
  // applyLocks already dropped a looser value, so what is left of a locked key is at least as strict.
  if (locked.includes("fail_on") && repository.fail_on !== undefined) failOn = repository.fail_on;
  if (locked.includes("min_confidence") && repository.min_confidence !== undefined)
    minConfidence = Math.min(minConfidence, repository.min_confidence);
  return { ...config, limits, failOn, minConfidence };
}
