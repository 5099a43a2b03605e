import { parentPort } from "node:worker_threads";
import type { SourceFile } from "../core/source-file.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { runRulesOnFile, type FileResult } from "../rules/run-rules.js";

/** Messages the pool sends: a batch of files and the rule ids to run on them. */
export interface WorkerRequest {
  readonly batch: number;
  readonly files: readonly SourceFile[];
  readonly ruleIds: readonly string[];
}

export interface WorkerResponse {
  readonly batch: number;
  readonly results: readonly FileResult[];
  readonly error?: string;
}

let cachedKey = "";
let cachedRules = BUILTIN_RULES;

parentPort?.on("message", (request: WorkerRequest) => {
  const key = request.ruleIds.join(",");
  if (key !== cachedKey) {
    const wanted = new Set(request.ruleIds);
    cachedRules = BUILTIN_RULES.filter((rule) => wanted.has(rule.meta.id));
    cachedKey = key;
  }
  try {
    const results = request.files.map((file) => runRulesOnFile(file, cachedRules));
    parentPort?.postMessage({ batch: request.batch, results } satisfies WorkerResponse);
  } catch (error) {
    parentPort?.postMessage({
      batch: request.batch,
      results: [],
      error: error instanceof Error ? error.message : String(error),
    } satisfies WorkerResponse);
  }
});
