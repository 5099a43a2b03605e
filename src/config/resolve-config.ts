import {
  DEFAULT_CONFIG,
  KNOWN_ANALYSERS,
  type ConfigInput,
  type ResolvedConfig,
  type RuleOverride,
} from "../core/config.js";
import { CodeGuardianError } from "../core/errors.js";

/** One source of settings, named so errors can say where a value came from. */
export interface ConfigLayer {
  readonly source: string;
  readonly input: ConfigInput;
  /** The reviewed repository's own layer: it may lower the rules' limits, never raise them. */
  readonly repository?: true;
}

/**
 * Folds layers over the defaults, in order (defaults < user file < repository
 * file < environment < flags), and freezes the result. Lists replace lists;
 * maps (analysers, rules) merge key by key.
 */
export function resolveConfig(layers: readonly ConfigLayer[]): ResolvedConfig {
  let config: ResolvedConfig = DEFAULT_CONFIG;
  for (const layer of layers) config = applyLayer(config, layer);
  return deepFreeze(config);
}

function applyLayer(base: ResolvedConfig, { source, input, repository }: ConfigLayer): ResolvedConfig {
  const analysers = { ...base.analysers };
  for (const [id, settings] of Object.entries(input.analysers ?? {})) {
    if (!(id in KNOWN_ANALYSERS)) {
      throw new CodeGuardianError(
        "CG_CONFIG_INVALID",
        `${source}: unknown analyser "${id}" under "analysers" (expected one of ${Object.keys(KNOWN_ANALYSERS).join(", ")})`,
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

  const rules: Record<string, RuleOverride> = { ...base.rules };
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
      rulesFileTimeoutSeconds: lowerOnly(
        limits.rules_file_timeout_seconds,
        base.limits.rulesFileTimeoutSeconds,
        repository,
      ),
      rulesWorkerMemoryMb: lowerOnly(
        limits.rules_worker_memory_mb,
        base.limits.rulesWorkerMemoryMb,
        repository,
      ),
    },
    llm: {
      provider: llm.provider ?? base.llm.provider,
      ...((llm.base_url ?? base.llm.baseUrl) ? { baseUrl: llm.base_url ?? base.llm.baseUrl } : {}),
      ...((llm.api_key ?? base.llm.apiKey) ? { apiKey: llm.api_key ?? base.llm.apiKey } : {}),
      ...((llm.agents ?? base.llm.agents) ? { agents: llm.agents ?? base.llm.agents } : {}),
      budget: {
        maxTokensPerFile: budget.max_tokens_per_file ?? base.llm.budget.maxTokensPerFile,
        maxTokensPerReview: budget.max_tokens_per_review ?? base.llm.budget.maxTokensPerReview,
        maxCostCentsPerReview: budget.max_cost_cents_per_review ?? base.llm.budget.maxCostCentsPerReview,
      },
    },
  };
}

/** A repository's value counts only when it is stricter than what the operator allows. */
function lowerOnly(value: number | undefined, current: number, repository: true | undefined): number {
  if (value === undefined) return current;
  return repository ? Math.min(value, current) : value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
