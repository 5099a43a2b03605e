import { availableParallelism } from "node:os";
import { spawn } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { delimiter, isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";
import { cancelledError } from "../core/errors.js";

export interface RunOptions {
  readonly cwd?: string;
  readonly timeoutMs: number;
  /** Per stream; output past it is dropped and `truncated` is set. Default 32 MiB. */
  readonly maxOutputBytes?: number;
  readonly env?: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed. Without it stdin is closed at once. */
  readonly input?: string;
  readonly signal?: AbortSignal;
}

export interface RunResult {
  /** Null when the process was killed by a signal (timeout, abort, crash). */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly truncated: boolean;
}

const DEFAULT_MAX_OUTPUT = 32 * 1024 * 1024;

/** Grace period between SIGTERM and SIGKILL, so a tool can clean up its workers. */
const KILL_GRACE_MS = 2000;

/**
 * Runs a program with an argument array (never through a shell, so file names
 * from a reviewed repository cannot inject commands). The child leads its own
 * process group, so a timeout or abort also ends the workers it spawned
 * (pylint -j, semgrep-core). Rejects only when the program cannot be started,
 * or with CG_CANCELLED when the signal aborts (once the child has closed, or
 * at once if it was aborted before); a non-zero exit is a result.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  if (options.signal?.aborted) return Promise.reject(abortError(command));
  const limit = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
      shell: false,
      windowsHide: true,
    });
    const stdout = new Collector(limit);
    const stderr = new Collector(limit);
    let timedOut = false;
    let aborted = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;

    const killGroup = (signal: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group is already gone.
      }
    };
    const stop = (): void => {
      killGroup("SIGTERM");
      killTimer ??= setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = (): void => {
      aborted = true;
      stop();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });

    const cleanup = (): void => {
      clearTimeout(timer);
      if (killTimer !== undefined) clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
    };

    child.stdout.on("data", (chunk: Buffer) => stdout.add(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.add(chunk));
    // A child that exits without reading its input makes the write fail with EPIPE: not our error.
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");

    child.on("error", (error) => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(error);
    });
    child.on("close", (code) => {
      if (settled) return;
      settled = true;
      cleanup();
      // Workers the tool left behind are ours to end too.
      if (timedOut || aborted) killGroup("SIGKILL");
      if (aborted && !timedOut) {
        reject(abortError(command));
        return;
      }
      resolve({
        exitCode: code,
        stdout: stdout.text(),
        stderr: stderr.text(),
        timedOut,
        truncated: stdout.truncated || stderr.truncated,
      });
    });
  });
}

/** Finds an executable on PATH (or checks an explicit path), like `command -v`. */
export async function whichCommand(
  name: string,
  pathVariable: string | undefined = process.env.PATH,
): Promise<string | undefined> {
  if (name === "") return undefined;
  if (name.includes("/")) return (await isExecutable(name)) ? name : undefined;
  for (const dir of (pathVariable ?? "").split(delimiter)) {
    if (dir === "" || !isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    // access(X_OK) alone says yes to any file for root, so the mode bits are checked too.
    if (!info.isFile() || (info.mode & 0o111) === 0) return false;
    await access(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function abortError(command: string): Error {
  return cancelledError(command);
}

class Collector {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  truncated = false;

  constructor(private readonly limit: number) {}

  add(chunk: Buffer): void {
    const room = this.limit - this.size;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
    if (kept.length < chunk.length) this.truncated = true;
    this.chunks.push(kept);
    this.size += kept.length;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

/** The Node.js executable running CodeGuardian, for helper scripts run in a child process. */
/** How many processes can usefully run at once here. */
export function usableCores(): number {
  return availableParallelism();
}

export function nodeExecutable(): string {
  return process.execPath;
}

/**
 * The file URL of a package CodeGuardian depends on, as a child Node process
 * can import it from anywhere; undefined when it is not installed.
 */
export function resolvePackageUrl(specifier: string): string | undefined {
  try {
    return pathToFileURL(requireFromHere.resolve(specifier)).href;
  } catch {
    return undefined;
  }
}

const requireFromHere = createRequire(import.meta.url);

/** Variables a tool needs to find programs, write temporary files and decode text. */
const TOOL_ENV_KEYS = ["PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TEMP", "TMP", "SYSTEMROOT"];

/**
 * The environment external tools run with: only the variables above. API
 * keys, tokens and NODE_OPTIONS / PYTHONPATH-style hooks in CodeGuardian's own
 * environment never reach a tool that reads untrusted code.
 */
export function toolEnvironment(
  source: Readonly<Record<string, string | undefined>> = process.env,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of TOOL_ENV_KEYS) {
    const value = source[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}
