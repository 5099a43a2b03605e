import type { Analyser } from "../core/analyser.js";
import type { ResolvedConfig } from "../core/config.js";
import { createToolAnalysers } from "../tools/index.js";
import { createRulesAnalyser } from "../workers/rules-analyser.js";
import type { RulesPool } from "../workers/rules-pool.js";
import { secretsInSkippedFile, SKIPPED_SECRETS_META } from "../rules/text/lib/stream-secrets.js";
import { createSkippedSecretsAnalyser } from "../tools/skipped-secrets.js";

/** Every analyser the CLI knows; the configuration decides which run. */
export function createAnalysers(config: ResolvedConfig, rulesPool: RulesPool): Analyser[] {
  const command = (id: string): string | undefined => config.analysers[id]?.command;
  const commands: Partial<Record<"bandit" | "pylint" | "semgrep", string>> = {};
  for (const id of ["bandit", "pylint", "semgrep"] as const) {
    const c = command(id);
    if (c !== undefined) commands[id] = c;
  }
  // The scan of skipped files is the rule engine's secret rules by other means: it runs when they do.
  const rulesOn = config.analysers.rules?.enabled !== false;
  return [
    createRulesAnalyser({ pool: rulesPool }),
    ...(rulesOn
      ? [createSkippedSecretsAnalyser({ scan: secretsInSkippedFile, meta: SKIPPED_SECRETS_META })]
      : []),
    ...createToolAnalysers({ commands, semgrepConfigs: config.analysers.semgrep?.configs ?? [] }),
  ];
}
