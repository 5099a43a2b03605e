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
 * an unavailable tool becomes a notice. Nothing here can make the review fail
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
  const elapsed = (): number => Math.round(now() - started);
  const unavailable = await safeAvailability(analyser);
  if (unavailable !== null) {
    input.progress({ kind: "analyser", analyser: analyser.id, status: "unavailable" });
    return {
      run: {
        id: analyser.id,
        status: "unavailable",
        durationMs: elapsed(),
        filesAnalysed: 0,
        findings: 0,
        message: unavailable,
      },
      notices: [{ level: "info", analyser: analyser.id, message: unavailable }],
    };
  }

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
      const message = `${analyser.id} timed out after ${Math.round(timeoutMs / 1000)} s`;
      input.progress({ kind: "analyser", analyser: analyser.id, status: "timed-out" });
      return {
        run: {
          id: analyser.id,
          status: "timed-out",
          durationMs: elapsed(),
          filesAnalysed: 0,
          findings: 0,
          message,
        },
        notices: [{ level: "error", analyser: analyser.id, message }],
      };
    }
    input.progress({
      kind: "analyser",
      analyser: analyser.id,
      status: "completed",
      findings: outcome.findings.length,
    });
    return {
      run: {
        id: analyser.id,
        status: "completed",
        durationMs: elapsed(),
        filesAnalysed: outcome.filesAnalysed,
        findings: outcome.findings.length,
      },
      output: outcome,
      notices: outcome.notices,
    };
  } catch (error) {
    controller.abort();
    const message = `${analyser.id} failed: ${error instanceof Error ? error.message : String(error)}`;
    input.progress({ kind: "analyser", analyser: analyser.id, status: "failed" });
    return {
      run: {
        id: analyser.id,
        status: "failed",
        durationMs: elapsed(),
        filesAnalysed: 0,
        findings: 0,
        message,
      },
      notices: [{ level: "error", analyser: analyser.id, message }],
    };
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
