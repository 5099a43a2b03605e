/**
 * One case of `npm run bench:hostile`, in its own process so its peak memory
 * is its own: runs `codeguardian review <dir> -f json` in-process and prints
 * one JSON line (exit code, completeness, findings, notices, seconds, max RSS).
 *
 *   tsx bench/lib/hostile-child.ts <dir> <config> [extra review flags…]
 */
import { run } from "../../src/cli/main.js";
import type { OutStream } from "../../src/cli/io.js";

class Keep implements OutStream {
  text = "";
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export interface ChildReport {
  readonly code: number;
  readonly seconds: number;
  /** CPU time of the whole child (all threads): on a shared machine it says more than wall time. */
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
  readonly completeness?: string;
  /** The review's own wall time, and each analyser's, from the report. */
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

// The operator's limits come from the config file under XDG_CONFIG_HOME, set by the parent.
const [dir, ...extra] = process.argv.slice(2);
if (dir === undefined) throw new Error("usage: hostile-child <dir> [review options]");
const stdout = new Keep();
const stderr = new Keep();
const started = performance.now();
const cpuBefore = process.cpuUsage();
const code = await run(["review", dir, "--no-store", "-f", "json", ...extra], {
  cwd: dir,
  stdout,
  stderr,
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
let review: JsonReview | undefined;
try {
  review = JSON.parse(stdout.text) as JsonReview;
} catch {
  review = undefined;
}
const report: ChildReport = {
  code,
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  // maxRSS is in kilobytes.
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  ...(review ? { completeness: review.completeness, reviewSeconds: review.durationMs / 1000 } : {}),
  analysers: (review?.analysers ?? []).map((a) => ({
    id: a.id,
    status: a.status,
    seconds: a.durationMs / 1000,
  })),
  findings: (review?.findings ?? []).map(({ ruleId, file, severity }) => ({ ruleId, file, severity })),
  notices: (review?.notices ?? []).map((n) => `${n.analyser ?? ""} ${n.file ?? ""} ${n.message}`.trim()),
  skipped: (review?.skipped ?? []).map((s) => `${s.path}: ${s.reason}`),
  stderr: stderr.text.slice(0, 2000),
};
process.stdout.write(`${JSON.stringify(report)}\n`);
