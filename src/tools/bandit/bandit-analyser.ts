import type { Analyser } from "../../core/analyser.js";
import { createPythonToolAnalyser, type PythonToolOptions } from "../shared/python-tool-analyser.js";
import { parseBanditJson } from "./parse-bandit.js";
import { banditTableRules } from "./rule-table.js";

export type BanditOptions = PythonToolOptions;

/**
 * Bandit, run with its built-in profile only. It is given file paths, never
 * a directory: bandit looks for a project's `.bandit` file only while walking
 * directories, so the reviewed repository cannot configure it.
 */
export function createBanditAnalyser(options: BanditOptions = {}): Analyser {
  return createPythonToolAnalyser(
    {
      id: "bandit",
      defaultCommand: "bandit",
      installHint: "bandit is not installed; apt-get install bandit (or pip install bandit)",
      // --quiet keeps log lines away from the JSON on stdout.
      args: (paths) => ["--format", "json", "--quiet", ...paths],
      // 0: nothing found, 1: issues found; anything else (2: bad arguments or config) is a failure.
      ranNormally: (code) => code === 0 || code === 1,
      parse: parseBanditJson,
      tableRules: banditTableRules,
    },
    options,
  );
}
