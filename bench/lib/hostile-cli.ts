/**
 * Runs one case of `npm run bench:hostile` as a user runs the CLI: the
 * compiled `bin/codeguardian.js` (built from src/ by `npm run build`) in a
 * process of its own, so its start-up, peak memory and CPU time are its own.
 * A preloaded one-liner prints the process's resource usage to stderr at exit.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export interface ChildReport {
  readonly code: number;
  /** The whole process, from spawn to exit: start-up, module loading, the review, shutdown. */
  readonly seconds: number;
  /** CPU time of the whole process (all threads): on a shared machine it says more than wall time. */
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
  readonly completeness?: string;
  /** The review's own wall time (from discovery to the report), and each analyser's, from the report. */
  readonly reviewSeconds?: number;
  readonly analysers: readonly { id: string; status: string; seconds: number }[];
  readonly findings: readonly { ruleId: string; file: string; severity: string }[];
  readonly notices: readonly string[];
  /** Files discovery skipped, with why: an input skipped is not analysed. */
  readonly skipped: readonly string[];
  readonly stderr: string;
}

interface JsonReview {
  completeness: string;
  durationMs: number;
  analysers: { id: string; status: string; durationMs: number }[];
  findings: { ruleId: string; file: string; severity: string }[];
  notices: { analyser?: string; file?: string; message: string }[];
  skipped?: { path: string; reason: string }[];
}

const USAGE_MARK = "cg-bench-usage ";
/** Preloaded into the CLI's process: its CPU time and peak RSS (kilobytes), at exit. */
const PRELOAD = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\n${USAGE_MARK}"+JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime)/1e6,rss:u.maxRSS/1024})+"\\n")})`;

export function reviewWithCli(
  repoRoot: string,
  dir: string,
  options: {
    readonly env: NodeJS.ProcessEnv;
    readonly timeoutSeconds: number;
    readonly extra?: readonly string[];
  },
): ChildReport | { readonly failure: string } {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      "--import",
      PRELOAD,
      join(repoRoot, "bin", "codeguardian.js"),
      "review",
      dir,
      "--no-store",
      "-f",
      "json",
      ...(options.extra ?? []),
    ],
    {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 1 << 28,
      timeout: options.timeoutSeconds * 1000,
      env: options.env,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const usageLine = child.stderr.split("\n").find((line) => line.startsWith(USAGE_MARK));
  if (child.error || usageLine === undefined) {
    return {
      failure: child.error?.message ?? (child.stderr.trim().split("\n").pop() || `exit ${child.status}`),
    };
  }
  const usage = JSON.parse(usageLine.slice(USAGE_MARK.length)) as { cpu: number; rss: number };
  let review: JsonReview | undefined;
  try {
    review = JSON.parse(child.stdout) as JsonReview;
  } catch {
    review = undefined;
  }
  return {
    code: child.status ?? -1,
    seconds,
    cpuSeconds: usage.cpu,
    maxRssMb: usage.rss,
    ...(review ? { completeness: review.completeness, reviewSeconds: review.durationMs / 1000 } : {}),
    analysers: (review?.analysers ?? []).map((a) => ({
      id: a.id,
      status: a.status,
      seconds: a.durationMs / 1000,
    })),
    findings: (review?.findings ?? []).map(({ ruleId, file, severity }) => ({ ruleId, file, severity })),
    notices: (review?.notices ?? []).map((n) => `${n.analyser ?? ""} ${n.file ?? ""} ${n.message}`.trim()),
    skipped: (review?.skipped ?? []).map((s) => `${s.path}: ${s.reason}`),
    stderr: child.stderr.replace(usageLine, "").trim().slice(0, 2000),
  };
}
