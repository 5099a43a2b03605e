import {
  LlmAnalyserFailure,
  type Analyser,
  type AnalyserInput,
  type AnalyserOutput,
} from "../core/analyser.js";
import type { AnalyserRun, Notice } from "../core/review.js";

export interface AnalyserResult {
  readonly run: AnalyserRun;
  readonly output?: AnalyserOutput;
  readonly notices: readonly Notice[];
  /** Stopped because the review was cancelled: its run says nothing about the code. */
  readonly cancelled?: true;
}

/**
 * How long a cancelled analyser may take to wind down before the review stops
 * waiting for it: longer than the SIGTERM → SIGKILL grace of
 * platform/process.ts, so its tool processes are gone by the time the
 * review's cancellation settles.
 */
const CANCEL_GRACE_MS = 5_000;

/**
 * Runs every analyser in parallel. Each gets its own time limit and abort
 * signal; a throw or a timeout becomes a failed/timed-out run with a message,
 * an unavailable tool a run with the reason. Nothing here can make the review fail
 * or come back silently empty. When `cancel` aborts, every analyser's signal
 * aborts with it, and each comes back `cancelled` once it has settled (or
 * after a grace period, if it ignores its signal).
 */
export async function runAnalysers(
  analysers: readonly Analyser[],
  input: Omit<AnalyserInput, "signal">,
  timeoutMs: (analyser: Analyser) => number,
  now: () => number,
  cancel?: AbortSignal,
): Promise<AnalyserResult[]> {
  return Promise.all(analysers.map((analyser) => runOne(analyser, input, timeoutMs(analyser), now, cancel)));
}

async function runOne(
  analyser: Analyser,
  input: Omit<AnalyserInput, "signal">,
  timeoutMs: number,
  now: () => number,
  cancel: AbortSignal | undefined,
): Promise<AnalyserResult> {
  const started = now();
  /**
   * An analyser that produced nothing: the run says why. A failure or timeout
   * is also an error notice (the review is incomplete); an unavailable tool is
   * not, since every report prints the run's message already and a notice
   * repeated it (issue 12: the semgrep notice printed twice).
   */
  const ended = (status: "unavailable" | "timed-out" | "failed", message: string): AnalyserResult => {
    input.progress({ kind: "analyser", analyser: analyser.id, status });
    return {
      run: {
        id: analyser.id,
        status,
        durationMs: Math.round(now() - started),
        filesAnalysed: 0,
        findings: 0,
        message,
      },
      notices: status === "unavailable" ? [] : [{ level: "error", analyser: analyser.id, message }],
    };
  };
  // No progress event: the review as a whole reports its cancellation.
  const stopped = (): AnalyserResult => {
    const message = `${analyser.id} was cancelled`;
    return {
      run: {
        id: analyser.id,
        status: "failed",
        durationMs: Math.round(now() - started),
        filesAnalysed: 0,
        findings: 0,
        message,
      },
      notices: [{ level: "error", analyser: analyser.id, message }],
      cancelled: true,
    };
  };

  const cancelled = whenAborted(cancel);
  // A function, not a narrowed value: the signal can abort during any await below.
  const aborted = (): boolean => cancel?.aborted === true;
  const controller = new AbortController();
  const forward = (): void => controller.abort(cancel?.reason);
  let timer: NodeJS.Timeout | undefined;
  try {
    if (aborted()) return stopped();
    // The rules analyser's availability waits for its workers to start: not past a cancel.
    const unavailable = await Promise.race([safeAvailability(analyser), cancelled.promise]);
    if (unavailable === CANCELLED) return stopped();
    if (unavailable !== null) return ended("unavailable", unavailable);

    input.progress({ kind: "analyser", analyser: analyser.id, status: "started" });
    cancel?.addEventListener("abort", forward, { once: true });
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    const work = analyser.analyse({ ...input, signal: controller.signal });
    try {
      const outcome = await Promise.race([work, timeout, cancelled.promise]);
      if (outcome === CANCELLED) {
        await settledWithin(work, CANCEL_GRACE_MS);
        return stopped();
      }
      if (outcome === "timeout") {
        controller.abort();
        return ended("timed-out", `${analyser.id} timed out after ${Math.round(timeoutMs / 1000)} s`);
      }
      const findings = outcome.findings.length;
      input.progress({ kind: "analyser", analyser: analyser.id, status: "completed", findings });
      return {
        run: {
          id: analyser.id,
          status: "completed",
          durationMs: Math.round(now() - started),
          filesAnalysed: outcome.filesAnalysed,
          findings,
        },
        output: outcome,
        notices: outcome.notices,
      };
    } catch (error) {
      controller.abort();
      // An analyser may reject on the cancel before the race hears of it: still a cancel, not a failure.
      if (aborted()) return stopped();
      const result = ended(
        "failed",
        `${analyser.id} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      // The failed agent's spending and coverage still count in the review (docs/agents.md, "Failures").
      if (error instanceof LlmAnalyserFailure) {
        return {
          ...result,
          output: {
            findings: [],
            notices: [],
            filesAnalysed: 0,
            analysedPaths: [],
            rules: [],
            llm: error.llm,
          },
        };
      }
      return result;
    }
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener("abort", forward);
    cancelled.dispose();
  }
}

const CANCELLED = Symbol("cancelled");

/** A promise that resolves when `signal` aborts; `dispose` drops the listener. */
function whenAborted(signal: AbortSignal | undefined): {
  promise: Promise<typeof CANCELLED>;
  dispose: () => void;
} {
  if (signal === undefined) return { promise: new Promise(() => undefined), dispose: () => undefined };
  let onAbort = (): void => undefined;
  const promise = new Promise<typeof CANCELLED>((resolve) => {
    onAbort = () => resolve(CANCELLED);
    if (signal.aborted) resolve(CANCELLED);
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener("abort", onAbort) };
}

/** Waits for `work` to settle, at most `ms`; never rejects. */
async function settledWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    work.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}

async function safeAvailability(analyser: Analyser): Promise<string | null> {
  try {
    return await analyser.availability();
  } catch (error) {
    return `${analyser.id} cannot be checked: ${error instanceof Error ? error.message : String(error)}`;
  }
}
