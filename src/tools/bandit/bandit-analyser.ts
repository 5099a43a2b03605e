import type { Analyser, AnalyserInput, AnalyserOutput } from "../../core/analyser.js";
import { whichCommand } from "../../platform/process.js";
import { pathArgument } from "../shared/paths.js";
import { runInBatches, stderrTail } from "../shared/run-batches.js";
import { emptyParsed, mergeParsed, toAnalyserOutput } from "../shared/tool-output.js";
import { banditTableRules } from "./rule-table.js";
import { toolSettings } from "../shared/tool-settings.js";
import { parseBanditJson } from "./parse-bandit.js";

const ID = "bandit";

export interface BanditOptions {
  /** Executable (operator setting); "bandit" on PATH by default. */
  readonly command?: string;
  /** Batch limits; the defaults keep command lines short. */
  readonly batch?: { readonly maxFiles: number; readonly maxChars: number };
}

/**
 * Bandit, run with its built-in profile only. It is given file paths, never
 * a directory: bandit looks for a project's `.bandit` file only while walking
 * directories, so the reviewed repository cannot configure it.
 */
export function createBanditAnalyser(options: BanditOptions = {}): Analyser {
  return {
    id: ID,
    kind: "external",
    availability: async () =>
      (await whichCommand(options.command ?? "bandit")) === undefined
        ? "bandit is not installed; apt-get install bandit (or pip install bandit)"
        : null,
    analyse: (input) => analyse(input, options),
  };
}

async function analyse(input: AnalyserInput, options: BanditOptions): Promise<AnalyserOutput> {
  const settings = toolSettings(input.config, ID, options.command ?? "bandit");
  const files = input.files.filter((file) => file.language === "python");
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const parsed = emptyParsed();
  const outcomes = await runInBatches({
    tool: ID,
    command: settings.command,
    paths: files.map((file) => file.path),
    pathArg: pathArgument,
    // -q keeps the log lines off stdout's neighbour; --format json goes to stdout.
    args: (paths) => ["--format", "json", "--quiet", ...paths],
    cwd: input.root,
    timeoutMs: settings.timeoutMs,
    signal: input.signal,
    progress: input.progress,
    ...(options.batch === undefined ? {} : { batch: options.batch }),
  });
  for (const { result } of outcomes) {
    // 0: nothing found, 1: issues found; anything else (2: bad arguments or config) is a failure.
    if (result.exitCode !== 0 && result.exitCode !== 1) {
      throw new Error(`bandit exited with ${String(result.exitCode)}: ${stderrTail(result.stderr)}`);
    }
    mergeParsed(parsed, parseBanditJson(result.stdout, input.root, texts));
  }
  return toAnalyserOutput(
    files.map((file) => file.path),
    parsed,
    banditTableRules(),
  );
}
