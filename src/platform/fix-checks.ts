import { cp, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
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

interface RunOutcome {
  readonly language?: string | true;
  readonly tests?: string | true;
}

function passed(outcome: RunOutcome): boolean {
  return (
    (outcome.language === undefined || outcome.language === true) &&
    (outcome.tests === undefined || outcome.tests === true)
  );
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
): Promise<FixCheckReport> {
  const verdicts = new Map<string, CheckVerdict>();
  if (!hasChecks(options) || ids.length === 0) return { verdicts, runs: 0, notes: [] };
  const copy = await copyRepository(root);
  let runs = 0;
  const notes: string[] = [];
  const run = async (subset: readonly string[]): Promise<RunOutcome> => {
    runs++;
    return checkIn(copy, await materialise(subset), options);
  };
  try {
    const whole = await run(ids);
    let skipLanguage = false;
    let skipTests = false;
    if (!passed(whole)) {
      const base = await run([]);
      skipLanguage = base.language !== undefined && base.language !== true;
      skipTests = base.tests !== undefined && base.tests !== true;
      if (skipLanguage)
        notes.push(`the language check fails without any fix, so it was not used: ${String(base.language)}`);
      if (skipTests)
        notes.push(`the test command fails without any fix, so it was not used: ${String(base.tests)}`);
    }
    const effective = (o: RunOutcome): RunOutcome => ({
      ...(skipLanguage || o.language === undefined ? {} : { language: o.language }),
      ...(skipTests || o.tests === undefined ? {} : { tests: o.tests }),
    });
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
    await bisect(ids, effective(whole));
    for (const id of ids) {
      const outcome = failing.get(id);
      const language =
        skipLanguage || whole.language === undefined
          ? undefined
          : outcome?.language === undefined || outcome.language === true;
      const tests =
        skipTests || whole.tests === undefined
          ? undefined
          : outcome?.tests === undefined || outcome.tests === true;
      const reasons = [outcome?.language, outcome?.tests].filter((r): r is string => typeof r === "string");
      verdicts.set(id, {
        ...(language === undefined ? {} : { languageCheck: language }),
        ...(tests === undefined ? {} : { tests }),
        reasons,
      });
    }
    return { verdicts, runs, notes };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** A copy without .git; node_modules is linked, not copied (the compiler and tests need it, never change it). */
async function copyRepository(root: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), "cg-fixcheck-"));
  await cp(root, copy, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) =>
      source === root ||
      (basename(source) !== ".git" &&
        !(basename(source) === "node_modules" && source === join(root, "node_modules"))),
  });
  const modules = join(root, "node_modules");
  if (
    await stat(modules).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    await symlink(modules, join(copy, "node_modules"));
  return copy;
}

/** Writes the patched files, runs the checks, and puts the original texts back for the next run. */
async function checkIn(
  copy: string,
  files: ReadonlyMap<string, string>,
  options: FixCheckOptions,
): Promise<RunOutcome> {
  const originals = new Map<string, Buffer>();
  for (const [path, text] of files) {
    const target = join(copy, path);
    originals.set(path, await readFile(target));
    await writeFile(target, text);
  }
  try {
    const language = await languageCheck(copy, [...files.keys()], options);
    const tests = options.testCommand
      ? await runCheck(copy, options.testCommand, options.timeoutMs)
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
      );
      if (result !== true) return `py_compile: ${result}`;
    }
  }
  if (options.typescript !== undefined && (await stat(join(copy, "tsconfig.json")).catch(() => undefined))) {
    ran = true;
    const result = await runCheck(
      copy,
      { command: options.typescript, args: ["--noEmit", "-p", "tsconfig.json"] },
      options.timeoutMs,
    );
    if (result !== true) return `tsc: ${result}`;
  }
  return ran ? true : undefined;
}

/** true, or why it failed: the first lines of its output. */
async function runCheck(cwd: string, check: CheckCommand, timeoutMs: number): Promise<string | true> {
  let result;
  try {
    result = await runProcess(check.command, check.args, { cwd, timeoutMs, maxOutputBytes: 1024 * 1024 });
  } catch (error) {
    return `${check.command} could not start (${error instanceof Error ? error.message : String(error)})`;
  }
  if (result.timedOut) return `${check.command} timed out after ${Math.round(timeoutMs / 1000)} s`;
  if (result.exitCode === 0) return true;
  const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(0, 3).join(" | ");
  return `${check.command} exited with ${String(result.exitCode)}${output ? `: ${output}` : ""}`;
}
