/**
 * `npm run bench:speed`: how fast the built-in analysis reviews large real
 * trees on this machine. Prints discovery, parse-only and all-rules
 * throughput (files/s, MB/s) for the Python standard library of the
 * machine's python3 and a TypeScript tree from node_modules, then runs
 * bandit on the same Python tree for comparison.
 *
 *   npm run bench:speed                 # everything
 *   npm run bench:speed -- --no-bandit  # skip the (slow) bandit run
 *   npm run bench:speed -- --json out.json
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import { isCodeLanguage } from "../src/core/language.js";
import type { FindingDraft } from "../src/core/finding.js";
import { isAtLeast } from "../src/core/severity.js";
import type { SourceFile } from "../src/core/source-file.js";
import { discoverFiles } from "../src/platform/discover.js";
import { compareNames } from "../src/platform/fs-entries.js";
import { classifyNonProduction } from "../src/pipeline/non-production.js";
import { buildImportGraph } from "../src/rules/imports/build-import-graph.js";
import { parseSource } from "../src/rules/parse.js";
import { BUILTIN_RULES } from "../src/rules/registry.js";
import { createRulesAnalyser } from "../src/workers/rules-analyser.js";
import { RulesPool } from "../src/workers/rules-pool.js";

interface Row {
  tree: string;
  step: string;
  files: number;
  mb: number;
  seconds: number;
  filesPerSecond: number;
  mbPerSecond: number;
  findings?: number;
}

const args = process.argv.slice(2);
const withBandit = !args.includes("--no-bandit");
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
const rows: Row[] = [];

function row(
  tree: string,
  step: string,
  files: readonly SourceFile[],
  seconds: number,
  findings?: number,
): Row {
  const mb = files.reduce((s, f) => s + f.bytes, 0) / 1e6;
  const r: Row = {
    tree,
    step,
    files: files.length,
    mb: round(mb),
    seconds: round(seconds),
    filesPerSecond: round(files.length / seconds),
    mbPerSecond: round(mb / seconds),
    ...(findings === undefined ? {} : { findings }),
  };
  rows.push(r);
  console.log(
    `${tree.padEnd(18)} ${step.padEnd(26)} ${String(r.files).padStart(6)} files ${r.mb.toFixed(1).padStart(7)} MB ${r.seconds
      .toFixed(2)
      .padStart(
        8,
      )} s ${r.filesPerSecond.toFixed(0).padStart(7)} files/s ${r.mbPerSecond.toFixed(2).padStart(7)} MB/s${
      findings === undefined ? "" : `  ${findings} findings`
    }`,
  );
  return r;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The code files of a tree, and what the one-thread run reported on them at the default threshold. */
interface TreeRun {
  readonly files: readonly SourceFile[];
  readonly findings: readonly FindingDraft[];
}

async function benchTree(tree: string, root: string): Promise<TreeRun> {
  let t = performance.now();
  const scope = await discoverFiles({
    root,
    include: [],
    exclude: [],
    maxFileBytes: DEFAULT_CONFIG.limits.maxFileBytes,
    maxLineLength: DEFAULT_CONFIG.limits.maxLineLength,
  });
  const code = scope.files.filter((f) => isCodeLanguage(f.language));
  row(tree, "discover (read + decode)", scope.files, (performance.now() - t) / 1000);

  t = performance.now();
  for (const file of code) if (isCodeLanguage(file.language)) parseSource(file.language, file.text);
  row(tree, "parse only, 1 thread", code, (performance.now() - t) / 1000);

  // What the review pipeline hands the analyser: tests and tooling no production file imports
  // (src/pipeline/non-production.ts), from paths and the import graph, before any rule runs.
  const nonProduction = new Set(
    classifyNonProduction({
      paths: code.map((f) => f.path),
      importers: buildImportGraph(code).importers,
      settings: DEFAULT_CONFIG.nonProduction,
    }).keys(),
  );
  let findings: readonly FindingDraft[] = [];
  for (const threads of [1, availableParallelism()]) {
    const pool = new RulesPool({ threads });
    const analyser = createRulesAnalyser({ pool });
    t = performance.now();
    const output = await analyser.analyse({
      root,
      files: code,
      config: DEFAULT_CONFIG,
      signal: new AbortController().signal,
      progress: () => undefined,
      nonProduction,
    });
    const reported = output.findings.filter((f) => f.confidence >= DEFAULT_CONFIG.minConfidence);
    const label = `all ${BUILTIN_RULES.length} rules, ${threads} thread${threads > 1 ? "s" : ""}`;
    row(tree, label, code, (performance.now() - t) / 1000, reported.length);
    if (threads === 1) findings = reported;
    await pool.close();
  }
  return { files: code, findings };
}

/**
 * The whole review through the compiled CLI, as a user runs it: process
 * start, discovery, the rules pool, synthesis and the JSON report, with the
 * external tools off (an operator config in a temporary XDG_CONFIG_HOME) and
 * no store. MB/s over the code files the rules saw.
 */
function cliEndToEnd(tree: string, root: string, code: readonly SourceFile[]): void {
  const repo = join(import.meta.dirname, "..");
  execFileSync("npm", ["run", "build", "--silent"], { cwd: repo, stdio: "inherit" });
  const home = mkdtempSync(join(tmpdir(), "cg-bench-speed-"));
  try {
    mkdirSync(join(home, "codeguardian"));
    writeFileSync(
      join(home, "codeguardian", "config.yml"),
      [
        "analysers:",
        ...["bandit", "pylint", "eslint", "semgrep"].map((id) => `  ${id}: { enabled: false }`),
      ].join("\n"),
    );
    const out = join(home, "report.json");
    const t = performance.now();
    const result = spawnSync(
      process.execPath,
      [join(repo, "bin", "codeguardian.js"), "review", root, "--no-store", "--format", "json", "--out", out],
      {
        encoding: "utf8",
        env: { ...process.env, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home },
        maxBuffer: 1 << 26,
      },
    );
    const seconds = (performance.now() - t) / 1000;
    if (result.status !== 0 && result.status !== 1) {
      console.log(
        `${tree}: CLI end to end failed (exit ${String(result.status)}): ${result.stderr.trim().split("\n").pop() ?? ""}`,
      );
      return;
    }
    const report = JSON.parse(readFileSync(out, "utf8")) as { findings: unknown[]; completeness: string };
    row(tree, `CLI end to end, tools off`, code, seconds, report.findings.length);
    if (report.completeness !== "complete") console.log(`  (the review was ${report.completeness})`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Mature code should carry few high/critical findings, each defensible: print the density and a sample. */
function reportSevere(tree: string, { files, findings }: TreeRun): void {
  const lines = files.reduce((sum, f) => sum + f.lines, 0);
  const hits = findings.filter((f) => isAtLeast(f.severity, "high"));
  const byRule = new Map<string, number>();
  for (const f of hits) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const density = ((hits.length / lines) * 10_000).toFixed(2);
  console.log(
    `\n${tree}: ${hits.length} high/critical findings in ${lines} lines = ${density} per 10,000 lines`,
  );
  const counts = [...byRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`);
  console.log(`  by rule: ${counts.join(", ")}`);
  // A deterministic sample: every n-th finding in path order.
  const sorted = [...hits].sort(
    (a, b) => compareNames(a.file, b.file) || a.range.start.line - b.range.start.line,
  );
  const step = Math.max(1, Math.floor(sorted.length / 12));
  for (const f of sorted.filter((_, i) => i % step === 0).slice(0, 12)) {
    const where = `${f.file}:${f.range.start.line}`;
    console.log(`  ${f.severity.padEnd(8)} ${f.ruleId.padEnd(30)} ${where}  ${f.description.slice(0, 100)}`);
  }
}

const stdlib = execFileSync("python3", ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], {
  encoding: "utf8",
}).trim();
console.log(`Machine: ${availableParallelism()} cores, Node ${process.version}`);
console.log(`Python tree: ${stdlib} (stdlib of the machine's python3; site-packages excluded)\n`);
const python = await benchTree("python stdlib", stdlib);
reportSevere("python stdlib", python);

cliEndToEnd("python stdlib", stdlib, python.files);

const tsRoot = join(import.meta.dirname, "..", "node_modules");
console.log(`\nTypeScript tree: ${tsRoot}/{typescript/lib,@types/node,zod,kysely} (.ts and .d.ts)`);
for (const pkg of ["typescript/lib", "@types/node", "zod", "kysely"]) {
  await benchTree(`ts ${pkg}`, join(tsRoot, pkg));
}

if (withBandit) {
  const rulesRow = rows.find((r) => r.tree === "python stdlib" && r.step.includes("threads"));
  const t = performance.now();
  // The exact files the built-in rules reviewed, so both see the same tree.
  const result = spawnSync(
    "bandit",
    ["-q", "-f", "json", "-o", "/dev/null", ...python.files.map((f) => f.absolutePath)],
    {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    },
  );
  if (result.error) {
    console.log(`\nbandit: not run (${result.error.message}); apt-get install -y bandit`);
  } else {
    const banditRow = row(
      "python stdlib",
      "bandit 1.6 (1 process)",
      python.files,
      (performance.now() - t) / 1000,
    );
    if (rulesRow)
      console.log(
        `\nbuilt-in rules are ${(rulesRow.mbPerSecond / banditRow.mbPerSecond).toFixed(1)}× bandit's MB/s`,
      );
  }
}

if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
