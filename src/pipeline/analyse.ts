import type { Analyser, AnalyserInput, AnalyserOutput } from "../core/analyser.js";
import type { AnalyserRun, Notice } from "../core/review.js";

export interface AnalyserResult {
  readonly run: AnalyserRun;
  readonly output?: AnalyserOutput;
  readonly notices: readonly Notice[];
}

/**
 * Runs every analyser in parallel. Each gets its own time limit and abort
 * signal; a throw or a timeout becomes a failed/timed-out run with a message,
 * an unavailable tool a run with the reason. Nothing here can make the review fail
 * or come back silently empty.
 */
export async function runAnalysers(
  analysers: readonly Analyser[],
  input: Omit<AnalyserInput, "signal">,
  timeoutMs: (analyser: Analyser) => number,
  now: () => number,
): Promise<AnalyserResult[]> {
  return Promise.all(analysers.map((analyser) => runOne(analyser, input, timeoutMs(analyser), now)));
}

async function runOne(
  analyser: Analyser,
  input: Omit<AnalyserInput, "signal">,
  timeoutMs: number,
  now: () => number,
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

  const unavailable = await safeAvailability(analyser);
  if (unavailable !== null) return ended("unavailable", unavailable);

  input.progress({ kind: "analyser", analyser: analyser.id, status: "started" });
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([analyser.analyse({ ...input, signal: controller.signal }), timeout]);
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
    return ended(
      "failed",
      `${analyser.id} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

async function safeAvailability(analyser: Analyser): Promise<string | null> {
  try {
    return await analyser.availability();
  } catch (error) {
    return `${analyser.id} cannot be checked: ${error instanceof Error ? error.message : String(error)}`;
  }
}
