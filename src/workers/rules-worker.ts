import { parentPort, workerData } from "node:worker_threads";
import type { Rule } from "../rules/define-rule.js";
import { readImports } from "../rules/imports/build-import-graph.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { piecesOf, type Piece } from "../rules/pieces.js";
import { collectGarbage } from "./collect-garbage.js";
import { mergePieces, runRulesOnFile, runRulesOnPiece, type FileResult } from "../rules/run-rules.js";
import type { BatchRequest, WorkerMessage, WorkerSetup, WorkKind, WorkResults } from "./worker-messages.js";
import type { SourceFile } from "../core/source-file.js";
import type { SummaryPass } from "../rules/xfile/summary.js";
import type { TemplateSource } from "../rules/templates/raw-outputs.js";

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

/** The templates of the review this worker last served: the pool sends their texts once (worker-messages.ts). */
let heldTemplates: { readonly key: number; readonly sources: readonly TemplateSource[] } | undefined;

function templatesOf(work: WorkKind): readonly TemplateSource[] {
  if (work.kind !== "rules" || work.templates === undefined) return [];
  const { key, sources } = work.templates;
  if (sources !== undefined) {
    heldTemplates = { key, sources };
    return sources;
  }
  if (heldTemplates?.key !== key) throw new Error(`templates ${key} were never sent to this worker`);
  return heldTemplates.sources;
}

function perform(file: SourceFile, work: WorkKind): WorkResults[WorkKind["kind"]] {
  return work.kind === "rules"
    ? runRulesOnFile(file, rulesFor(work.ruleIds), work.summaryPass, templatesOf(work))
    : readImports(file);
}

const send = (message: WorkerMessage): void => parentPort?.postMessage(message);

/**
 * Files of a batch run one per turn of the event loop: the syntax trees live
 * in native memory that is given back only by finalizers, which run between
 * turns, so a batch run in one turn kept every tree it parsed until its end.
 * A large file's pieces (src/rules/pieces.ts) run one per turn for the same
 * reason: only one piece's tree is alive at a time.
 */
function runFrom(request: BatchRequest, position: number): void {
  const file = request.files[position];
  if (file === undefined) return;
  const pieces = request.work.kind === "rules" ? piecesOf(file) : undefined;
  if (pieces !== undefined && request.work.kind === "rules") {
    runPiece(request, position, {
      file,
      pieces,
      ruleIds: request.work.ruleIds,
      summaryPass: request.work.summaryPass,
      templates: templatesOf(request.work),
      done: [],
    });
    return;
  }
  attempt(request, position, () => perform(file, request.work));
  next(request, position);
}

interface PieceRun {
  readonly file: SourceFile;
  readonly pieces: readonly Piece[];
  readonly ruleIds: readonly string[];
  readonly summaryPass: SummaryPass;
  readonly templates: readonly TemplateSource[];
  readonly done: FileResult[];
}

function runPiece(request: BatchRequest, position: number, run: PieceRun): void {
  const piece = run.pieces[run.done.length];
  let finished = true;
  attempt(request, position, () => {
    const rules = rulesFor(run.ruleIds);
    const result = piece === undefined ? undefined : runRulesOnPiece(piece, rules, run.templates);
    // A cut inside a statement: the file is analysed whole, as a file without pieces is.
    if (result === undefined) return runRulesOnFile(run.file, rules, run.summaryPass, run.templates);
    run.done.push(result);
    if (run.done.length < run.pieces.length) {
      finished = false;
      return undefined;
    }
    return mergePieces(run.file, run.done);
  });
  if (!finished) {
    collectGarbage();
    setImmediate(runPiece, request, position, run);
    return;
  }
  next(request, position);
}

/** Sends the result of `work` for the file at `position`, or its failure; undefined sends nothing yet. */
function attempt(
  request: BatchRequest,
  position: number,
  work: () => WorkResults[WorkKind["kind"]] | undefined,
): void {
  try {
    const result = work();
    if (result !== undefined) send({ kind: "done", task: request.task, position, result });
  } catch (error) {
    send({
      kind: "failed",
      task: request.task,
      position,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

function next(request: BatchRequest, position: number): void {
  if (position + 1 < request.files.length) setImmediate(runFrom, request, position + 1);
}

parentPort?.on("message", (request: BatchRequest) => runFrom(request, 0));
// Files are handed out only once the rules are loaded, so start-up never counts against a file's time limit.
send({ kind: "ready" });
