import type { Analyser, AnalyserInput, AnalyserOutput } from "../../core/analyser.js";
import { whichCommand } from "../../platform/process.js";
import { pathArgument } from "../shared/paths.js";
import { runInBatches, stderrTail } from "../shared/run-batches.js";
import { emptyParsed, mergeParsed, toAnalyserOutput } from "../shared/tool-output.js";
import { pylintTableRules } from "./rule-table.js";
import { toolSettings } from "../shared/tool-settings.js";
import { parsePylintJson } from "./parse-pylint.js";

const ID = "pylint";

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

export interface PylintOptions {
  readonly command?: string;
  readonly batch?: { readonly maxFiles: number; readonly maxChars: number };
}

export function createPylintAnalyser(options: PylintOptions = {}): Analyser {
  return {
    id: ID,
    kind: "external",
    availability: async () =>
      (await whichCommand(options.command ?? "pylint")) === undefined
        ? "pylint is not installed; apt-get install pylint (or pip install pylint)"
        : null,
    analyse: (input) => analyse(input, options),
  };
}

async function analyse(input: AnalyserInput, options: PylintOptions): Promise<AnalyserOutput> {
  const settings = toolSettings(input.config, ID, options.command ?? "pylint");
  const files = input.files.filter((file) => file.language === "python");
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const parsed = emptyParsed();
  const outcomes = await runInBatches({
    tool: ID,
    command: settings.command,
    paths: files.map((file) => file.path),
    pathArg: pathArgument,
    args: (paths) => [...PYLINT_ARGS, "--", ...paths],
    cwd: input.root,
    timeoutMs: settings.timeoutMs,
    signal: input.signal,
    progress: input.progress,
    ...(options.batch === undefined ? {} : { batch: options.batch }),
  });
  for (const { result } of outcomes) {
    if (result.exitCode === null || result.exitCode >= 64 || (result.exitCode & USAGE_ERROR) !== 0) {
      throw new Error(`pylint exited with ${String(result.exitCode)}: ${stderrTail(result.stderr)}`);
    }
    // Bits 1-16 (fatal, error, warning, refactor, convention) only say which kinds of message were written.
    mergeParsed(parsed, parsePylintJson(result.stdout, input.root, texts));
  }
  return toAnalyserOutput(
    files.map((file) => file.path),
    parsed,
    pylintTableRules(),
  );
}
