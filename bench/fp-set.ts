/**
 * `npm run bench:fp`: the false-positive set of real code (issue 12). Fetches
 * pinned releases of five Python libraries (Debian bookworm packages) and five
 * npm packages into a cache outside the repository, reviews each with the CLI
 * (external tools off unless --tools), and prints per project the production
 * lines, the high and critical findings in production code per 10,000 lines,
 * how many a judge found true, false or debatable, and how many are unjudged,
 * beside the issue's targets. See docs/benchmarks.md, "False-positive set".
 *
 *   npm run bench:fp
 *   npm run bench:fp -- --tools                     # every installed external tool too (pylint included)
 *   npm run bench:fp -- --only flask                # projects whose name contains this
 *   npm run bench:fp -- --json figures.json
 *   npm run bench:fp -- --reports <dir>             # keep each project's JSON report as <dir>/<project>.json
 *   npm run bench:fp -- --candidates bench/fp-set/candidates.md
 *   npm run bench:fp -- --cache <dir>               # default $XDG_CACHE_HOME/codeguardian-bench/fp-set
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import { isCodeLanguage } from "../src/core/language.js";
import { discoverFiles } from "../src/platform/discover.js";
import { renderCandidates, type Candidate } from "./lib/fp-candidates.js";
import { defaultCacheDir, fetchSource } from "./lib/fp-fetch.js";
import { computeFigures, isSevere, type ProjectInput, type ReportedFinding } from "./lib/fp-figures.js";
import { isProductionFinding, isProductionPath, nonBlankLines } from "./lib/fp-production.js";
import { printFigures } from "./lib/fp-print.js";
import { reviewProject } from "./lib/fp-review.js";
import { parseSources } from "./lib/fp-sources.js";
import { parseVerdicts } from "./lib/fp-verdicts.js";

const HERE = join(import.meta.dirname, "fp-set");
const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
const withTools = args.includes("--tools");
const only = option("--only");
const jsonOut = option("--json");
const candidatesOut = option("--candidates");
const reportsDir = option("--reports");
if (reportsDir !== undefined) mkdirSync(reportsDir, { recursive: true });
const cache = option("--cache") ?? defaultCacheDir(process.env);

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(`bench:fp: ${line}`);
  process.exit(2);
}

/** A download, checksum or review that fails stops the run with its message, not a stack trace. */
function orStop<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    return fail([(error as Error).message]);
  }
}

/** The one place that decides production: the product's mark, else the path list (bench/lib/fp-production.ts). */
function isProduction(f: ReportedFinding): boolean {
  return isProductionFinding(f);
}

const sourcesParse = parseSources(readFileSync(join(HERE, "sources.json"), "utf8"));
if (!sourcesParse.sources) fail(sourcesParse.problems.map((p) => `sources.json: ${p}`));
const verdictsParse = parseVerdicts(readFileSync(join(HERE, "verdicts.json"), "utf8"));
if (verdictsParse.problems.length > 0) fail(verdictsParse.problems.map((p) => `verdicts.json: ${p}`));

// The CLI runs from dist/: an older build than the sources would measure old code.
const built = join(import.meta.dirname, "..", "dist", "cli", "main.js");
if (!existsSync(built)) fail(["dist/ is missing: run `npm run build` first"]);
const builtAt = statSync(built).mtimeMs;
const srcDir = join(import.meta.dirname, "..", "src");
const newestSource = Math.max(
  ...readdirSync(srcDir, { recursive: true, encoding: "utf8" }).map((p) => statSync(join(srcDir, p)).mtimeMs),
);
if (newestSource > builtAt)
  console.warn("bench:fp: src/ changed after the last build; run `npm run build` for current figures");

const sources = sourcesParse.sources.sources.filter((s) => only === undefined || s.project.includes(only));
console.log(
  `Machine: ${availableParallelism()} cores, Node ${process.version}; external tools ${withTools ? "all installed" : "off"}; cache ${cache}`,
);

const inputs: ProjectInput[] = [];
const candidates: Candidate[] = [];
for (const source of sources) {
  const fetched = orStop(() => fetchSource(source, cache));
  const scope = await discoverFiles({
    root: fetched.dir,
    include: [],
    exclude: [],
    maxFileBytes: DEFAULT_CONFIG.limits.maxFileBytes,
    maxLineLength: DEFAULT_CONFIG.limits.maxLineLength,
  });
  let pathProductionLines = 0;
  let codeLines = 0;
  for (const file of scope.files.filter((f) => isCodeLanguage(f.language))) {
    const lines = nonBlankLines(file.text);
    codeLines += lines;
    if (isProductionPath(file.path)) pathProductionLines += lines;
  }
  const keep = reportsDir === undefined ? undefined : join(reportsDir, `${source.project}.json`);
  const review = orStop(() => reviewProject(fetched.dir, withTools ? "all" : "off", keep));
  // The product's count when its report classified the files; the path list's otherwise.
  const productionLines = review.productionLines ?? pathProductionLines;
  const nonProductionLines = Math.max(0, codeLines - productionLines);
  console.log(
    `  ${source.project} ${source.version}${fetched.fetched ? " (downloaded)" : ""}: ${review.status}, exit ${review.exitCode}, ` +
      `${review.filesAnalysed} files, ${review.findings.length} findings, ${review.seconds.toFixed(1)} s ` +
      `[${review.analysers.join(", ")}]${review.skipped > 0 ? `, ${review.skipped} skipped` : ""}`,
  );
  inputs.push({
    project: source.project,
    productionLines,
    nonProductionLines,
    findings: review.findings,
    seconds: review.seconds,
    reviewSeconds: review.reviewSeconds,
  });
  for (const f of review.findings) {
    if (!isSevere(f) || !isProduction(f) || verdictsParse.verdicts.has(f.fingerprint)) continue;
    const path = join(fetched.dir, f.file);
    candidates.push({
      project: source.project,
      finding: f,
      text: existsSync(path) ? readFileSync(path, "utf8") : undefined,
    });
  }
}

const figures = computeFigures(inputs, isProduction, verdictsParse.verdicts);
printFigures(figures);

if (candidatesOut) {
  const header = [
    "# False-positive set: findings to judge",
    "",
    "Written by `npm run bench:fp -- --candidates <file>`. Each section is one high or critical finding in",
    "the production code of a pinned library that has no verdict yet. Read bench/fp-set/JUDGE-BRIEF.md first.",
    "Paths are relative to the project's source tree, `<cache>/src/<project>/` (the cache is",
    "`$XDG_CACHE_HOME/codeguardian-bench/fp-set`, or `~/.cache/...`, filled by `npm run bench:fp`).",
    `External tools: ${withTools ? "all installed" : "off"}. Sources: bench/fp-set/sources.json.`,
  ].join("\n");
  writeFileSync(candidatesOut, renderCandidates(candidates, header));
  console.log(`\n${candidates.length} candidates written to ${candidatesOut}`);
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ withTools, ...figures }, null, 2)}\n`);
