import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { cancelledError as cancelled, CodeGuardianError } from "../core/errors.js";
import type { SourceFile } from "../core/source-file.js";
import type { SummaryPass } from "../rules/xfile/summary.js";
import type { Rule } from "../rules/define-rule.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import type { FileImports } from "../rules/imports/build-import-graph.js";
import type { FileResult } from "../rules/run-rules.js";
import type { TemplateSource } from "../rules/templates/raw-outputs.js";
import { startRulesWorker } from "./start-worker.js";
import type { BatchRequest, WorkerMessage, WorkerSetup, WorkKind, WorkResults } from "./worker-messages.js";

/** Why a file has no rule results. */
export type NotAnalysedReason = "time limit" | "memory limit" | "worker error";

export type FileOutcome<R = FileResult> =
  | { readonly kind: "analysed"; readonly result: R }
  | { readonly kind: "not-analysed"; readonly reason: NotAnalysedReason; readonly detail: string };

/** Files and limits, whatever the workers do with the files. */
interface WorkLimits {
  readonly files: readonly SourceFile[];
  /** Past this, the file's worker is terminated and replaced. */
  readonly fileTimeoutMs: number;
  /** Heap ceiling of the workers that run this job's files. */
  readonly memoryMb: number;
  /** Aborting stops this job only; the pool stays usable. */
  readonly signal: AbortSignal;
}

/** One review's share of the pool: its files, its rules and its limits. */
export interface RulesJob extends WorkLimits {
  readonly ruleIds: readonly string[];
  /** How much of each file to summarise for data flow across files (src/rules/xfile/summary.ts); whole by default. */
  readonly summaryPass?: SummaryPass;
  /** The review's server-side templates, handed to the rules as data with every batch. */
  readonly templates?: readonly TemplateSource[];
  /** Each file as it finishes, in the order they finish. */
  readonly onFile?: (file: SourceFile, outcome: FileOutcome) => void;
}

/** Reading what each file imports, for the review's import graph (src/rules/imports/). */
export type ImportsJob = WorkLimits;

/** What a job's files go through, and who hears of each as it finishes. */
interface JobSpec extends WorkLimits {
  readonly work: WorkKind;
  readonly onFile?: (file: SourceFile, outcome: FileOutcome<WorkResults[WorkKind["kind"]]>) => void;
}

export interface RulesPoolOptions {
  /** Most workers at once; by default one per core (at most 16). */
  readonly threads?: number;
  /**
   * Test hook: the workers import `module` and run its `rules` export instead
   * of the built-in rules; `rules` is that same list, for the analyser's
   * metadata. Reviews take the same path either way.
   */
  readonly testRules?: { readonly module: URL; readonly rules: readonly Rule[] };
}

/** A second worker is worth its start-up (~0.1 s of a core) only for this much code per worker. */
const GROWTH_BYTES = 256 * 1024;
/** A file busy this long no longer counts as capacity: a waiting file may get a worker of its own. */
const SLOW_MS = 1000;
/**
 * Small files go to a worker in batches of at most this many files and bytes:
 * one message per file cost more than the rules on a file of a few lines (a
 * tree of 100,000 such files spent most of its time in messaging and timers).
 */
const BATCH_FILES = 64;
const BATCH_BYTES = 64 * 1024;
/** Batches are cut so that each worker gets at least this many of them from what waits, and the workers finish together. */
const BATCHES_PER_WORKER = 4;

interface Job {
  readonly spec: JobSpec;
  readonly outcomes: FileOutcome<WorkResults[WorkKind["kind"]]>[];
  next: number;
  /** Files of a batch whose worker was lost before it reached them: each goes again, alone. */
  readonly again: number[];
  /** Bytes of the files not yet handed out. */
  waitingBytes: number;
  unfinished: number;
  readonly settle: (error?: Error) => void;
}

/** A batch on one worker; `done` of its files have finished, the next one is running since `startedAt`. */
interface Task {
  readonly id: number;
  readonly job: Job;
  readonly indexes: readonly number[];
  done: number;
  startedAt: number;
  /** The running file's time limit and slow mark, restarted as each file finishes. */
  readonly timers: NodeJS.Timeout[];
}

interface Slot {
  readonly worker: Worker;
  readonly memoryMb: number;
  ready: boolean;
  gone: boolean;
  task?: Task;
  /** The templates this worker was last sent (worker-messages.ts, TemplatesRef). */
  templatesKey?: number;
}

/**
 * The worker threads that run the built-in rules: built once per process and
 * shared by every review it runs. Every file is analysed in a worker (small
 * files in batches, each file reported as it finishes), under a time limit of
 * its own and a heap ceiling; a file that passes
 * either loses its worker (terminated and replaced) and comes back as "not
 * analysed", while the other files go on. Workers start lazily, stay for the
 * next review, and never hold the process open while idle.
 */
export class RulesPool {
  /** The rules the workers run. */
  readonly rules: readonly Rule[];
  private readonly threads: number;
  private readonly setup: WorkerSetup;
  private readonly slots: Slot[] = [];
  private readonly jobs: Job[] = [];
  private started = 0;
  private nextTask = 1;
  private nextTemplatesKey = 1;
  private readonly templateKeys = new WeakMap<readonly TemplateSource[], number>();
  private turn = 0;
  private closed = false;
  private startWaiters: (() => void)[] = [];

  constructor(options: RulesPoolOptions = {}) {
    this.threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), 16));
    this.rules = options.testRules?.rules ?? BUILTIN_RULES;
    this.setup = options.testRules === undefined ? {} : { rulesModule: options.testRules.module.href };
  }

  /** Outcomes in the order of `job.files`, whatever order they finished in. */
  run(spec: RulesJob): Promise<FileOutcome[]> {
    const { onFile, ruleIds, summaryPass, templates, ...limits } = spec;
    return this.submit({
      ...limits,
      work: {
        kind: "rules",
        ruleIds,
        summaryPass: summaryPass ?? "whole",
        ...(templates === undefined || templates.length === 0
          ? {}
          : { templates: { key: this.templatesKey(templates), sources: templates } }),
      },
      ...(onFile ? { onFile: (file, outcome) => onFile(file, outcome as FileOutcome) } : {}),
    }) as Promise<FileOutcome[]>;
  }

  /** One key per template list, so the jobs of one review (which share the list) share the key. */
  private templatesKey(templates: readonly TemplateSource[]): number {
    let key = this.templateKeys.get(templates);
    if (key === undefined) {
      key = this.nextTemplatesKey++;
      this.templateKeys.set(templates, key);
    }
    return key;
  }

  /**
   * What each file imports, read in the workers (the part of the import graph
   * that grows with the texts), in the order of `spec.files`; resolving paths
   * is left to the caller (`resolveImportGraph`).
   */
  readImports(spec: ImportsJob): Promise<FileOutcome<FileImports>[]> {
    return this.submit({ ...spec, work: { kind: "imports" } }) as Promise<FileOutcome<FileImports>[]>;
  }

  private submit(spec: JobSpec): Promise<FileOutcome<WorkResults[WorkKind["kind"]]>[]> {
    if (this.closed) return Promise.reject(closedError());
    if (spec.signal.aborted) return Promise.reject(cancelledError());
    if (spec.files.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const onAbort = (): void => this.cancel(job);
      const job: Job = {
        spec,
        outcomes: new Array<FileOutcome<WorkResults[WorkKind["kind"]]>>(spec.files.length),
        next: 0,
        again: [],
        waitingBytes: spec.files.reduce((sum, file) => sum + file.bytes, 0),
        unfinished: spec.files.length,
        settle: (error) => {
          const at = this.jobs.indexOf(job);
          if (at < 0) return;
          this.jobs.splice(at, 1);
          spec.signal.removeEventListener("abort", onAbort);
          if (error) reject(error);
          else resolve(job.outcomes);
        },
      };
      this.jobs.push(job);
      spec.signal.addEventListener("abort", onAbort, { once: true });
      this.pump();
    });
  }

  /**
   * Starts one worker now, if none with this heap ceiling is alive, so that
   * loading the rules (most of a worker's start-up) overlaps the review's
   * discovery instead of following it. Idle, it never holds the process open.
   */
  warm(memoryMb: number): void {
    if (this.closed || this.slots.some((slot) => slot.memoryMb === memoryMb)) return;
    if (this.slots.length >= this.threads && !this.retireIdleOtherThan(memoryMb)) return;
    this.start(memoryMb);
  }

  /**
   * Resolves once no worker is still starting, or after `maxMs`. The rules
   * analyser waits here before its time limit starts: loading the rules is the
   * pool's own cost, not the reviewed files'.
   */
  whenStarted(maxMs: number): Promise<void> {
    if (this.slots.every((slot) => slot.ready)) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, maxMs);
      timer.unref();
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.startWaiters.push(done);
    });
  }

  /** Ends every job still running and terminates every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const done of this.startWaiters.splice(0)) done();
    for (const job of [...this.jobs]) job.settle(closedError());
    const slots = this.slots.splice(0);
    for (const slot of slots) this.clearTask(slot);
    await Promise.all(slots.map((slot) => ((slot.gone = true), slot.worker.terminate())));
  }

  /** Workers started since the pool was built (replacements included): for tests and diagnostics. */
  get workersStarted(): number {
    return this.started;
  }

  /** Workers alive now (started, busy or idle): for tests and diagnostics. */
  get size(): number {
    return this.slots.length;
  }

  private cancel(job: Job): void {
    this.end(job, cancelledError());
    this.pump();
  }

  /** Hands waiting files to idle workers and starts the workers the waiting files need. */
  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (!slot.ready || slot.task) continue;
      const job = this.nextJobFor(slot.memoryMb);
      if (job) this.dispatch(slot, job);
    }
    for (const memoryMb of new Set(this.jobs.map((job) => job.spec.memoryMb))) this.grow(memoryMb);
    for (const slot of this.slots) {
      if (slot.task || !slot.ready) slot.worker.ref();
      else slot.worker.unref();
    }
    if (this.slots.every((slot) => slot.ready)) for (const done of this.startWaiters.splice(0)) done();
  }

  /** Round robin over the jobs that have files waiting, so concurrent reviews share the workers. */
  private nextJobFor(memoryMb: number): Job | undefined {
    for (let i = 0; i < this.jobs.length; i++) {
      const job = this.jobs[(this.turn + i) % this.jobs.length];
      if (job && job.spec.memoryMb === memoryMb && waiting(job) > 0) {
        this.turn = (this.turn + i + 1) % this.jobs.length;
        return job;
      }
    }
    return undefined;
  }

  private grow(memoryMb: number): void {
    let files = 0;
    let bytes = 0;
    for (const job of this.jobs) {
      if (job.spec.memoryMb !== memoryMb) continue;
      files += waiting(job);
      bytes += job.waitingBytes;
    }
    const wanted = Math.min(this.threads, files, Math.max(1, Math.ceil(bytes / GROWTH_BYTES)));
    const now = performance.now();
    const capacity = (): number =>
      this.slots.filter((s) => s.memoryMb === memoryMb && (!s.task || now - s.task.startedAt < SLOW_MS))
        .length;
    while (files > 0 && capacity() < wanted) {
      if (this.slots.length >= this.threads && !this.retireIdleOtherThan(memoryMb)) return;
      this.start(memoryMb);
    }
  }

  /** Makes room for workers with another heap ceiling by ending one that nothing waits for. */
  private retireIdleOtherThan(memoryMb: number): boolean {
    const idle = this.slots.find(
      (s) =>
        s.memoryMb !== memoryMb &&
        !s.task &&
        !this.jobs.some((j) => j.spec.memoryMb === s.memoryMb && waiting(j) > 0),
    );
    if (idle) this.retire(idle);
    return idle !== undefined;
  }

  private start(memoryMb: number): void {
    const slot: Slot = {
      worker: startRulesWorker(this.setup, memoryMb),
      memoryMb,
      ready: false,
      gone: false,
    };
    this.slots.push(slot);
    this.started++;
    slot.worker.on("message", (message: WorkerMessage) => this.onMessage(slot, message));
    slot.worker.on("error", (error: Error & { code?: string }) => {
      const reason: NotAnalysedReason =
        error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory limit" : "worker error";
      this.lose(slot, reason, error.message);
    });
    slot.worker.on("exit", (code) =>
      this.lose(slot, "worker error", `the worker stopped (exit code ${code})`),
    );
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (slot.gone) return;
    if (message.kind === "ready") {
      slot.ready = true;
    } else {
      const task = slot.task;
      if (!task || task.id !== message.task || task.done !== message.position) return;
      const index = task.indexes[task.done++];
      if (task.done === task.indexes.length) this.clearTask(slot);
      else {
        // The next file of the batch starts now, with a time limit of its own.
        task.startedAt = performance.now();
        for (const timer of task.timers) timer.refresh();
      }
      if (index !== undefined)
        this.finish(
          task.job,
          index,
          message.kind === "done"
            ? { kind: "analysed", result: message.result }
            : { kind: "not-analysed", reason: "worker error", detail: message.error },
        );
      // Mid-batch the worker is still busy: nothing to hand out.
      if (slot.task) return;
    }
    this.pump();
  }

  /**
   * A worker that died: the file it was running is not analysed, and the files
   * of its batch it had not reached go again, each alone; one that never got
   * ready fails its jobs (no restart loop).
   */
  private lose(slot: Slot, reason: NotAnalysedReason, detail: string): void {
    if (slot.gone) return;
    const task = slot.task;
    this.clearTask(slot);
    this.retire(slot);
    if (task) {
      const { job, indexes, done } = task;
      const rest = indexes.slice(done + 1);
      job.again.unshift(...rest);
      for (const i of rest) job.waitingBytes += job.spec.files[i]?.bytes ?? 0;
      const index = indexes[done];
      if (index !== undefined) this.finish(job, index, { kind: "not-analysed", reason, detail });
    } else if (!slot.ready) {
      const error = new CodeGuardianError(
        "CG_RULES_WORKER_FAILED",
        `a rules worker could not start with a ${slot.memoryMb} MB heap: ${detail}`,
      );
      for (const job of this.jobs.filter((j) => j.spec.memoryMb === slot.memoryMb)) this.end(job, error);
    }
    this.pump();
  }

  /** Settles a job early: the workers busy with its files are terminated, the others keep theirs. */
  private end(job: Job, error: Error): void {
    job.settle(error);
    for (const slot of [...this.slots]) {
      if (slot.task?.job !== job) continue;
      this.clearTask(slot);
      this.retire(slot);
    }
  }

  private dispatch(slot: Slot, job: Job): void {
    const indexes = this.batch(job);
    if (indexes.length === 0) return;
    const files = indexes.map((i) => job.spec.files[i]).filter((f): f is SourceFile => f !== undefined);
    for (const file of files) job.waitingBytes -= file.bytes;
    const id = this.nextTask++;
    const timers = [
      setTimeout(() => {
        this.lose(slot, "time limit", `over ${job.spec.fileTimeoutMs / 1000} s`);
      }, job.spec.fileTimeoutMs),
      // Lets a waiting file have a worker of its own once this one turns out slow.
      setTimeout(() => this.pump(), SLOW_MS),
    ];
    slot.task = { id, job, indexes, done: 0, startedAt: performance.now(), timers };
    slot.worker.postMessage({
      task: id,
      files,
      work: this.workFor(slot, job.spec.work),
    } satisfies BatchRequest);
  }

  /** A worker that already holds the review's templates gets their key only: the texts cross once per worker. */
  private workFor(slot: Slot, work: WorkKind): WorkKind {
    if (work.kind !== "rules" || work.templates === undefined) return work;
    if (slot.templatesKey === work.templates.key) return { ...work, templates: { key: work.templates.key } };
    slot.templatesKey = work.templates.key;
    return work;
  }

  /**
   * The next files for one worker: a file that goes again goes alone (its
   * batch-mate was just stopped); otherwise the waiting files in order, up to
   * the batch limits and to a fair share of what waits, and never fewer than
   * one, however large.
   */
  private batch(job: Job): number[] {
    const again = job.again.shift();
    if (again !== undefined) return [again];
    const { files } = job.spec;
    const share = Math.ceil((files.length - job.next) / (this.threads * BATCHES_PER_WORKER));
    const most = Math.max(1, Math.min(BATCH_FILES, share));
    const indexes: number[] = [];
    let bytes = 0;
    while (indexes.length < most && job.next < files.length) {
      const size = files[job.next]?.bytes ?? 0;
      if (indexes.length > 0 && bytes + size > BATCH_BYTES) break;
      bytes += size;
      indexes.push(job.next++);
    }
    return indexes;
  }

  private finish(job: Job, index: number, outcome: FileOutcome<WorkResults[WorkKind["kind"]]>): void {
    if (!this.jobs.includes(job)) return;
    job.outcomes[index] = outcome;
    job.unfinished--;
    const file = job.spec.files[index];
    if (file) job.spec.onFile?.(file, outcome);
    if (job.unfinished === 0) job.settle();
  }

  private clearTask(slot: Slot): void {
    for (const timer of slot.task?.timers ?? []) clearTimeout(timer);
    delete slot.task;
  }

  private retire(slot: Slot): void {
    if (slot.gone) return;
    slot.gone = true;
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    void slot.worker.terminate();
  }
}

/** Files of a job not yet handed to a worker. */
function waiting(job: Job): number {
  return job.spec.files.length - job.next + job.again.length;
}

function cancelledError(): CodeGuardianError {
  return cancelled("the rules job");
}

function closedError(): CodeGuardianError {
  return new CodeGuardianError("CG_RULES_POOL_CLOSED", "the rules pool is closed");
}
