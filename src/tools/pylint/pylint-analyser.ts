import type { Analyser } from "../../core/analyser.js";
import { createPythonToolAnalyser, type PythonToolOptions } from "../shared/python-tool-analyser.js";
import { parsePylintJson } from "./parse-pylint.js";
import { pylintTableRules } from "./rule-table.js";

/**
 * Our whole pylint configuration. `--rcfile=/dev/null` is the point: without
 * it pylint reads the reviewed repository's pylintrc, setup.cfg or
 * pyproject.toml, whose `init-hook` and `load-plugins` run arbitrary code.
 * An explicit empty rc file stops that search (checked in the tests).
 */
export const PYLINT_ARGS: readonly string[] = [
  "--rcfile=/dev/null",
  "--output-format=json",
  "--persistent=n",
  "--score=n",
  "--reports=n",
  "--jobs=1",
  "--disable=all",
  "--enable=E,W",
  // Missing third-party packages are the review machine's state, not the code's fault.
  "--disable=import-error,no-name-in-module,fixme,unused-argument,unnecessary-pass,pointless-string-statement",
  // A project's "# pylint: disable=<its plugin's message>" is not a finding about its code.
  "--disable=unknown-option-value",
];

/** pylint's exit status is a bit mask; 32 means it could not run at all. */
const USAGE_ERROR = 32;

export type PylintOptions = PythonToolOptions;

export function createPylintAnalyser(options: PylintOptions = {}): Analyser {
  return createPythonToolAnalyser(
    {
      id: "pylint",
      defaultCommand: "pylint",
      installHint: "pylint is not installed; apt-get install pylint (or pip install pylint)",
      args: (paths) => [...PYLINT_ARGS, "--", ...paths],
      // Bits 1-16 (fatal, error, warning, refactor, convention) only say which kinds of message were written.
      ranNormally: (code) => code !== null && code < 64 && (code & USAGE_ERROR) === 0,
      parse: parsePylintJson,
      tableRules: pylintTableRules,
    },
    options,
  );
}
