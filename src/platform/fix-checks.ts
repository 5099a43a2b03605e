import { cp, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { cancelledError, throwIfCancelled } from "../core/errors.js";
import { exists } from "./fs-entries.js";
import { runProcess } from "./process.js";

/** A program and its arguments, run without a shell. */
export interface CheckCommand {
  readonly command: string;
  readonly args: readonly string[];
}

/**
 * The heavier checks. They come only from the operator's configuration (user
 * config, environment, command line), never from the reviewed repository:
 * running a repository's own test command would run its code.
 */
export interface FixCheckOptions {
  /** Python interpreter for `-m py_compile` on changed .py files. */
  readonly python?: string;
  /** TypeScript compiler, run as `<tsc> --noEmit -p tsconfig.json` when the project has one. */
  readonly typescript?: string;
  /** The project's tests, run from the copy's root. */
  readonly testCommand?: CheckCommand;
  /** Per check run. */
  readonly timeoutMs: number;
}

/** The file texts (repository-relative path → full text) with the given fixes applied. */
export type Materialise = (ids: readonly string[]) => Promise<ReadonlyMap<string, string>>;

export interface CheckVerdict {
  /** Undefined when the check did not run (not configured, or it fails without any fix). */
  readonly languageCheck?: boolean;
  readonly tests?: boolean;
  readonly reasons: readonly string[];
}

export interface FixCheckReport {
  readonly verdicts: ReadonlyMap<string, CheckVerdict>;
  /** How many times the checks ran (1 when the batch passed, more when bisecting). */
  readonly runs: number;
  readonly notes: readonly string[];
}

const CHECKS = ["language", "tests"] as const;
type Check = (typeof CHECKS)[number];
const VERDICT_KEY = { language: "languageCheck", tests: "tests" } as const;
const CHECK_NAME: Record<Check, string> = { language: "the language check", tests: "the test command" };

/** Per check: true when it passed, why it failed, absent when it did not run. */
type RunOutcome = Partial<Record<Check, string | true>>;

/** Why each failed check failed, in {@link CHECKS} order. */
function failures(outcome: RunOutcome): { check: Check; reason: string }[] {
  return CHECKS.flatMap((check) => {
    const result = outcome[check];
    return typeof result === "string" ? [{ check, reason: result }] : [];
  });
}

function passed(outcome: RunOutcome): boolean {
  return failures(outcome).length === 0;
}

export function hasChecks(options: FixCheckOptions): boolean {
  return (
    options.python !== undefined || options.typescript !== undefined || options.testCommand !== undefined
  );
}

/**
 * Runs the configured checks once on the whole batch of fixes in a temporary
 * copy of the repository. When the batch fails, the unmodified copy is
 * checked: a check that already fails there says nothing about the fixes and
 * is skipped; otherwise the batch is bisected to the fixes that break it.
 */
export async function runFixChecks(
  root: string,
  ids: readonly string[],
  materialise: Materialise,
  options: FixCheckOptions,
  signal?: AbortSignal,
): Promise<FixCheckReport> {
  const verdicts = new Map<string, CheckVerdict>();
  if (!hasChecks(options) || ids.length === 0) return { verdicts, runs: 0, notes: [] };
  const copy = await copyRepository(root);
  let runs = 0;
  const notes: string[] = [];
  const run = async (subset: readonly string[]): Promise<RunOutcome> => {
    throwIfCancelled(signal, "the fix checks");
    runs++;
    return checkIn(copy, await materialise(subset), options, signal);
  };
  try {
    const whole = await run(ids);
    // A check that fails without any fix says nothing about the fixes.
    const unusable = passed(whole) ? [] : failures(await run([]));
    for (const { check, reason } of unusable)
      notes.push(`${CHECK_NAME[check]} fails without any fix, so it was not used: ${reason}`);
    const skipped = new Set(unusable.map((f) => f.check));
    const effective = (o: RunOutcome): RunOutcome => {
      const kept: RunOutcome = {};
      for (const check of CHECKS) {
        const result = o[check];
        if (result !== undefined && !skipped.has(check)) kept[check] = result;
      }
      return kept;
    };
    const failing = new Map<string, RunOutcome>();
    const bisect = async (subset: readonly string[], outcome: RunOutcome): Promise<void> => {
      if (passed(outcome)) return;
      if (subset.length === 1) {
        failing.set(subset[0]!, outcome);
        return;
      }
      const half = Math.ceil(subset.length / 2);
      const parts = [subset.slice(0, half), subset.slice(half)];
      const outcomes = [];
      for (const part of parts) outcomes.push(effective(await run(part)));
      if (outcomes.every(passed)) {
        // Each half passes alone: the failure needs fixes from both, so none of them is kept.
        for (const id of subset) failing.set(id, outcome);
        return;
      }
      for (let i = 0; i < parts.length; i++) await bisect(parts[i]!, outcomes[i]!);
    };
    const judged = effective(whole);
    await bisect(ids, judged);
    const used = CHECKS.filter((check) => judged[check] !== undefined);
    for (const id of ids) {
      const outcome = failing.get(id) ?? {};
      const failed = failures(outcome);
      const ran: { languageCheck?: boolean; tests?: boolean } = {};
      for (const check of used) ran[VERDICT_KEY[check]] = !failed.some((f) => f.check === check);
      verdicts.set(id, { ...ran, reasons: failed.map((f) => f.reason) });
    }
    return { verdicts, runs, notes };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** A copy without .git; node_modules is linked, not copied (the compiler and tests need it, never change it). */
async function copyRepository(root: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), "cg-fixcheck-"));
  const modules = join(root, "node_modules");
  await cp(root, copy, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => source === root || (basename(source) !== ".git" && source !== modules),
  });
  const isDir = await stat(modules).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isDir) await symlink(modules, join(copy, "node_modules"));
  return copy;
}

/** Writes the patched files, runs the checks, and puts the original texts back for the next run. */
async function checkIn(
  copy: string,
  files: ReadonlyMap<string, string>,
  options: FixCheckOptions,
  signal: AbortSignal | undefined,
): Promise<RunOutcome> {
  const originals = new Map<string, Buffer>();
  for (const [path, text] of files) {
    const target = join(copy, path);
    originals.set(path, await readFile(target));
    await writeFile(target, text);
  }
  try {
    const language = await languageCheck(copy, [...files.keys()], options, signal);
    const tests = options.testCommand
      ? await runCheck(copy, options.testCommand, options.timeoutMs, signal)
      : undefined;
    return { ...(language === undefined ? {} : { language }), ...(tests === undefined ? {} : { tests }) };
  } finally {
    for (const [path, bytes] of originals) await writeFile(join(copy, path), bytes);
  }
}

async function languageCheck(
  copy: string,
  changed: readonly string[],
  options: FixCheckOptions,
  signal: AbortSignal | undefined,
): Promise<string | true | undefined> {
  let ran = false;
  if (options.python !== undefined) {
    const python = changed.filter((p) => p.endsWith(".py"));
    if (python.length > 0) {
      ran = true;
      const result = await runCheck(
        copy,
        { command: options.python, args: ["-m", "py_compile", ...python] },
        options.timeoutMs,
        signal,
      );
      if (result !== true) return `py_compile: ${result}`;
    }
  }
  if (options.typescript !== undefined && (await exists(join(copy, "tsconfig.json")))) {
    ran = true;
    const result = await runCheck(
      copy,
      { command: options.typescript, args: ["--noEmit", "-p", "tsconfig.json"] },
      options.timeoutMs,
      signal,
    );
    if (result !== true) return `tsc: ${result}`;
  }
  return ran ? true : undefined;
}

/** true, or why it failed: the first lines of its output. A cancel rejects (CG_CANCELLED), never a verdict. */
async function runCheck(
  cwd: string,
  check: CheckCommand,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<string | true> {
  let result;
  try {
    result = await runProcess(check.command, check.args, {
      cwd,
      timeoutMs,
      maxOutputBytes: 1024 * 1024,
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    if (signal?.aborted === true) throw cancelledError(`${check.command} (a fix check)`);
    return `${check.command} could not start (${error instanceof Error ? error.message : String(error)})`;
  }
  if (result.timedOut) return `${check.command} timed out after ${Math.round(timeoutMs / 1000)} s`;
  if (result.exitCode === 0) return true;
  const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(0, 3).join(" | ");
  return `${check.command} exited with ${String(result.exitCode)}${output ? `: ${output}` : ""}`;
}
