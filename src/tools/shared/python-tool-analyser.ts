import type { Analyser, AnalyserInput, AnalyserOutput } from "../../core/analyser.js";
import type { RuleMeta } from "../../core/rule-meta.js";
import { whichCommand } from "../../platform/process.js";
import { pathArgument } from "./paths.js";
import { runInBatches, stderrTail } from "./run-batches.js";
import { emptyParsed, mergeParsed, toAnalyserOutput, type ParsedToolOutput } from "./tool-output.js";
import { toolSettings } from "./tool-settings.js";

/** What differs between the Python linters we run on batches of files (bandit, pylint). */
export interface PythonToolSpec {
  readonly id: string;
  readonly defaultCommand: string;
  readonly installHint: string;
  /** Arguments for one batch of repository-relative paths. */
  args(paths: readonly string[]): string[];
  /** Whether an exit status means the tool ran (findings or not) rather than failed. */
  ranNormally(exitCode: number | null): boolean;
  parse(stdout: string, root: string, texts: ReadonlyMap<string, string>): ParsedToolOutput;
  tableRules(): RuleMeta[];
}

export interface PythonToolOptions {
  /** Executable (operator setting); the tool's name on PATH by default. */
  readonly command?: string;
  /** Batch limits; the defaults keep command lines short. */
  readonly batch?: { readonly maxFiles: number; readonly maxChars: number };
}

/** An analyser that runs a Python linter over the Python files in batches and parses its JSON. */
export function createPythonToolAnalyser(spec: PythonToolSpec, options: PythonToolOptions = {}): Analyser {
  const command = options.command ?? spec.defaultCommand;
  return {
    id: spec.id,
    kind: "external",
    availability: async () => ((await whichCommand(command)) === undefined ? spec.installHint : null),
    analyse: (input) => analyse(spec, input, command, options),
  };
}

async function analyse(
  spec: PythonToolSpec,
  input: AnalyserInput,
  command: string,
  options: PythonToolOptions,
): Promise<AnalyserOutput> {
  const settings = toolSettings(input.config, spec.id, command);
  const files = input.files.filter((file) => file.language === "python");
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const parsed = emptyParsed();
  const outcomes = await runInBatches({
    tool: spec.id,
    command: settings.command,
    paths: files.map((file) => file.path),
    pathArg: pathArgument,
    args: (paths) => spec.args(paths),
    cwd: input.root,
    timeoutMs: settings.timeoutMs,
    signal: input.signal,
    progress: input.progress,
    ...(options.batch === undefined ? {} : { batch: options.batch }),
  });
  for (const { result } of outcomes) {
    if (!spec.ranNormally(result.exitCode)) {
      throw new Error(`${spec.id} exited with ${String(result.exitCode)}: ${stderrTail(result.stderr)}`);
    }
    mergeParsed(parsed, spec.parse(result.stdout, input.root, texts));
  }
  return toAnalyserOutput(
    files.map((file) => file.path),
    parsed,
    spec.tableRules(),
  );
}
