import type { SourceFile } from "../core/source-file.js";
import type { FileResult } from "../rules/run-rules.js";

/** Handed to every rules worker as it starts. */
export interface WorkerSetup {
  /**
   * URL of a module whose `rules` export replaces the built-in rules. Only the
   * pool's tests set it, so that a rule that is slow, allocates or crashes on
   * purpose runs through the same worker code as the built-in rules.
   */
  readonly rulesModule?: string;
}

/**
 * Files, run in order, and the ids of the rules to run on them. The worker
 * answers once per file (`position` is the file's place in `files`) so that
 * each file keeps a time limit of its own.
 */
export interface BatchRequest {
  readonly task: number;
  readonly files: readonly SourceFile[];
  readonly ruleIds: readonly string[];
}

export type WorkerMessage =
  | { readonly kind: "ready" }
  | { readonly kind: "done"; readonly task: number; readonly position: number; readonly result: FileResult }
  | { readonly kind: "failed"; readonly task: number; readonly position: number; readonly error: string };
