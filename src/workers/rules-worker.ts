import { parentPort, workerData } from "node:worker_threads";
import type { Rule } from "../rules/define-rule.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { runRulesOnFile } from "../rules/run-rules.js";
import type { BatchRequest, WorkerMessage, WorkerSetup } from "./worker-messages.js";

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

const send = (message: WorkerMessage): void => parentPort?.postMessage(message);

parentPort?.on("message", (request: BatchRequest) => {
  request.files.forEach((file, position) => {
    try {
      send({
        kind: "done",
        task: request.task,
        position,
        result: runRulesOnFile(file, rulesFor(request.ruleIds)),
      });
    } catch (error) {
      send({
        kind: "failed",
        task: request.task,
        position,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  });
});
// Files are handed out only once the rules are loaded, so start-up never counts against a file's time limit.
send({ kind: "ready" });
