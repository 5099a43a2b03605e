import type { Analyser } from "../core/analyser.js";
import { createRulesAnalyser } from "../workers/rules-pool.js";

/** Every analyser the CLI knows; the configuration decides which run. */
export function createAnalysers(): Analyser[] {
  return [createRulesAnalyser()];
}
