/**
 * `npm run bench:quality`: scores the built-in rules (or bandit) on the
 * labelled corpus in bench/corpus, then the rules on each blind batch in
 * bench/blind beside it (docs/benchmarks.md, "Blind corpus"). It measures and reports; a low score is not
 * a failure, only a crash exits non-zero.
 */
import { spawnSync } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import { detectLanguage } from "../src/platform/detect-language.js";
import { parseBanditReport } from "./lib/bandit.js";
import { batchNames, readBlindBatch } from "./lib/blind.js";
import { casesOfClass, describeCases, reviewUnitsOf, scoredFilesOf } from "./lib/blind-score.js";
import { CLASS_CWES } from "./lib/classes.js";
import { readCorpus, type Corpus, type CorpusFile } from "./lib/corpus.js";
import { scoreQuality, type QualityScore, type ScoredFinding } from "./lib/metrics.js";
import { readProvenance, renderProvenance, type Provenance } from "./lib/provenance.js";
import {
  renderByRule,
  renderComparison,
  renderMisses,
  renderScore,
  renderSideBySide,
  type ScoreColumn,
} from "./lib/render.js";
import { runRulesOnCorpus, runRulesOnUnits } from "./lib/rules-run.js";
import { checkTargets, fmt } from "./lib/targets.js";

const HERE = dirname(fileURLToPath(import.meta.url));

interface ToolRun {
  readonly findings: ScoredFinding[];
  readonly files: readonly CorpusFile[];
  readonly notes: string[];
}

async function runRules(files: readonly CorpusFile[], root: string): Promise<ToolRun> {
  // Loaded on demand so `--tool bandit` still runs while a rule file is mid-edit.
  const { BUILTIN_RULES } = await import("../src/rules/registry.js");
  const minConfidence = DEFAULT_CONFIG.minConfidence;
  const run = runRulesOnCorpus(files, root, BUILTIN_RULES, minConfidence);
  const notes = [
    `${BUILTIN_RULES.length} built-in rules; findings kept at confidence >= ${minConfidence} (${run.belowThreshold} below it dropped).`,
    ...run.notices.map((n) => `${n.level}: ${n.file ?? ""} ${n.message}`),
  ];
  return { findings: run.findings, files, notes };
}

function runBandit(files: readonly CorpusFile[], root: string, command: string): ToolRun {
  const python = files.filter((f) => f.language === "python");
  const result = spawnSync(command, ["-f", "json", "-r", "python"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    throw new Error(
      `could not run ${command} (${result.error.message}); install bandit with "apt-get install -y bandit"`,
    );
  }
  // Bandit exits 1 when it reports issues; anything else is a failure.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`bandit exited with ${String(result.status)}: ${result.stderr.trim()}`);
  }
  const parsed = parseBanditReport(result.stdout);
  const version = spawnSync(command, ["--version"], { encoding: "utf8" }).stdout.split("\n")[0] ?? "";
  return {
    findings: parsed.findings,
    files: python,
    notes: [
      `${version.trim()} over the Python corpus; every finding kept (bandit's default report).`,
      `${parsed.unmapped} bandit finding(s) had a test id with no corpus class.`,
      ...parsed.problems,
    ],
  };
}

async function compare(corpus: Corpus, root: string, banditCommand: string): Promise<string> {
  const python = corpus.files.filter((f) => f.language === "python");
  const rules = await runRules(python, root);
  const bandit = runBandit(corpus.files, root, banditCommand);
  return [
    `Python corpus: ${python.filter((f) => f.kind === "vuln").length} vulnerable cases`,
    ...rules.notes,
    ...bandit.notes,
    "",
    renderComparison(
      { name: "CodeGuardian rules", score: scoreQuality(python, rules.findings, CLASS_CWES) },
      { name: "bandit", score: scoreQuality(bandit.files, bandit.findings, CLASS_CWES) },
    ),
  ].join("\n");
}

interface BlindResult {
  readonly name: string;
  readonly cases: string;
  readonly problems: readonly string[];
  readonly provenance: Provenance;
  readonly score: QualityScore;
  readonly byWriter: Readonly<Record<string, QualityScore>>;
  readonly notes: readonly string[];
}

/** Scores every batch under the blind folder with the built-in rules; none when the folder is absent. */
async function scoreBlind(blindRoot: string, onlyClassFolder: string | undefined): Promise<BlindResult[]> {
  const folders = await readdir(blindRoot).catch(() => [] as string[]);
  const { BUILTIN_RULES } = await import("../src/rules/registry.js");
  const results: BlindResult[] = [];
  for (const name of batchNames(folders)) {
    const batch = await readBlindBatch(blindRoot, name, detectLanguage);
    const cases = casesOfClass(batch, onlyClassFolder);
    const run = runRulesOnUnits(
      reviewUnitsOf(cases),
      join(blindRoot, name),
      BUILTIN_RULES,
      DEFAULT_CONFIG.minConfidence,
    );
    const files = scoredFilesOf(cases);
    const score = scoreQuality(files, run.findings, CLASS_CWES);
    const byWriter: Record<string, QualityScore> = {};
    for (const writer of [...new Set(cases.map((c) => c.writer))].sort()) {
      const mine = new Set(files.filter((f) => f.path.startsWith(`${writer}/`)).map((f) => f.path));
      byWriter[writer] = scoreQuality(
        files.filter((f) => mine.has(f.path)),
        run.findings.filter((f) => mine.has(f.file)),
        CLASS_CWES,
      );
    }
    const kindOf = new Map(files.map((f) => [f.path, f.kind]));
    const inSafe = score.falsePositives.filter((m) => kindOf.get(m.file) === "safe").length;
    results.push({
      name,
      cases: describeCases(cases),
      problems: batch.problems,
      provenance: readProvenance(HERE, name, join(blindRoot, name), join(HERE, "..", "src", "rules")),
      score,
      byWriter,
      notes: [
        `${inSafe} false positive(s) in safe/ twins, ${score.falsePositives.length - inSafe} unmatched finding(s) in vuln/ versions (both counted as false positives)`,
        ...run.notices.filter((n) => n.level === "error").map((n) => `error: ${n.file ?? ""} ${n.message}`),
      ],
    });
  }
  return results;
}

function renderBlind(
  blindRoot: string,
  own: QualityScore,
  results: readonly BlindResult[],
  misses: number,
): string {
  const columns: ScoreColumn[] = [
    { name: "own", score: own },
    ...results.map((r) => ({ name: r.name, score: r.score })),
  ];
  const lines = [`Blind corpus: ${blindRoot}`];
  const newest = results.at(-1)?.name ?? "";
  for (const r of results) {
    lines.push(`${r.name}: ${r.cases}`, `  ${renderProvenance(r.provenance, newest)}`);
    lines.push(...r.problems.map((p) => `  corpus problem: ${p}`), ...r.notes.map((n) => `  ${n}`));
    const writers = Object.entries(r.byWriter).map(
      ([w, s]) => `${w} P ${fmt(s.overall.precision)} R ${fmt(s.overall.recall)}`,
    );
    lines.push(`  by writer: ${writers.join("; ")}`);
  }
  lines.push("", "Side by side (built-in rules):", "", renderSideBySide(columns));
  for (const r of results) {
    if (misses > 0) lines.push("", `${r.name} misses:`, renderMisses(r.score, misses));
  }
  return lines.join("\n");
}

/** `--class 89` narrows the run to one class's cases, for a quick loop while writing a rule. */
function onlyClass(corpus: Corpus, folder: string | undefined): Corpus {
  if (folder === undefined) return corpus;
  const cwe = `CWE-${folder.replace(/^CWE-/i, "")}`;
  const files = corpus.files.filter((f) => f.classCwe === cwe);
  if (files.length === 0) throw new Error(`--class ${folder}: the corpus has no cases of ${cwe}`);
  return { files, problems: corpus.problems };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tool: { type: "string", default: "rules" },
      json: { type: "string" },
      corpus: { type: "string", default: join(HERE, "corpus") },
      misses: { type: "string", default: "40" },
      bandit: { type: "string", default: "bandit" },
      class: { type: "string" },
      blind: { type: "string", default: join(HERE, "blind") },
      "skip-blind": { type: "boolean", default: false },
      "blind-misses": { type: "string", default: "0" },
    },
  });
  const tool = values.tool;
  if (tool !== "rules" && tool !== "bandit" && tool !== "compare") {
    throw new Error(`--tool must be "rules", "bandit" or "compare", not "${tool}"`);
  }
  const misses = Number(values.misses);
  if (!Number.isInteger(misses) || misses < 0)
    throw new Error(`--misses must be a whole number, not "${values.misses}"`);
  const root = resolve(values.corpus);
  const corpus = onlyClass(await readCorpus(root), values.class);
  if (tool === "compare") {
    process.stdout.write(`${await compare(corpus, root, values.bandit)}\n`);
    return;
  }
  const run =
    tool === "rules" ? await runRules(corpus.files, root) : runBandit(corpus.files, root, values.bandit);
  const score = scoreQuality(run.files, run.findings, CLASS_CWES);
  const targets = checkTargets(score);

  const vulnCases = run.files.filter((f) => f.kind === "vuln").length;
  const out = [
    `Corpus: ${root} (${vulnCases} vulnerable cases, ${run.files.length - vulnCases} safe twins)`,
    ...corpus.problems.map((p) => `corpus problem: ${p}`),
    ...run.notes,
    "",
    renderScore(tool === "rules" ? "CodeGuardian built-in rules" : "bandit", score, targets),
    "",
    renderByRule(score),
    "",
    renderMisses(score, misses),
  ];
  process.stdout.write(`${out.join("\n").trimEnd()}\n`);

  const blindMisses = Number(values["blind-misses"]);
  if (!Number.isInteger(blindMisses) || blindMisses < 0)
    throw new Error(`--blind-misses must be a whole number, not "${values["blind-misses"]}"`);
  const blindRoot = resolve(values.blind);
  const blind = tool === "rules" && !values["skip-blind"] ? await scoreBlind(blindRoot, values.class) : [];
  if (blind.length > 0) process.stdout.write(`\n${renderBlind(blindRoot, score, blind, blindMisses)}\n`);

  if (values.json !== undefined) {
    const report = {
      tool,
      corpus: root,
      vulnCases,
      problems: corpus.problems,
      notes: run.notes,
      score,
      targets,
      blind,
    };
    // 0/0 ratios are undefined in memory; JSON spells them null rather than dropping the key.
    const json = JSON.stringify(report, (_key, value: unknown) => (value === undefined ? null : value), 2);
    await writeFile(values.json, `${json}\n`);
    process.stdout.write(`JSON written to ${values.json}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:quality failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
