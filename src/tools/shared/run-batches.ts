import type { ProgressSink } from "../../core/progress.js";
import { runProcess, toolEnvironment, type RunResult } from "../../platform/process.js";
import { batchArguments, DEFAULT_BATCH } from "./batches.js";

export interface BatchSpec {
  /** Analyser id, for messages and progress. */
  readonly tool: string;
  readonly command: string;
  /** Repository-relative paths to analyse. */
  readonly paths: readonly string[];
  /** The full argument list for one batch of path arguments. */
  readonly args: (pathArgs: readonly string[]) => readonly string[];
  /** Turns a path into its command-line form; identity when paths travel by stdin. */
  readonly pathArg: (path: string) => string;
  /** Standard input for one batch (paths as JSON, for example). */
  readonly input?: (paths: readonly string[]) => string;
  readonly cwd: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  readonly progress: ProgressSink;
  /** Defaults to {@link toolEnvironment}: no secrets of ours reach the tool. */
  readonly env?: NodeJS.ProcessEnv;
  readonly batch?: { readonly maxFiles: number; readonly maxChars: number };
  /** How many batches may run at once (default 1: one after another). */
  readonly parallel?: number;
}

export interface BatchOutcome {
  /** Repository-relative paths of this batch. */
  readonly paths: readonly string[];
  readonly result: RunResult;
}

/**
 * Runs a tool over its files in batches, at most `parallel` at a time, within
 * one overall time limit; outcomes come back in batch order. A timeout or
 * output past the cap fails the whole run: half a tool's output read as
 * complete would be a silent loss.
 */
export async function runInBatches(spec: BatchSpec): Promise<BatchOutcome[]> {
  // One budget for all batches; the timer is a signal, so no clock is read here. The
  // pipeline's own timer for the same limit starts earlier and so settles its race
  // first (reported as "timed out"); this one ends the processes and serves direct callers.
  const overall = AbortSignal.timeout(spec.timeoutMs);
  // When one batch fails, the batches still running are ended with it.
  const failed = new AbortController();
  const signal = AbortSignal.any([spec.signal, overall, failed.signal]);
  const byArg = new Map(spec.paths.map((path) => [spec.pathArg(path), path]));
  const batches = batchArguments([...byArg.keys()], spec.batch ?? DEFAULT_BATCH);
  const outcomes: (BatchOutcome | undefined)[] = batches.map(() => undefined);
  let done = 0;
  let next = 0;
  const runOne = async (pathArgs: readonly string[]): Promise<BatchOutcome> => {
    const paths = pathArgs.map((arg) => byArg.get(arg) ?? arg);
    let result: RunResult;
    try {
      result = await runProcess(spec.command, spec.args(pathArgs), {
        cwd: spec.cwd,
        timeoutMs: spec.timeoutMs,
        signal,
        env: spec.env ?? toolEnvironment(),
        ...(spec.input === undefined ? {} : { input: spec.input(paths) }),
      });
    } catch (error) {
      if (overall.aborted && !spec.signal.aborted) throw timedOut(spec);
      throw error;
    }
    if (result.timedOut) throw timedOut(spec);
    if (result.truncated)
      throw new Error(`${spec.tool} wrote more output than CodeGuardian accepts; nothing from it was used`);
    for (const path of paths) {
      done += 1;
      spec.progress({ kind: "file", analyser: spec.tool, file: path, done, total: spec.paths.length });
    }
    return { paths, result };
  };
  // Each lane takes the next batch until none is left; one lane failing fails the run.
  const lane = async (): Promise<void> => {
    while (next < batches.length && !failed.signal.aborted) {
      const index = next++;
      try {
        outcomes[index] = await runOne(batches[index]!);
      } catch (error) {
        failed.abort();
        throw error;
      }
    }
  };
  const lanes = Math.max(1, Math.min(spec.parallel ?? 1, batches.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  const complete = outcomes.filter((o): o is BatchOutcome => o !== undefined);
  if (complete.length < batches.length) {
    if (overall.aborted && !spec.signal.aborted) throw timedOut(spec);
    throw new Error(`${spec.tool} was stopped before it finished`);
  }
  return complete;
}

function timedOut(spec: BatchSpec): Error {
  const limit =
    spec.timeoutMs >= 1000 ? `${Math.round(spec.timeoutMs / 100) / 10} s` : `${spec.timeoutMs} ms`;
  const error = new Error(`${spec.tool} timed out after ${limit}`);
  error.name = "TimeoutError";
  return error;
}

/** The last few lines of a tool's stderr, for a failure message. */
export function stderrTail(stderr: string, lines = 3): string {
  const tail = stderr.trim().split("\n").slice(-lines).join(" | ");
  return tail.length > 400 ? `${tail.slice(0, 400)}…` : tail;
}
