import { posix } from "node:path";
import type { Analyser, AnalyserInput, AnalyserOutput } from "../../core/analyser.js";
import { JS_FAMILY } from "../../core/language.js";
import { nodeExecutable, resolvePackageUrl } from "../../platform/process.js";
import { runInBatches, stderrTail } from "../shared/run-batches.js";
import { emptyParsed, mergeParsed, toAnalyserOutput } from "../shared/tool-output.js";
import { toolSettings } from "../shared/tool-settings.js";
import { CHILD_ERROR_PREFIX, ESLINT_CHILD_SCRIPT } from "./child-script.js";
import { parseEslintOutput } from "./parse-eslint.js";
import { eslintRuleSet, eslintTableRules } from "./rule-table.js";

const ID = "eslint";

/** File contents travel on stdin, so batches are bounded by size rather than command-line length. */
const BATCH = { maxFiles: 100, maxChars: 1_000_000 };

export interface EslintOptions {
  readonly batch?: { readonly maxFiles: number; readonly maxChars: number };
}

/**
 * ESLint from CodeGuardian's own dependencies, with CodeGuardian's rule set
 * (see rule-table.ts). The project's own configuration is used only when the
 * operator sets `analysers.eslint.use_project_config`.
 */
export function createEslintAnalyser(options: EslintOptions = {}): Analyser {
  return {
    id: ID,
    kind: "external",
    availability: () => Promise.resolve(missingModules()),
    analyse: (input) => analyse(input, options),
  };
}

function missingModules(): string | null {
  const missing = ["eslint", "typescript-eslint"].filter((name) => resolvePackageUrl(name) === undefined);
  return missing.length === 0
    ? null
    : `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not installed; npm i eslint typescript-eslint`;
}

async function analyse(input: AnalyserInput, options: EslintOptions): Promise<AnalyserOutput> {
  const unavailable = missingModules();
  if (unavailable !== null) throw new Error(unavailable);
  const settings = toolSettings(input.config, ID, nodeExecutable());
  const files = input.files.filter((file) => (JS_FAMILY as readonly string[]).includes(file.language));
  const byPath = new Map(files.map((file) => [file.path, file]));
  const job = {
    eslintUrl: resolvePackageUrl("eslint"),
    typescriptEslintUrl: resolvePackageUrl("typescript-eslint"),
    cwd: input.root,
    useProjectConfig: settings.useProjectConfig,
    rules: eslintRuleSet(),
  };
  const outcomes = await runInBatches({
    tool: ID,
    // ESLint is a library here: the operator's `command` setting does not apply.
    command: nodeExecutable(),
    paths: files.map((file) => file.path),
    pathArg: (path) => path,
    args: () => ["--input-type=module", "--eval", ESLINT_CHILD_SCRIPT],
    input: (paths) =>
      JSON.stringify({
        ...job,
        files: paths.map((path) => ({
          path,
          absolutePath: posix.join(input.root, path),
          text: byPath.get(path)?.text ?? "",
        })),
      }),
    cwd: input.root,
    timeoutMs: settings.timeoutMs,
    signal: input.signal,
    progress: input.progress,
    batch: options.batch ?? BATCH,
  });
  const parsed = emptyParsed();
  const known = new Set(byPath.keys());
  for (const { result } of outcomes) {
    if (result.exitCode !== 0) {
      const reason = result.stderr.split("\n").find((line) => line.startsWith(CHILD_ERROR_PREFIX));
      throw new Error(
        `eslint failed (exit ${String(result.exitCode)}): ${reason?.slice(CHILD_ERROR_PREFIX.length) ?? stderrTail(result.stderr)}`,
      );
    }
    mergeParsed(parsed, parseEslintOutput(result.stdout, known));
  }
  return toAnalyserOutput(
    files.map((file) => file.path),
    parsed,
    // With the project's configuration we cannot know its rule set; only what it reported counts.
    settings.useProjectConfig ? [] : eslintTableRules(),
  );
}
