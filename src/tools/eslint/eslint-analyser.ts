import { posix } from "node:path";
import type { Analyser, AnalyserInput, AnalyserOutput } from "../../core/analyser.js";
import { JS_FAMILY } from "../../core/language.js";
import { nodeExecutable, resolvePackageUrl, usableCores } from "../../platform/process.js";
import { runInBatches, stderrTail, type BatchOutcome, type BatchSpec } from "../shared/run-batches.js";
import { emptyParsed, mergeParsed, toAnalyserOutput } from "../shared/tool-output.js";
import { toolSettings } from "../shared/tool-settings.js";
import { CHILD_ERROR_PREFIX, ESLINT_CHILD_SCRIPT } from "./child-script.js";
import { parseEslintOutput } from "./parse-eslint.js";
import { eslintRuleSet, eslintTableRules } from "./rule-table.js";

const ID = "eslint";

/**
 * File contents travel on stdin, so batches are bounded by size rather than
 * command-line length. Loading ESLint and typescript-eslint costs a child
 * about a second, so batches are large and run on every core: with 100 files
 * a child, 50,000 small files took longer than the default time limit
 * (docs/tools.md).
 */
const BATCH = { maxFiles: 2_000, maxChars: 4_000_000 };

export interface EslintOptions {
  readonly batch?: { readonly maxFiles: number; readonly maxChars: number };
  /** Children at once; default: one per core. */
  readonly parallel?: number;
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
  const spec: BatchSpec = {
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
    parallel: options.parallel ?? usableCores(),
  };
  const parsed = emptyParsed();
  const known = new Set(byPath.keys());
  let probe: Promise<boolean> | undefined;
  const eslintRuns = (): Promise<boolean> => {
    probe ??= runAlone(spec, [PROBE]).then((o) => o.result.exitCode === 0);
    return probe;
  };
  for (const outcome of await runInBatches(spec)) {
    for (const output of await settleBatch(spec, outcome, eslintRuns)) {
      mergeParsed(parsed, parseEslintOutput(output, known));
    }
  }
  return toAnalyserOutput(
    files.map((file) => file.path),
    parsed,
    // With the project's configuration we cannot know its rule set; only what it reported counts.
    settings.useProjectConfig ? [] : eslintTableRules(),
  );
}

/** A file name no repository file has: linting it (empty) tells whether ESLint runs at all. */
const PROBE = "codeguardian-eslint-probe.js";

/**
 * The outputs of a batch. When its child failed as a whole (a file that
 * exhausts ESLint's stack outside its per-file guard, for one), an empty
 * probe file is linted first: if that fails too, ESLint cannot run here and
 * the analyser fails. Otherwise the batch is split in halves, each run again,
 * until the failing files stand alone; each becomes a per-file notice and the
 * other files keep their results, so one hostile file cannot cost the analyser.
 */
async function settleBatch(
  spec: BatchSpec,
  outcome: BatchOutcome,
  eslintRuns: () => Promise<boolean>,
): Promise<string[]> {
  if (outcome.result.exitCode === 0) return [outcome.result.stdout];
  const reason = failureReason(outcome);
  if (!(await eslintRuns()))
    throw new Error(`eslint failed (exit ${String(outcome.result.exitCode)}): ${reason}`);
  if (outcome.paths.length === 1) return [JSON.stringify([fileFailure(outcome.paths[0]!, reason)])];
  const half = Math.ceil(outcome.paths.length / 2);
  const outputs: string[] = [];
  for (const part of [outcome.paths.slice(0, half), outcome.paths.slice(half)]) {
    const rerun = await runAlone(spec, part);
    outputs.push(...(await settleBatch(spec, rerun, eslintRuns)));
  }
  return outputs;
}

/** One child for exactly these files. */
async function runAlone(spec: BatchSpec, paths: readonly string[]): Promise<BatchOutcome> {
  const [outcome] = await runInBatches({
    ...spec,
    paths,
    batch: { maxFiles: paths.length, maxChars: Number.MAX_SAFE_INTEGER },
    parallel: 1,
    progress: () => undefined,
  });
  if (!outcome) throw new Error("eslint was stopped before it finished");
  return outcome;
}

function failureReason(outcome: BatchOutcome): string {
  const line = outcome.result.stderr.split("\n").find((l) => l.startsWith(CHILD_ERROR_PREFIX));
  return line?.slice(CHILD_ERROR_PREFIX.length) ?? stderrTail(outcome.result.stderr);
}

/** The child's own shape for a file it could not check, so the parser turns it into a per-file notice. */
function fileFailure(path: string, reason: string): object {
  const message = `ESLint failed on this file: ${reason}`;
  return {
    path,
    ignored: false,
    messages: [
      { ruleId: null, severity: 2, message, line: 1, column: 1, endLine: null, endColumn: null, fatal: true },
    ],
  };
}
