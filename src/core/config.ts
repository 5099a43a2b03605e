import { z } from "zod";
import type { Notice } from "./review.js";
import { SEVERITIES } from "./severity.js";

/**
 * The configuration schema. Parsed and validated once at the edge
 * (defaults < user config < repository config < environment < flags), frozen,
 * then passed down. Keys are snake_case as written in `.codeguardian.yml`.
 */
export const OUTPUT_FORMATS = ["terminal", "json", "markdown", "sarif", "html"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const severity = z.enum(SEVERITIES);

const ruleSetting = z.union([
  z.literal("off"),
  z.literal(false),
  severity,
  z.strictObject({ enabled: z.boolean().optional(), severity: severity.optional() }),
]);

/**
 * Highest values any layer may set, the operator's included: a timeout above
 * Node's 32-bit timer range would fire at once, and a file or line cap beyond
 * these only lets one file hold the whole review (docs/configuration.md).
 */
export const LIMIT_MAXIMA = {
  timeoutSeconds: 3600,
  fileBytes: 64 * 1024 * 1024,
  lineLength: 1024 * 1024,
  cloneBytes: 16 * 1024 * 1024 * 1024,
  workerMemoryMb: 16 * 1024,
} as const;

const timeoutSeconds = z.number().positive().max(LIMIT_MAXIMA.timeoutSeconds);

const analyserSettings = z.strictObject({
  enabled: z.boolean().optional(),
  timeout_seconds: timeoutSeconds.optional(),
  /** Operator-only: run the tool with the reviewed project's own config. */
  use_project_config: z.boolean().optional(),
  /** Operator-only: path to the executable. */
  command: z.string().min(1).optional(),
  /** Operator-only: rule/config files the tool loads (semgrep `--config`). */
  configs: z.array(z.string().min(1)).optional(),
});

const llmSettings = z.strictObject({
  /** "off", or "provider:model". */
  provider: z.string().optional(),
  base_url: z.string().optional(),
  api_key: z.string().optional(),
  agents: z.array(z.string()).optional(),
  /** Operator-only: per agent (or `fix`), a model or a chain of fallbacks, as `provider:model`. */
  models: z.record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).optional(),
  /** Operator-only: USD per million tokens per `provider:model`; `0` for a server that costs nothing per token. */
  prices: z
    .record(
      z.string(),
      z.union([
        z.literal(0),
        z.strictObject({ input: z.number().nonnegative(), output: z.number().nonnegative() }),
      ]),
    )
    .optional(),
  budget: z
    .strictObject({
      max_tokens_per_file: z.number().int().positive().optional(),
      max_tokens_per_review: z.number().int().positive().optional(),
      max_cost_cents_per_review: z.number().positive().optional(),
    })
    .optional(),
});

export const configSchema = z.strictObject({
  include: z.array(z.string()).optional(),
  exclude: z.array(z.string()).optional(),
  analysers: z.record(z.string(), analyserSettings).optional(),
  rules: z.record(z.string(), ruleSetting).optional(),
  fail_on: z.union([severity, z.literal("none")]).optional(),
  formats: z.array(z.enum(OUTPUT_FORMATS)).min(1).optional(),
  min_confidence: z.number().min(0).max(1).optional(),
  limits: z
    .strictObject({
      max_file_bytes: z.number().int().positive().max(LIMIT_MAXIMA.fileBytes).optional(),
      max_line_length: z.number().int().positive().max(LIMIT_MAXIMA.lineLength).optional(),
      analyser_timeout_seconds: timeoutSeconds.optional(),
      clone_timeout_seconds: timeoutSeconds.optional(),
      clone_max_bytes: z.number().int().positive().max(LIMIT_MAXIMA.cloneBytes).optional(),
      rules_file_timeout_seconds: timeoutSeconds.optional(),
      rules_worker_memory_mb: z.number().int().min(16).max(LIMIT_MAXIMA.workerMemoryMb).optional(),
    })
    .optional(),
  llm: llmSettings.optional(),
  /** Operator-only: what the reviewed repository's own file may switch off. */
  repository: z
    .strictObject({
      may_disable: z.boolean().optional(),
      /** Keys the repository may only make stricter (docs/configuration.md, "Precedence and locks"). */
      locked: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  /** Tests, examples, build scripts: findings there are listed apart (docs/configuration.md, "Non-production code"). */
  non_production: z
    .strictObject({
      /** Operator-only: false treats every file as production. */
      enabled: z.boolean().optional(),
      /** Extra gitignore-style globs for non-production files; a repository's are added and reported. */
      paths: z.array(z.string().min(1)).optional(),
      /** Operator-only: the highest severity a non-production finding keeps. */
      max_severity: severity.optional(),
    })
    .optional(),
});

export type ConfigInput = z.infer<typeof configSchema>;

/**
 * Keys a repository's own `.codeguardian.yml` may not set: anything that sends
 * data somewhere or runs code. Paths use dots; `*` matches one segment.
 */
export const OPERATOR_ONLY_KEYS: readonly string[] = [
  "llm.provider",
  "llm.base_url",
  "llm.api_key",
  "llm.budget",
  "llm.models",
  "llm.prices",
  "analysers.*.command",
  "analysers.*.use_project_config",
  "analysers.*.configs",
  "limits.clone_timeout_seconds",
  "limits.clone_max_bytes",
  "repository",
  // A repository may add paths (reported like its other disables), never switch the classification or the cap.
  "non_production.enabled",
  "non_production.max_severity",
];

/** What a repository's own config file switched off: analysers, rules, and the exclude globs it added. */
export interface RepositoryDisables {
  readonly analysers: readonly string[];
  readonly rules: readonly string[];
  readonly excludes: readonly string[];
  /** Non-production globs it added to the operator's (`non_production.paths`). */
  readonly nonProductionPaths?: readonly string[];
}

export type RuleOverride = { readonly enabled: boolean; readonly severity?: (typeof SEVERITIES)[number] };

/** The fully resolved, frozen configuration every stage receives. */
export interface ResolvedConfig {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly analysers: Readonly<
    Record<
      string,
      {
        readonly enabled: boolean;
        /** Unset: `limits.analyserTimeoutSeconds` applies. */
        readonly timeoutSeconds?: number;
        readonly useProjectConfig: boolean;
        readonly command?: string;
        readonly configs?: readonly string[];
      }
    >
  >;
  readonly rules: Readonly<Record<string, RuleOverride>>;
  readonly failOn: (typeof SEVERITIES)[number] | "none";
  readonly formats: readonly OutputFormat[];
  readonly minConfidence: number;
  readonly limits: {
    readonly maxFileBytes: number;
    readonly maxLineLength: number;
    readonly analyserTimeoutSeconds: number;
    readonly cloneTimeoutSeconds: number;
    readonly cloneMaxBytes: number;
    /** Time the rules may spend on one file; a repository may lower it, never raise it. */
    readonly rulesFileTimeoutSeconds: number;
    /** Heap ceiling of each rules worker; a repository may lower it, never raise it. */
    readonly rulesWorkerMemoryMb: number;
  };
  readonly llm: {
    readonly provider: string;
    readonly baseUrl?: string;
    readonly apiKey?: string;
    readonly agents?: readonly string[];
    /** Per task (agent id or `fix`): the models to try, in order, as `provider:model`. */
    readonly models?: Readonly<Record<string, readonly string[]>>;
    /** USD per million tokens per `provider:model`. */
    readonly prices?: Readonly<Record<string, { readonly input: number; readonly output: number }>>;
    readonly budget: {
      readonly maxTokensPerFile: number;
      readonly maxTokensPerReview: number;
      readonly maxCostCentsPerReview: number;
    };
  };
  readonly repository: {
    /** Operator-only `repository.may_disable`: false ignores the repository's disables. */
    readonly mayDisable: boolean;
    /** Keys locked by the operator or the project's settings: the repository may only make them stricter. */
    readonly locked: readonly string[];
    /** The repository's config file, when one was read. */
    readonly file?: string;
    /** Set when a repository file asked to switch something off (applied, or ignored when `mayDisable` is false). */
    readonly disabled?: RepositoryDisables;
  };
  readonly nonProduction: NonProductionSettings;
  /** What the review should say about the configuration: limits the repository could not raise, unknown rule ids. */
  readonly notices: readonly Notice[];
}

/** How test, example and tooling code is recognised and treated (docs/configuration.md, "Non-production code"). */
export interface NonProductionSettings {
  /** False: every file counts as production (operator-only). */
  readonly enabled: boolean;
  /** The operator's extra globs, then the repository's additions (those are also in `repository.disabled`). */
  readonly paths: readonly string[];
  /** The highest severity a finding in non-production code keeps (operator-only). */
  readonly maxSeverity: (typeof SEVERITIES)[number];
}

/**
 * Analysers known to the configuration, with whether they run by default.
 * Look ids up with `Object.hasOwn`: a repository may write `constructor`.
 * The external tools' defaults follow what each was measured to add on real
 * libraries and on vulnerable code (docs/tools.md, "Measured value"):
 * pylint and ESLint found nothing there the built-in rules miss that would
 * pay for their time (ESLint was most of the review time of every large
 * JavaScript library), so both are off until the operator turns them on.
 */
export const KNOWN_ANALYSERS: Readonly<Record<string, boolean>> = {
  rules: true,
  bandit: true,
  pylint: false,
  eslint: false,
  semgrep: true,
  // LLM agents exist only when the operator turns LLM review on; listed so their timeouts can be set.
  "llm-security": true,
  "llm-logic": true,
  "llm-performance": true,
  "llm-pattern": true,
  "llm-testing": true,
  "llm-static": true,
};

/**
 * Tool checks off by default (docs/tools.md, "Measured value"); an operator
 * or repository turns one back on with `rules: {<id>: {enabled: true}}`.
 * bandit's B101 (`assert` used) flags a language feature, not a flaw: 120
 * notes in the production code of five mature Python libraries and 1,063 on
 * Flask with its tests, none of them a finding a reviewer would act on.
 */
export const DEFAULT_RULE_SETTINGS: Readonly<Record<string, RuleOverride>> = {
  "bandit/B101": { enabled: false },
};

export const DEFAULT_CONFIG: ResolvedConfig = Object.freeze<ResolvedConfig>({
  include: [],
  exclude: [],
  analysers: ownMap(
    Object.entries(KNOWN_ANALYSERS).map(([id, enabled]) => [id, { enabled, useProjectConfig: false }]),
  ),
  rules: ownMap(Object.entries(DEFAULT_RULE_SETTINGS)),
  failOn: "high",
  formats: ["terminal"],
  minConfidence: 0.5,
  limits: {
    maxFileBytes: 1024 * 1024,
    maxLineLength: 1000,
    analyserTimeoutSeconds: 300,
    cloneTimeoutSeconds: 120,
    cloneMaxBytes: 500 * 1024 * 1024,
    rulesFileTimeoutSeconds: 20,
    rulesWorkerMemoryMb: 1024,
  },
  llm: {
    provider: "off",
    budget: { maxTokensPerFile: 8000, maxTokensPerReview: 200000, maxCostCentsPerReview: 50 },
  },
  repository: { mayDisable: true, locked: [] },
  nonProduction: { enabled: true, paths: [], maxSeverity: "low" },
  notices: [],
});

/**
 * A map without a prototype, so an id such as `constructor` or `toString`
 * read from a finding or a config file finds nothing it did not put there.
 */
export function ownMap<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const map = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) map[key] = value;
  return map;
}
