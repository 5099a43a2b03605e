/**
 * `npm run bench:score`: the calibration table of the quality score
 * (docs/score.md). Reviews the ten libraries of the false-positive set and the
 * deliberately vulnerable code (the corpus's vulnerable files, each blind
 * writer's `vuln/` folders), each as one project, with the CLI and the default
 * external tools, and prints each project's production lines, penalty points,
 * score by src/core/score.ts, and whether the libraries stay within the band.
 *
 *   npm run build && npm run bench:score
 *   npm run bench:score -- --only flask                # projects whose name contains this
 *   npm run bench:score -- --tools off|defaults|all    # default: defaults
 *   npm run bench:score -- --reports <dir>             # keep each JSON report
 *   npm run bench:score -- --cache <dir>               # the false-positive set's cache (bench:fp)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { CATEGORIES } from "../src/core/category.js";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import { isCodeLanguage } from "../src/core/language.js";
import { SEVERITIES } from "../src/core/severity.js";
import { discoverFiles } from "../src/platform/discover.js";
import { defaultCacheDir, fetchSource } from "./lib/fp-fetch.js";
import { isProductionPath } from "./lib/fp-production.js";
import { reviewProject, type ToolMode } from "./lib/fp-review.js";
import { parseSources } from "./lib/fp-sources.js";
import {
  calibrate,
  renderCalibration,
  type ProjectGroup,
  type ScoredProjectInput,
} from "./lib/score-table.js";
import { vulnerableSets } from "./lib/score-sets.js";

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
const only = option("--only");
const tools = (option("--tools") ?? "defaults") as ToolMode;
if (!["off", "defaults", "all"].includes(tools)) {
  console.error(`bench:score: --tools takes off, defaults or all, not "${tools}"`);
  process.exit(2);
}
const reportsDir = option("--reports");
const cache = option("--cache") ?? defaultCacheDir(process.env);
if (!existsSync(join(import.meta.dirname, "..", "dist", "cli", "main.js"))) {
  console.error("bench:score: dist/ is missing: run `npm run build` first");
  process.exit(2);
}

/** The JSON report's fields the score needs; production marks and lines are optional (older builds). */
const report = z.object({
  files: z.object({ lines: z.number(), productionLines: z.number().optional() }),
  summary: z.object({ score: z.number(), scoreVersion: z.number().optional() }),
  findings: z.array(
    z.object({
      file: z.string(),
      severity: z.enum(SEVERITIES),
      category: z.enum(CATEGORIES),
      nonProduction: z.unknown().optional(),
    }),
  ),
});

/**
 * Production lines by the benchmark's path list, for a build whose report
 * does not tell production from the rest yet (bench/lib/fp-production.ts).
 */
async function productionLinesByPath(dir: string): Promise<number> {
  const scope = await discoverFiles({
    root: dir,
    include: [],
    exclude: [],
    maxFileBytes: DEFAULT_CONFIG.limits.maxFileBytes,
    maxLineLength: DEFAULT_CONFIG.limits.maxLineLength,
  });
  return scope.files
    .filter((f) => isCodeLanguage(f.language) && isProductionPath(f.path))
    .reduce((sum, f) => sum + f.lines, 0);
}

async function scoreProject(project: string, group: ProjectGroup, dir: string): Promise<ScoredProjectInput> {
  const work = mkdtempSync(join(tmpdir(), "cg-score-"));
  try {
    const out =
      reportsDir === undefined
        ? join(work, "report.json")
        : join(reportsDir, `${project.replace(/[^\w.-]+/g, "_")}.json`);
    const run = reviewProject(dir, tools, out);
    const r = report.parse(JSON.parse(readFileSync(out, "utf8")));
    const marked = r.files.productionLines !== undefined;
    const findings = r.findings.filter(
      (f) => f.nonProduction === undefined && (marked || isProductionPath(f.file)),
    );
    const productionLines = r.files.productionLines ?? (await productionLinesByPath(dir));
    console.log(
      `  ${project}: ${run.status}, ${findings.length} production findings, ${productionLines} production lines` +
        `${marked ? "" : " (by the benchmark's path list)"}, ${run.seconds.toFixed(1)} s [${run.analysers.join(", ")}]`,
    );
    return {
      project,
      group,
      productionLines,
      findings,
      reported: { score: r.summary.score, version: r.summary.scoreVersion },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (reportsDir !== undefined) mkdirSync(reportsDir, { recursive: true });
console.log(`external tools: ${tools}`);
const inputs: ScoredProjectInput[] = [];
const pinned = parseSources(readFileSync(join(import.meta.dirname, "fp-set", "sources.json"), "utf8"));
for (const source of pinned.sources?.sources ?? []) {
  if (only !== undefined && !source.project.includes(only)) continue;
  inputs.push(await scoreProject(source.project, "mature", fetchSource(source, cache).dir));
}
for (const set of vulnerableSets()) {
  if (only !== undefined && !set.project.includes(only)) continue;
  const dir = mkdtempSync(join(tmpdir(), "cg-score-set-"));
  try {
    await set.layOut(dir);
    inputs.push(await scoreProject(set.project, "vulnerable", dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`\n${renderCalibration(calibrate(inputs))}`);
