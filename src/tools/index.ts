import type { Analyser } from "../core/analyser.js";
import { createBanditAnalyser } from "./bandit/bandit-analyser.js";
import { createEslintAnalyser } from "./eslint/eslint-analyser.js";
import { createPylintAnalyser } from "./pylint/pylint-analyser.js";
import { createSemgrepAnalyser } from "./semgrep/semgrep-analyser.js";

export interface ToolAnalyserOptions {
  /** Operator-set executables by analyser id (`analysers.<id>.command`). */
  readonly commands?: Readonly<Partial<Record<"bandit" | "pylint" | "semgrep", string>>>;
  /** Operator-named semgrep rule files; without them semgrep is unavailable. */
  readonly semgrepConfigs?: readonly string[];
}

/** The external analysers, in a stable order: bandit, pylint, eslint, semgrep. */
export function createToolAnalysers(options: ToolAnalyserOptions = {}): Analyser[] {
  const commands = options.commands ?? {};
  return [
    createBanditAnalyser(commands.bandit === undefined ? {} : { command: commands.bandit }),
    createPylintAnalyser(commands.pylint === undefined ? {} : { command: commands.pylint }),
    createEslintAnalyser(),
    createSemgrepAnalyser({
      configs: options.semgrepConfigs ?? [],
      ...(commands.semgrep === undefined ? {} : { command: commands.semgrep }),
    }),
  ];
}

export { createBanditAnalyser, createEslintAnalyser, createPylintAnalyser, createSemgrepAnalyser };
export { parseBanditJson } from "./bandit/parse-bandit.js";
export { parsePylintJson } from "./pylint/parse-pylint.js";
export { parseSemgrepJson } from "./semgrep/parse-semgrep.js";
