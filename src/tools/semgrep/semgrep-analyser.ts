import { isAbsolute } from "node:path";
import type { Analyser, AnalyserInput, AnalyserOutput } from "../../core/analyser.js";
import { isCodeLanguage } from "../../core/language.js";
import { whichCommand } from "../../platform/process.js";
import { pathArgument } from "../shared/paths.js";
import { runInBatches, stderrTail } from "../shared/run-batches.js";
import { emptyParsed, mergeParsed, toAnalyserOutput } from "../shared/tool-output.js";
import { toolSettings } from "../shared/tool-settings.js";
import { parseSemgrepJson } from "./parse-semgrep.js";

const ID = "semgrep";

export interface SemgrepOptions {
  /**
   * Rule files or directories the operator chose (`--config` for each). Never
   * the registry (`--config auto` needs the network and sends metadata out),
   * never the reviewed repository's own rules.
   */
  readonly configs?: readonly string[];
  readonly command?: string;
  readonly batch?: { readonly maxFiles: number; readonly maxChars: number };
}

export function createSemgrepAnalyser(options: SemgrepOptions = {}): Analyser {
  const configs = options.configs ?? [];
  return {
    id: ID,
    kind: "external",
    availability: async () => {
      if (configs.length === 0)
        return "semgrep has no rules configured; the operator must name local rule files (semgrep configs)";
      const notLocal = configs.find((config) => !isAbsolute(config));
      // A relative path would be looked up in the reviewed repository, and "p/…" or a URL is the network.
      if (notLocal !== undefined)
        return `semgrep configs must be absolute paths to local rule files, not "${notLocal}"`;
      return (await whichCommand(options.command ?? "semgrep")) === undefined
        ? "semgrep is not installed; pip install semgrep"
        : null;
    },
    analyse: (input) => analyse(input, options, configs),
  };
}

async function analyse(
  input: AnalyserInput,
  options: SemgrepOptions,
  configs: readonly string[],
): Promise<AnalyserOutput> {
  if (configs.length === 0 || configs.some((config) => !isAbsolute(config))) {
    throw new Error("semgrep needs absolute paths to local rule files");
  }
  const settings = toolSettings(input.config, ID, options.command ?? "semgrep");
  const files = input.files.filter((file) => isCodeLanguage(file.language));
  const parsed = emptyParsed();
  const outcomes = await runInBatches({
    tool: ID,
    command: settings.command,
    paths: files.map((file) => file.path),
    pathArg: pathArgument,
    args: (paths) => [
      "scan",
      "--json",
      "--metrics=off",
      "--disable-version-check",
      // Scope already chose the files; semgrep should not drop untracked ones.
      "--no-git-ignore",
      ...configs.flatMap((config) => ["--config", config]),
      "--",
      ...paths,
    ],
    cwd: input.root,
    timeoutMs: settings.timeoutMs,
    signal: input.signal,
    progress: input.progress,
    ...(options.batch === undefined ? {} : { batch: options.batch }),
  });
  for (const { result } of outcomes) {
    // 0: done, 1: findings with --error; higher codes still print JSON for
    // per-file problems, so the output decides, and no output is a failure.
    if (result.stdout.trim() === "") {
      throw new Error(
        `semgrep exited with ${String(result.exitCode)} and no output: ${stderrTail(result.stderr)}`,
      );
    }
    mergeParsed(parsed, parseSemgrepJson(result.stdout, input.root, files));
  }
  return toAnalyserOutput(
    files.map((file) => file.path),
    parsed,
  );
}
