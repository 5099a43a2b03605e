import { parentPort, workerData } from "node:worker_threads";
import type { Rule } from "../rules/define-rule.js";
import { readImports } from "../rules/imports/build-import-graph.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { runRulesOnFile } from "../rules/run-rules.js";
import type { BatchRequest, WorkerMessage, WorkerSetup, WorkKind, WorkResults } from "./worker-messages.js";
import type { SourceFile } from "../core/source-file.js";

const setup = (workerData ?? {}) as WorkerSetup;
const available: readonly Rule[] =
  setup.rulesModule === undefined
    ? BUILTIN_RULES
    : ((await import(setup.rulesModule)) as { rules: readonly Rule[] }).rules;

let cachedKey: string | undefined;
let cachedRules: readonly Rule[] = [];

/** The rules a review asked for, in its order; an id this worker does not know is a bug, not a skip. */
function rulesFor(ids: readonly string[]): readonly Rule[] {
  const key = ids.join(",");
  if (key !== cachedKey) {
    const byId = new Map(available.map((rule) => [rule.meta.id, rule]));
    cachedRules = ids.map((id) => {
      const rule = byId.get(id);
      if (!rule) throw new Error(`the rules worker has no rule ${id}`);
      return rule;
    });
    cachedKey = key;
  }
  return cachedRules;
}

function perform(file: SourceFile, work: WorkKind): WorkResults[WorkKind["kind"]] {
  return work.kind === "rules" ? runRulesOnFile(file, rulesFor(work.ruleIds)) : readImports(file);
}

const send = (message: WorkerMessage): void => parentPort?.postMessage(message);

/**
 * Files of a batch run one per turn of the event loop: the syntax trees live
 * in native memory that is given back only by finalizers, which run between
 * turns, so a batch run in one turn kept every tree it parsed until its end.
 */
function runFrom(request: BatchRequest, position: number): void {
  const file = request.files[position];
  if (file === undefined) return;
  try {
    send({ kind: "done", task: request.task, position, result: perform(file, request.work) });
  } catch (error) {
    send({
      kind: "failed",
      task: request.task,
      position,
      error: error instanceof Error ? error.message : String(error),
    });
  }
  if (position + 1 < request.files.length) setImmediate(runFrom, request, position + 1);
}

parentPort?.on("message", (request: BatchRequest) => runFrom(request, 0));
// Files are handed out only once the rules are loaded, so start-up never counts against a file's time limit.
send({ kind: "ready" });
