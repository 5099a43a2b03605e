/**
 * `npm run bench:fixes`: for every finding with a fix on the labelled corpus
 * (bench/corpus) and in the rules' own test cases, the share of fixes that
 * apply, parse, remove the finding without adding one, and whose safe twin
 * (a corpus *.safe.* file, or a rule's safe cases) gets no fix at all.
 * The blind batches' critical and high findings are counted per case
 * version reviewed as one unit, their fixes proven with the unit re-linked.
 * It measures and reports; only a crash exits non-zero.
 */
import { register } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { glob } from "tinyglobby";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import { LineIndex } from "../src/core/location.js";
import type { Finding } from "../src/core/finding.js";
import type { Language } from "../src/core/language.js";
import type { SourceFile } from "../src/core/source-file.js";
import { validateFix } from "../src/fixes/validate.js";
import { DraftMemo } from "../src/fixes/recheck.js";
import { synthesise } from "../src/pipeline/synthesise.js";
import type { Rule } from "../src/rules/define-rule.js";
import { BUILTIN_RULES } from "../src/rules/registry.js";
import type { RuleCases } from "../src/rules/rule-tester.js";
import { sourceFileFor } from "../src/rules/rule-tester.js";
import { runRulesOnFile } from "../src/rules/run-rules.js";
import { readCorpus } from "./lib/corpus.js";
import { reviewUnitsOf } from "./lib/blind-score.js";
import { unitResolver, unitSourceFile } from "./lib/rules-run.js";
import type { CrossFileContext } from "../src/fixes/proof/cross-file.js";
import { reviewUnit } from "../test/fixes/findings.js";
import { batchNames, readBlindBatch } from "./lib/blind.js";
import { detectLanguage } from "../src/platform/detect-language.js";
import { readdir } from "node:fs/promises";
import { percent, renderTable } from "./lib/render.js";
import { measureLlmFixes, renderLlmFixes, type LlmFixCase } from "./lib/llm-fixes.js";
import { measureRewrites, renderRewrites } from "./lib/evasive.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..");

interface Tally {
  fixes: number;
  applies: number;
  parses: number;
  gone: number;
  proven: number;
  /** Safe files (twins, safe cases) checked, and how many got a fix proposed. */
  safeChecked: number;
  safeWithFix: number;
  failures: string[];
}

const tallies = new Map<string, Tally>();
function tally(ruleId: string): Tally {
  let t = tallies.get(ruleId);
  if (!t) {
    t = { fixes: 0, applies: 0, parses: 0, gone: 0, proven: 0, safeChecked: 0, safeWithFix: 0, failures: [] };
    tallies.set(ruleId, t);
  }
  return t;
}

/** Findings as a review would make them (synthesis merges and sets fingerprints). */
function findingsOf(file: SourceFile, rules: readonly Rule[], minConfidence: number): Finding[] {
  const drafts = runRulesOnFile(file, rules).drafts;
  return synthesise({
    drafts,
    texts: new Map([[file.path, file.text]]),
    identities: new Map([[file.path, file.path]]),
    redactions: new Map(),
    config: { ...DEFAULT_CONFIG, minConfidence },
  });
}

/**
 * Critical and high findings on each corpus's vulnerable files, and how many
 * of them carry a fix the ladder proves (issue "Proven means the flaw is gone").
 */
const severe = new Map<string, { findings: number; withFix: number; proven: number }>();
/** The same, by rule: which classes have proven fixes at all on each corpus. */
const severeByRule = new Map<string, Map<string, { findings: number; proven: number }>>();

/** The ladder's view beyond the file: its memo, and for a multi-file unit the other files' summaries. */
interface SevereDeps {
  readonly memo: DraftMemo;
  readonly crossFile?: CrossFileContext;
  /** A second tally a finding also counts in (the flows across files of a corpus). */
  readonly alsoIn?: (finding: Finding) => string | undefined;
}

async function countSevere(
  file: SourceFile,
  findings: readonly Finding[],
  corpus: string,
  deps: SevereDeps = { memo: new DraftMemo(BUILTIN_RULES) },
): Promise<void> {
  const tallyOf = (key: string): { findings: number; withFix: number; proven: number } => {
    const held = severe.get(key) ?? { findings: 0, withFix: 0, proven: 0 };
    severe.set(key, held);
    return held;
  };
  const { alsoIn, ...ladder } = deps;
  for (const finding of findings) {
    if (finding.severity !== "critical" && finding.severity !== "high") continue;
    const also = alsoIn?.(finding);
    const tallies = [tallyOf(corpus), ...(also === undefined ? [] : [tallyOf(also)])];
    for (const t of tallies) t.findings++;
    const rules = severeByRule.get(corpus) ?? new Map<string, { findings: number; proven: number }>();
    severeByRule.set(corpus, rules);
    const byRule = rules.get(finding.ruleId) ?? { findings: 0, proven: 0 };
    rules.set(finding.ruleId, byRule);
    byRule.findings++;
    if (!finding.fix) continue;
    for (const t of tallies) t.withFix++;
    const { validation } = await validateFix(
      { file, finding, fix: finding.fix, place: finding.range },
      { rules: BUILTIN_RULES, ...ladder },
    );
    if (validation.status === "proven") {
      for (const t of tallies) t.proven++;
      byRule.proven++;
    }
  }
}

/** Where a finding stands: its file, rule and start. */
function placeOf(file: string, ruleId: string, line: number, column: number): string {
  return `${file}\u0000${ruleId}\u0000${line}\u0000${column}`;
}

/**
 * The blind batches' vulnerable case versions, each reviewed as one unit as
 * bench:quality does: each file, then flows across its files; each fix is
 * proven with the unit's other files re-linked (docs/fixes.md, "Proven across files").
 */
async function benchBlindSevere(): Promise<string[]> {
  const root = join(HERE, "blind");
  const names = batchNames(await readdir(root).catch(() => [] as string[]));
  let units = 0;
  let files = 0;
  let flows = 0;
  for (const name of names) {
    const batch = await readBlindBatch(root, name, detectLanguage);
    for (const unit of reviewUnitsOf(batch.cases).filter((u) => u.id.endsWith("/vuln"))) {
      if (unit.files.length === 0) continue;
      units++;
      files += unit.files.length;
      const sources = unit.files.map((f) => unitSourceFile(f, join(root, name)));
      const { findings, memo, crossFile, perFile, linked } = reviewUnit(sources, {
        minConfidence: DEFAULT_CONFIG.minConfidence,
        resolve: unitResolver(unit),
      });
      flows += linked.flows;
      // Findings a flow across files made or reworded: the ones only a unit review shows.
      const own = new Set(perFile);
      const flowPlaces = new Set(
        linked.drafts
          .filter((d) => !own.has(d))
          .map((d) => placeOf(d.file, d.ruleId, d.range.start.line, d.range.start.column)),
      );
      const alsoIn = (f: Finding): string | undefined =>
        flowPlaces.has(placeOf(f.file, f.ruleId, f.range.start.line, f.range.start.column))
          ? `blind ${name}, flows across files`
          : undefined;
      for (const source of sources)
        await countSevere(
          source,
          findings.filter((f) => f.file === source.path),
          `blind ${name}`,
          { memo, crossFile, alsoIn },
        );
    }
  }
  return [
    `blind corpus: ${names.join(", ") || "none"}, ${units} vulnerable case versions (${files} files) each reviewed as one unit, ${flows} flow(s) across files`,
  ];
}

/** The classes of mechanical fixes issue 14 asks for (item 3), by the rules whose fixes make them. */
const FIX_CLASSES: readonly { readonly name: string; readonly rule: string }[] = [
  { name: "parameterised SQL", rule: "sql-injection" },
  { name: "argument lists for commands", rule: "command-injection" },
  { name: "literal_eval / JSON.parse", rule: "code-injection" },
  { name: "secure random", rule: "insecure-random" },
  { name: "safe_load", rule: "insecure-deserialization" },
  { name: "XML entities off", rule: "xxe" },
];

function classLine(rules: ReadonlyMap<string, { findings: number; proven: number }>): string {
  const cells = FIX_CLASSES.map((c) => {
    const mine = [...rules.entries()].filter(([id]) => id.split("/")[1] === c.rule).map(([, r]) => r);
    const proven = mine.reduce((n, r) => n + r.proven, 0);
    const found = mine.reduce((n, r) => n + r.findings, 0);
    return { name: c.name, proven, found };
  });
  const covered = cells.filter((c) => c.proven > 0).length;
  return `${covered} of ${FIX_CLASSES.length} with a proven fix (${cells.map((c) => `${c.name} ${c.proven}/${c.found}`).join(", ")})`;
}

/** Fixes measured per source, and the controls: a do-nothing fix must always be rejected. */
const bySource = new Map<string, { fixes: number; proven: number }>();
const control = { tried: 0, rejected: 0 };
/** Every corpus file with findings, for the LLM-fix ladder. */
const llmCases: LlmFixCase[] = [];

/** Each fix alone on the file as it is: the ladder with every built-in rule. */
async function measure(
  file: SourceFile,
  findings: readonly Finding[],
  where: string,
  source: string,
): Promise<void> {
  const memo = new DraftMemo(BUILTIN_RULES);
  const counts = bySource.get(source) ?? { fixes: 0, proven: 0 };
  bySource.set(source, counts);
  const lines = new LineIndex(file.text);
  for (const finding of findings) {
    if (!finding.fix) continue;
    const t = tally(finding.ruleId);
    t.fixes++;
    counts.fixes++;
    // The same edits with the text already there: the finding stays, so the ladder must reject it.
    const noOp = finding.fix.edits.map((e) => ({
      range: e.range,
      text: file.text.slice(lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)),
    }));
    const controlResult = await validateFix(
      { file, finding, fix: { ...finding.fix, edits: noOp }, place: finding.range },
      { rules: BUILTIN_RULES, memo },
    );
    control.tried++;
    if (controlResult.validation.status === "rejected") control.rejected++;
    const { validation } = await validateFix(
      { file, finding, fix: finding.fix, place: finding.range },
      { rules: BUILTIN_RULES, memo },
    );
    if (validation.applies) t.applies++;
    if (validation.parses) t.parses++;
    if (validation.findingGone && validation.noNewFindings) t.gone++;
    if (validation.status === "proven") {
      t.proven++;
      counts.proven++;
    } else t.failures.push(`${where}:${finding.range.start.line}: ${validation.reasons.join("; ")}`);
  }
}

function safeCheck(findings: readonly Finding[], ruleIds: readonly string[], where: string): void {
  for (const id of ruleIds) {
    const t = tally(id);
    t.safeChecked++;
    const proposed = findings.filter((f) => f.ruleId === id && f.fix);
    if (proposed.length > 0) {
      t.safeWithFix++;
      t.failures.push(`${where}:${proposed[0]!.range.start.line}: a fix is proposed on a safe case`);
    }
  }
}

async function benchCorpus(): Promise<string[]> {
  const corpus = await readCorpus(join(HERE, "corpus"));
  const files = corpus.files;
  const notes: string[] = [];
  let withFix = 0;
  for (const vuln of files.filter((f) => f.kind === "vuln")) {
    const source = sourceFileFor(vuln.text, vuln.codeLanguage, vuln.path);
    const findings = findingsOf(source, BUILTIN_RULES, DEFAULT_CONFIG.minConfidence);
    if (findings.length > 0) llmCases.push({ file: source, findings });
    await countSevere(source, findings, "labelled corpus");
    const fixed = findings.filter((f) => f.fix);
    if (fixed.length === 0) continue;
    withFix++;
    await measure(source, findings, `corpus/${vuln.path}`, "labelled corpus");
    const twinPath = vuln.path.replace(".vuln.", ".safe.");
    const twin = files.find((f) => f.path === twinPath);
    if (!twin) continue;
    const twinFindings = findingsOf(
      sourceFileFor(twin.text, twin.codeLanguage, twin.path),
      BUILTIN_RULES,
      DEFAULT_CONFIG.minConfidence,
    );
    safeCheck(twinFindings, [...new Set(fixed.map((f) => f.ruleId))], `corpus/${twin.path}`);
  }
  notes.push(
    `corpus: ${files.filter((f) => f.kind === "vuln").length} vulnerable files, ${withFix} with at least one fix`,
  );
  return notes;
}

/**
 * The rules' test files call testRule(rule, cases) at load. A loader hook
 * hands them a collector in place of the vitest-based tester, so the same
 * case tables are read here without running vitest.
 */
async function collectRuleCases(): Promise<{ rule: Rule; cases: RuleCases }[]> {
  const collected: { rule: Rule; cases: RuleCases }[] = [];
  (globalThis as { __cgFixBenchCases?: unknown }).__cgFixBenchCases = collected;
  const tester = pathToFileURL(join(ROOT, "src/rules/rule-tester.ts")).href;
  const collector = `export function testRule(rule, cases) { globalThis.__cgFixBenchCases.push({ rule, cases }); }
export { runRule, sourceFileFor } from ${JSON.stringify(tester)};`;
  const noVitest =
    "export const describe = () => {}; export const it = () => {}; export const expect = () => ({});";
  const hooks = `
const RULE_TEST = /\\/src\\/rules\\/.*\\.test\\.ts$/;
export async function resolve(specifier, context, next) {
  if (context.parentURL && RULE_TEST.test(context.parentURL)) {
    if (specifier === "../rule-tester.js") return { url: ${JSON.stringify(`data:text/javascript,${encodeURIComponent(collector)}`)}, shortCircuit: true };
    if (specifier === "vitest") return { url: ${JSON.stringify(`data:text/javascript,${encodeURIComponent(noVitest)}`)}, shortCircuit: true };
  }
  return next(specifier, context);
}`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
  const tests = (await glob("src/rules/{python,js,text}/*.test.ts", { cwd: ROOT })).sort();
  for (const test of tests) await import(pathToFileURL(join(ROOT, test)).href);
  return collected;
}

const EXTENSIONS: Partial<Record<Language, string>> = {
  python: "py",
  javascript: "js",
  typescript: "ts",
  tsx: "tsx",
};

async function benchRuleCases(): Promise<string[]> {
  const suites = await collectRuleCases();
  let cases = 0;
  for (const { rule, cases: table } of suites) {
    if (!rule.meta.fixable) continue;
    cases += table.invalid.length;
    for (const [i, c] of table.invalid.entries()) {
      const language = c.language ?? rule.meta.languages[0]!;
      const file = sourceFileFor(c.code, language, c.filename ?? `case.${EXTENSIONS[language] ?? "txt"}`);
      await measure(
        file,
        findingsOf(file, [rule], 0),
        `${rule.meta.id} vulnerable #${i + 1}`,
        "rule test cases",
      );
    }
    for (const [i, c] of table.valid.entries()) {
      const language = c.language ?? rule.meta.languages[0]!;
      const file = sourceFileFor(c.code, language, c.filename ?? `case.${EXTENSIONS[language] ?? "txt"}`);
      safeCheck(findingsOf(file, [rule], 0), [rule.meta.id], `${rule.meta.id} safe #${i + 1}`);
    }
  }
  const fixable = suites.filter((s) => s.rule.meta.fixable).length;
  return [
    `rule cases: ${suites.length} rule test files read, ${fixable} of fixable rules (${cases} vulnerable cases)`,
  ];
}

/** One table row: what share of a rule's (or all) fixes passed each step, and how many safe files stayed clean. */
function cells(label: string, t: Omit<Tally, "failures">): string[] {
  const clean = t.safeChecked - t.safeWithFix;
  return [
    label,
    String(t.fixes),
    percent(t.applies, t.fixes),
    percent(t.parses, t.fixes),
    percent(t.gone, t.fixes),
    percent(t.proven, t.fixes),
    `${percent(clean, t.safeChecked)} (${clean}/${t.safeChecked})`,
  ];
}

function render(): string {
  const header = ["rule", "fixes", "applies", "parses", "gone+no-new", "proven", "safe twins clean"];
  const rows = [...tallies.entries()]
    .filter(([, t]) => t.fixes > 0 || t.safeChecked > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => cells(id, t));
  const all = [...tallies.values()].reduce(
    (s, t) => ({
      fixes: s.fixes + t.fixes,
      applies: s.applies + t.applies,
      parses: s.parses + t.parses,
      gone: s.gone + t.gone,
      proven: s.proven + t.proven,
      safeChecked: s.safeChecked + t.safeChecked,
      safeWithFix: s.safeWithFix + t.safeWithFix,
    }),
    { fixes: 0, applies: 0, parses: 0, gone: 0, proven: 0, safeChecked: 0, safeWithFix: 0 },
  );
  const table = renderTable(
    [header, ...rows, header.map((h) => "-".repeat(h.length)), cells("overall", all)],
    1,
  );
  const target =
    all.fixes === 0
      ? "no fixes measured"
      : `proven ${percent(all.proven, all.fixes)} (target ≥ 95%): ${all.proven / all.fixes >= 0.95 ? "met" : "NOT met"}`;
  return [table, "", target].join("\n");
}

const started = performance.now();
const notes = [...(await benchCorpus()), ...(await benchBlindSevere()), ...(await benchRuleCases())];
console.log(
  `Deterministic fixes, each validated alone on the file as written (${BUILTIN_RULES.length} built-in rules)`,
);
for (const note of notes) console.log(`  ${note}`);
for (const [source, c] of bySource) console.log(`  ${source}: ${c.proven}/${c.fixes} fixes proven`);
console.log(`  control: ${control.rejected}/${control.tried} do-nothing fixes rejected (must be all)`);
for (const [corpus, c] of severe)
  console.log(
    `  critical and high findings with a proven fix, ${corpus}: ${c.proven}/${c.findings} (${percent(c.proven, c.findings)}; ${c.withFix} with any fix)`,
  );
for (const [corpus, rules] of severeByRule) {
  console.log(`    classes of issue 14 item 3, ${corpus}: ${classLine(rules)}`);
  const rows = [...rules.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, r]) => `${id} ${r.proven}/${r.findings}`);
  console.log(`    by rule, ${corpus}: ${rows.join(", ")}`);
}
console.log("");
console.log(render());
const failures = [...tallies.entries()].flatMap(([id, t]) => t.failures.map((f) => `  ${id}: ${f}`));
if (failures.length > 0) console.log(`\nNot proven (${failures.length}):\n${failures.join("\n")}`);
console.log(
  "\nEvasive rewrites (blind set bench/fixes/evasive, brief in its BRIEF.md), each fed to the ladder as a model's proposal for the finding on the original:",
);
console.log(
  renderRewrites(
    await measureRewrites(join(HERE, "fixes", "evasive")),
    await measureRewrites(join(HERE, "fixes", "evasive-honest")),
  ),
);
if (!process.argv.includes("--no-llm")) {
  const findings = llmCases.reduce((n, c) => n + c.findings.length, 0);
  console.log(
    `\nLLM fixes: the ladder on ${findings} findings of ${llmCases.length} corpus files, each answered by a stand-in model with scripted behaviours (local OpenAI-wire server; no real model)\n`,
  );
  console.log(renderLlmFixes(await measureLlmFixes(llmCases)));
}
console.log(
  `\n${((performance.now() - started) / 1000).toFixed(1)} s; run from ${relative(process.cwd(), ROOT) || "."}`,
);
