/**
 * `npm run bench:hostile`: how the review copes with inputs built to make its
 * work grow faster than their size (docs/security-notes/linear-work.md). Each
 * case is generated in a temporary directory and reviewed by the compiled CLI
 * (bin/codeguardian.js, built first) in a process of its own; the table shows
 * whether it was analysed, whether the planted finding was reported, the
 * process's start-up apart from the review's own time, peak memory and MB/s,
 * beside the targets.
 * Wall times on a shared machine grow with its load; the CPU time of the
 * child (all its threads) is printed beside them for that reason.
 *
 *   npm run bench:hostile                       # every case, 100,000 small files
 *   npm run bench:hostile -- --scale 0.1        # everything ten times smaller
 *   npm run bench:hostile -- --only nest-js     # cases whose name contains this
 *   npm run bench:hostile -- --many 0           # skip the many-files tree
 *   npm run bench:hostile -- --tools            # default external tools (bandit) too
 *   npm run bench:hostile -- --json out.json
 *   npm run bench:hostile -- --no-build         # use dist/ as it is
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { reviewWithCli, type ChildReport } from "./lib/hostile-cli.js";
import { hostileCases, type HostileCase } from "./lib/hostile-inputs.js";
import { renderTable } from "./lib/render.js";

/** The targets of docs/benchmarks.md: per single file, and for the many-files tree. */
const TARGET_MB_PER_S = 1.5;
const TARGET_RSS_MB = 500;
const TARGET_MANY_FILES_S = 120;
/** Linear growth: time per MB of the largest case at most this many times that of the smallest. */
const LINEAR_SLACK = 3;

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const scale = Number(option("--scale") ?? "1");
const many = Number(option("--many") ?? "100000");
const only = option("--only");
const withTools = process.argv.includes("--tools");
const caseTimeout = Number(option("--timeout") ?? "300");
const jsonOut = option("--json");

interface Outcome {
  readonly case: HostileCase;
  readonly bytes: number;
  readonly files: number;
  readonly report?: ChildReport;
  readonly failure?: string;
}

/** The operator's config file under `<dir>/config` (XDG_CONFIG_HOME): a repository's could not raise limits. */
function operatorConfig(dir: string): string {
  const path = join(dir, "config", "codeguardian", "config.yml");
  mkdirSync(dirname(path), { recursive: true });
  // Raised so the large inputs are analysed at all; the external tools stay off unless asked for.
  const lines = ["limits:", "  max_file_bytes: 20000000", "  max_line_length: 1048576"];
  lines.push(`  analyser_timeout_seconds: ${caseTimeout}`);
  // The bench measures time itself (MB/s): a loaded machine must not turn a slow file into a skipped one.
  lines.push(`  rules_file_timeout_seconds: ${caseTimeout}`);
  lines.push("analysers:", "  semgrep: {enabled: false}");
  if (!withTools) lines.push("  bandit: {enabled: false}", "  eslint: {enabled: false}");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

function runCase(c: HostileCase): Outcome {
  const work = mkdtempSync(join(tmpdir(), "cg-hostile-"));
  const repo = join(work, "repo");
  try {
    const { bytes, files } = c.write(repo);
    operatorConfig(work);
    const run = reviewWithCli(REPO_ROOT, repo, {
      timeoutSeconds: caseTimeout + 60,
      // The review must not touch the user's data directory.
      env: { ...process.env, XDG_DATA_HOME: join(work, "data"), XDG_CONFIG_HOME: join(work, "config") },
    });
    return "failure" in run
      ? { case: c, bytes, files, failure: run.failure }
      : { case: c, bytes, files, report: run };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The review's own wall time (without the process's start-up), or the process's when there is no report. */
function seconds(o: Outcome): number {
  return o.report?.reviewSeconds ?? o.report?.seconds ?? Number.NaN;
}

/** Process start, module loading and exit: the whole process's wall time less the review's. */
function startSeconds(o: Outcome): number | undefined {
  const r = o.report;
  return r?.reviewSeconds === undefined ? undefined : r.seconds - r.reviewSeconds;
}

/** Time of the built-in rules alone. */
function rulesSeconds(o: Outcome): number | undefined {
  return o.report?.analysers.find((a) => a.id === "rules")?.seconds;
}

function found(o: Outcome): boolean {
  return (o.report?.findings ?? []).some(
    (f) => f.ruleId === o.case.planted.ruleId && f.file === o.case.planted.file,
  );
}

function analysed(o: Outcome): string {
  if (!o.report) return `no: ${o.failure ?? "?"}`.slice(0, 40);
  if (o.report.skipped.length > 0) return `skipped (${o.report.skipped[0]})`;
  return o.report.completeness === "complete"
    ? "yes"
    : `${o.report.completeness ?? "no report"} (exit ${o.report.code})`;
}

function meetsTargets(o: Outcome): boolean {
  if (!o.report || o.report.completeness !== "complete" || o.report.skipped.length > 0 || !found(o))
    return false;
  if (o.report.maxRssMb > TARGET_RSS_MB) return false;
  if (!o.case.singleFile) return seconds(o) < TARGET_MANY_FILES_S;
  return o.bytes / 1e6 / seconds(o) >= TARGET_MB_PER_S || seconds(o) < 1;
}

const REPO_ROOT = join(import.meta.dirname, "..");
// The cases run the CLI as users run it: compiled, from bin/codeguardian.js.
if (!process.argv.includes("--no-build")) {
  console.log("Building dist/ (npm run build)…");
  execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc"),
      "-p",
      join(REPO_ROOT, "tsconfig.build.json"),
    ],
    { stdio: "inherit" },
  );
}

const cases = hostileCases({ scale, manyFiles: Math.round(many * (scale < 1 ? scale : 1)) }).filter(
  (c) => only === undefined || c.name.includes(only),
);
console.log(
  `Machine: ${availableParallelism()} cores, Node ${process.version}; scale ${scale}; external tools ${withTools ? "on" : "off"}`,
);
const outcomes: Outcome[] = [];
for (const c of cases) {
  const o = runCase(c);
  outcomes.push(o);
  const r = o.report;
  console.log(
    `  ${c.name}: ${analysed(o)}, planted ${found(o) ? "found" : "MISSED"}${r ? `, ${seconds(o).toFixed(2)} s, ${r.maxRssMb.toFixed(0)} MB` : ""}`,
  );
  if (r)
    console.log(
      `      ${r.analysers.map((a) => `${a.id} ${a.status} ${a.seconds.toFixed(1)} s`).join(", ")}`,
    );
  for (const notice of (r?.notices ?? []).slice(0, 3)) console.log(`      notice: ${notice.slice(0, 140)}`);
}

const rows: string[][] = [
  [
    "case",
    "analysed",
    "planted",
    "files",
    "MB",
    "start s",
    "review s",
    "rules s",
    "CPU s",
    "MB/s",
    "peak MB",
    "target",
  ],
];
for (const o of outcomes) {
  const r = o.report;
  const mb = o.bytes / 1e6;
  rows.push([
    o.case.name,
    analysed(o),
    found(o) ? "found" : "MISSED",
    String(o.files),
    mb.toFixed(2),
    startSeconds(o)?.toFixed(2) ?? "–",
    r ? seconds(o).toFixed(2) : "–",
    rulesSeconds(o)?.toFixed(2) ?? "–",
    r ? r.cpuSeconds.toFixed(2) : "–",
    r ? (mb / seconds(o)).toFixed(2) : "–",
    r ? r.maxRssMb.toFixed(0) : "–",
    meetsTargets(o) ? "met" : "NOT met",
  ]);
}
console.log(`\n${renderTable(rows, 3)}\n`);

console.log("Targets:");
console.log(`  every input analysed (review complete) with its planted finding reported`);
console.log(
  `  each single file at ≥ ${TARGET_MB_PER_S} MB/s (or under 1 s) and under ${TARGET_RSS_MB} MB peak memory`,
);
console.log(`  the many-files tree complete in under ${TARGET_MANY_FILES_S} s with external tools off`);
console.log(
  `  linear growth: from a group's smallest to its largest case, the rules' time grows at most ${LINEAR_SLACK}× as much as the size`,
);
for (const group of [...new Set(outcomes.map((o) => o.case.group))]) {
  const members = outcomes.filter((o) => o.case.group === group && rulesSeconds(o) !== undefined);
  if (members.length < 2) continue;
  const first = members[0]!;
  const last = members[members.length - 1]!;
  const sizeRatio = last.bytes / first.bytes;
  // A floor of 50 ms keeps a near-zero time on the smallest input from inflating the ratio.
  const timeRatio = Math.max(rulesSeconds(last) ?? 0, 0.05) / Math.max(rulesSeconds(first) ?? 0, 0.05);
  const met = timeRatio <= LINEAR_SLACK * sizeRatio;
  console.log(
    `  ${met ? "met    " : "NOT met"}  ${group}: size ×${sizeRatio.toFixed(1)}, rules time ×${timeRatio.toFixed(1)}`,
  );
}
const allMet = outcomes.every(meetsTargets);
console.log(`\n${allMet ? "All targets met." : "Some targets NOT met (see above)."}`);
if (jsonOut)
  writeFileSync(
    jsonOut,
    JSON.stringify(
      outcomes.map(({ case: c, ...rest }) => ({ name: c.name, ...rest })),
      null,
      2,
    ),
  );
