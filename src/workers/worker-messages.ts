import type { SourceFile } from "../core/source-file.js";
import type { FileImports } from "../rules/imports/build-import-graph.js";
import type { FileResult } from "../rules/run-rules.js";
import type { SummaryPass } from "../rules/xfile/summary.js";
import type { TemplateSource } from "../rules/templates/raw-outputs.js";

/** Handed to every rules worker as it starts. */
export interface WorkerSetup {
  /**
   * URL of a module whose `rules` export replaces the built-in rules. Only the
   * pool's tests set it, so that a rule that is slow, allocates or crashes on
   * purpose runs through the same worker code as the built-in rules.
   */
  readonly rulesModule?: string;
}

/** What a worker does with each file of a batch: run rules on it, or read its imports for the import graph. */
export type WorkKind =
  | {
      readonly kind: "rules";
      readonly ruleIds: readonly string[];
      readonly summaryPass: SummaryPass;
      /**
       * The review's server-side templates, which the rules read as data
       * (src/rules/templates/). A worker is sent them once per review: later
       * batches carry only the key, and the worker uses the set it holds.
       */
      readonly templates?: TemplatesRef;
    }
  | { readonly kind: "imports" };

/** A review's templates by key, with the texts only in the first batch a worker gets of that review. */
export interface TemplatesRef {
  readonly key: number;
  readonly sources?: readonly TemplateSource[];
}

/** The answer for one file, by the kind of work. */
export interface WorkResults {
  readonly rules: FileResult;
  readonly imports: FileImports;
}

/**
 * Files, run in order, and what to do with them. The worker answers once per
 * file (`position` is the file's place in `files`) so that each file keeps a
 * time limit of its own.
 */
export interface BatchRequest {
  readonly task: number;
  readonly files: readonly SourceFile[];
  readonly work: WorkKind;
}

export type WorkerMessage =
  | { readonly kind: "ready" }
  | {
      readonly kind: "done";
      readonly task: number;
      readonly position: number;
      readonly result: WorkResults[WorkKind["kind"]];
    }
  | { readonly kind: "failed"; readonly task: number; readonly position: number; readonly error: string };
