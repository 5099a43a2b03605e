import type { ConfigInput, ResolvedConfig } from "../core/config.js";
import { configFromEnv } from "../config/env-config.js";
import { validateConfig } from "../config/parse-config.js";
import { resolveConfig, type ConfigLayer } from "../config/resolve-config.js";
import { loadConfigFile, loadRepoConfig } from "../platform/config-files.js";
import { userConfigPath } from "../platform/env.js";
import { BUILTIN_RULES } from "../rules/registry.js";

export interface OperatorLayers {
  readonly user?: ConfigLayer;
  readonly env: ConfigLayer;
  readonly flags: ConfigLayer;
}

/** The operator's layers (user file, environment, flags): known before any repository is read. */
export async function loadOperatorLayers(
  env: Readonly<Record<string, string | undefined>>,
  flags: Record<string, unknown>,
): Promise<OperatorLayers> {
  const userPath = userConfigPath(env);
  const user = await loadConfigFile(userPath, "operator", false);
  return {
    ...(user ? { user: { source: userPath, input: user } } : {}),
    env: { source: "environment", input: configFromEnv(env) },
    flags: { source: "command line", input: validateConfig(flags, "command line", "operator") },
  };
}

export function operatorConfig(layers: OperatorLayers): ResolvedConfig {
  return resolveConfig([...(layers.user ? [layers.user] : []), layers.env, layers.flags]);
}

/**
 * defaults < repository file (or --config) < project settings < operator
 * (user file < environment < flags), docs/configuration.md "Precedence and
 * locks". The repository layer is validated as untrusted: operator-only keys
 * refused, limits bounded by the layers above, locked keys only tightened,
 * disables recorded.
 */
export async function loadReviewConfig(
  root: string,
  explicitConfig: string | undefined,
  layers: OperatorLayers,
  /** A team project's stored settings (validated with trust "project"); absent for the CLI. */
  project?: ConfigLayer,
): Promise<{ config: ResolvedConfig; repoConfigPath?: string }> {
  let repo: { path: string; input: ConfigInput } | undefined;
  if (explicitConfig !== undefined) {
    const input = await loadConfigFile(explicitConfig, "repository", true);
    if (input) repo = { path: explicitConfig, input };
  } else {
    repo = await loadRepoConfig(root);
  }
  const config = resolveConfig(
    [
      ...(repo ? [{ source: repo.path, input: repo.input, trust: "repository" as const }] : []),
      ...(project ? [{ ...project, trust: "project" as const }] : []),
      ...(layers.user ? [layers.user] : []),
      layers.env,
      layers.flags,
    ],
    { ruleIds: new Set(BUILTIN_RULES.map((rule) => rule.meta.id)) },
  );
  return { config, ...(repo ? { repoConfigPath: repo.path } : {}) };
}
