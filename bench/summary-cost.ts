/**
 * What the cross-file summary step (src/rules/xfile/) costs beside the rules,
 * in process CPU time (user + system), so a loaded machine skews it less than
 * wall time. One thread, files in path order; each file is parsed, every
 * built-in rule runs on it with the memo the pool gives them, then the
 * summary is built from that memo and timed on its own. Prints the CPU of
 * both per round, the summaries' size and the flows the link step finds over
 * the tree, with a digest of the summaries to compare two versions of the code.
 *
 *   npx tsx bench/summary-cost.ts /usr/lib/python3.11 --top --rounds 3
 *   npx tsx bench/summary-cost.ts node_modules/fastify --rounds 3
 *   npx tsx bench/summary-cost.ts /usr/lib/python3.11 --rounds 1 --per-rule
 *   npx tsx bench/summary-cost.ts /usr/lib/python3.11 --whole   # every file's whole summary, as before demand.ts
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import { isCodeLanguage } from "../src/core/language.js";
import type { SourceFile } from "../src/core/source-file.js";
import { LineIndex } from "../src/core/location.js";
import { discoverFiles } from "../src/platform/discover.js";
import type { RuleContext } from "../src/rules/define-rule.js";
import { parseSource } from "../src/rules/parse.js";
import { BUILTIN_RULES } from "../src/rules/registry.js";
import { DEFAULT_LINK_LIMITS, linkSummaries } from "../src/rules/xfile/link.js";
import { reviewResolver } from "../src/rules/xfile/resolver.js";
import { summariseFile } from "../src/rules/xfile/summarise.js";
import { makeReachedWhole } from "../src/rules/xfile/demand.js";
import type { FileSummary, SummaryPass } from "../src/rules/xfile/summary.js";

const args = process.argv.slice(2);
const given = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
if (given === undefined) throw new Error("usage: summary-cost.ts <tree> [--top] [--rounds N]");
const root = resolve(given);
const topOnly = args.includes("--top");
const rounds = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : 3;
// Per-rule CPU (min over rounds) shows which rule a regression came from.
const perRule = args.includes("--per-rule");
// The analyser's way by default: a first pass, made whole where another file's flow reaches (src/rules/xfile/demand.ts).
const pass: SummaryPass = args.includes("--whole") ? "whole" : "first";
const ruleMs = new Map<string, number>();

const scope = await discoverFiles({
  root,
  include: [],
  exclude: [],
  maxFileBytes: DEFAULT_CONFIG.limits.maxFileBytes,
  maxLineLength: DEFAULT_CONFIG.limits.maxLineLength,
});
const files = scope.files.filter((f) => isCodeLanguage(f.language) && (!topOnly || !f.path.includes("/")));
const mb = files.reduce((s, f) => s + f.bytes, 0) / 1e6;
console.log(`${root}: ${files.length} code files, ${mb.toFixed(2)} MB, ${rounds} rounds`);

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The rules on one file as the pool runs them (src/rules/run-rules.ts), keeping the memo for the summary. */
function runRules(
  file: SourceFile,
): { root: NonNullable<RuleContext["root"]>; memo: Map<string, unknown>; findings: number } | undefined {
  if (!isCodeLanguage(file.language)) return undefined;
  const parsed = parseSource(file.language, file.text);
  const lines = new LineIndex(file.text);
  const memo = new Map<string, unknown>();
  let findings = 0;
  for (const rule of BUILTIN_RULES.filter((r) => r.meta.languages.includes(file.language))) {
    const context: RuleContext<unknown> = {
      rule: rule.meta,
      file,
      text: file.text,
      lines,
      root: parsed.root,
      report: (report) => {
        findings++;
        rule.fix?.(
          {
            node: report.node,
            range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
            state: report.state,
          },
          {
            file,
            text: file.text,
            lines,
            root: parsed.root,
          },
        );
      },
      templates: [],
      memo: <T>(key: string, compute: () => T): T => {
        if (!memo.has(key)) memo.set(key, compute());
        return memo.get(key) as T;
      },
    };
    const t0 = perRule ? cpuMs() : 0;
    try {
      rule.check(context);
    } catch {
      // A failing rule is the pool's notice; its cost still counts.
    }
    if (perRule) roundRuleMs.set(rule.meta.id, (roundRuleMs.get(rule.meta.id) ?? 0) + cpuMs() - t0);
  }
  return { root: parsed.root, memo, findings };
}

const resolver = reviewResolver(files.map((f) => f.path));
let roundRuleMs = new Map<string, number>();
let summaries: FileSummary[] = [];
const slowest = new Map<string, number>();
for (let round = 1; round <= rounds; round++) {
  let rulesMs = 0;
  let summaryMs = 0;
  let findings = 0;
  summaries = [];
  roundRuleMs = new Map();
  for (const file of files) {
    const t0 = cpuMs();
    const ran = runRules(file);
    const t1 = cpuMs();
    const summary = ran === undefined ? undefined : summariseFile(file, ran.root, ran.memo, pass);
    const t2 = cpuMs();
    rulesMs += t1 - t0;
    summaryMs += t2 - t1;
    findings += ran?.findings ?? 0;
    if (summary) summaries.push(summary);
    slowest.set(file.path, Math.min(slowest.get(file.path) ?? Infinity, t2 - t1));
  }
  // The second pass: the rules and the whole summary again, on the files another file's flow reaches.
  const t3 = cpuMs();
  const byPath = new Map(files.map((f) => [f.path, f]));
  const asMap = new Map(summaries.map((s) => [s.path, s]));
  let reached = 0;
  makeReachedWhole(
    asMap,
    resolver,
    (path) => {
      const file = byPath.get(path);
      const ran = file === undefined ? undefined : runRules(file);
      reached++;
      return file === undefined || ran === undefined
        ? undefined
        : summariseFile(file, ran.root, ran.memo, "whole");
    },
    DEFAULT_LINK_LIMITS.depth,
  );
  summaries = [...asMap.values()];
  const secondMs = cpuMs() - t3;
  console.log(
    `round ${round}: rules ${(rulesMs / 1000).toFixed(2)} s CPU, summaries ${(summaryMs / 1000).toFixed(2)} s CPU (+${((summaryMs / rulesMs) * 100).toFixed(0)}%), second pass ${reached} files ${(secondMs / 1000).toFixed(2)} s CPU (+${((secondMs / rulesMs) * 100).toFixed(0)}%), ${findings} per-file reports`,
  );
  for (const [id, ms] of roundRuleMs) ruleMs.set(id, Math.min(ruleMs.get(id) ?? Infinity, ms));
}
if (perRule) {
  const ranked = [...ruleMs].sort((a, b) => b[1] - a[1]);
  console.log(
    `per rule (CPU ms, min over rounds): ${ranked.map(([id, ms]) => `${id} ${ms.toFixed(0)}`).join(", ")}`,
  );
}

const linked = linkSummaries(summaries, resolver, DEFAULT_LINK_LIMITS);
const json = JSON.stringify(summaries);
console.log(
  `summaries: ${summaries.length} files, ${summaries.reduce((s, f) => s + f.functions.length, 0)} functions (${summaries.reduce((s, f) => s + f.functions.filter((fn) => fn.returns !== undefined).length, 0)} with returns), ${summaries.reduce((s, f) => s + Object.keys(f.calls).length, 0)} calls, ${summaries.reduce((s, f) => s + f.sinks.length, 0)} sinks, ${(json.length / 1e3).toFixed(0)} kB, digest ${createHash("sha256").update(json).digest("hex").slice(0, 12)}`,
);
console.log(
  `linked: ${linked.flows.length} flows across files${linked.limited ? " (limit reached)" : ""}, digest ${createHash("sha256").update(JSON.stringify(linked.flows)).digest("hex").slice(0, 12)}`,
);
const top = [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(
  `costliest summaries (min over rounds): ${top.map(([p, ms]) => `${p} ${ms.toFixed(0)} ms`).join(", ")}`,
);
