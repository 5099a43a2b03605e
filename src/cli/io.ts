import type { Environment } from "../app/app-deps.js";
import type { RulesPool } from "../workers/rules-pool.js";

export interface OutStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** Terminal width, when standard output is a terminal. */
  readonly columns?: number;
}

/** The CLI's view of the outside world, passed in so whole-CLI tests run in-process. */
export interface Io {
  readonly cwd: string;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Answers to prompts (`codeguardian fix`); absent when there is no one to ask. */
  readonly stdin?: NodeJS.ReadableStream;
  /**
   * The process's rules workers, shared by every review it runs. `run` (or
   * `performReview`) builds one and closes it when none is passed in; tests
   * pass one to share it.
   */
  readonly rulesPool?: RulesPool;
  /** The process environment; read from the process (platform/env.ts) when absent. */
  readonly env?: Environment;
  /** Aborted when the user interrupts (Ctrl-C): the review is cancelled. */
  readonly signal?: AbortSignal;
}
