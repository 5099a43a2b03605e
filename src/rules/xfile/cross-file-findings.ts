import type { FindingDraft } from "../../core/finding.js";
import type { Notice } from "../../core/review.js";
import type { RuleMeta } from "../../core/rule-meta.js";
import { maxSeverity } from "../../core/severity.js";
import { isStringOnlySource } from "../js/dataflow/string-sources.js";
import { decideFlow, HARDENING_WHY } from "../shared/trust.js";
import {
  DEFAULT_LINK_LIMITS,
  linkSummaries,
  sinkKey,
  type CrossFileFlow,
  type LinkLimits,
  type LinkResult,
  type ModuleResolver,
} from "./link.js";
import type { FileSummary } from "./summary.js";
import { settingFindings } from "./settings.js";

export interface CrossFileResult {
  /** The per-file drafts with the cross-file ones added (or folded into a per-file draft at the same sink). */
  readonly drafts: FindingDraft[];
  readonly notices: Notice[];
  /** How many flows across files were found, for the benchmarks. */
  readonly flows: number;
  /** The linked flows themselves, whatever rule reports them: for callers that compare flows (src/fixes/proof/cross-file.ts). */
  readonly links: LinkResult;
}

/**
 * The review's second step for the built-in rules: links the files'
 * summaries and reports each flow that crosses files once, at its sink (where
 * the flaw is fixed), naming the real source and the calls on the way. A
 * per-file finding of the same rule at the same sink (a data-access method
 * flagged for its unknown callers) takes the flow's wording and its stronger
 * severity, and keeps its fix.
 */
export function addCrossFileFindings(
  drafts: readonly FindingDraft[],
  summaries: readonly FileSummary[],
  rules: readonly RuleMeta[],
  resolve: ModuleResolver,
  limits: LinkLimits = DEFAULT_LINK_LIMITS,
): CrossFileResult {
  const notices: Notice[] = [];
  if (summaries.length < 2)
    return { drafts: [...drafts], notices, flows: 0, links: { flows: [], limited: false } };
  const linked = linkSummaries(summaries, resolve, limits);
  if (linked.limited) {
    notices.push({
      level: "warning",
      analyser: "rules",
      message: `data flow across files stopped at its limit (${limits.depth} calls deep, ${limits.budget} steps per review): some flows between files may be missing; each file's own analysis is complete`,
    });
  }
  const byId = new Map(rules.map((r) => [r.id, r]));
  // A file's finding on input that another module's function escapes before it comes back (link.ts, `cleared`).
  const cleared = linked.cleared ?? new Set<string>();
  const out = drafts.filter(
    (d) => cleared.size === 0 || !cleared.has(sinkKey(d.file, { ruleId: d.ruleId, range: d.range })),
  );
  const at = new Map(
    out.map((d, i) => [placeKey(d.file, d.ruleId, d.range.start.line, d.range.start.column), i]),
  );
  let count = 0;
  // Settings applied here and defined in another module (settings.ts): found beside the flows, at the place that applies them.
  for (const draft of settingFindings(summaries, rules, resolve)) {
    const { start } = draft.range;
    if (at.has(placeKey(draft.file, draft.ruleId, start.line, start.column))) continue;
    at.set(placeKey(draft.file, draft.ruleId, start.line, start.column), out.length);
    out.push(draft);
  }
  for (const flow of linked.flows) {
    if (cleared.has(sinkKey(flow.sinkFile, flow.sink))) continue;
    const rule = byId.get(flow.sink.ruleId);
    const draft = rule === undefined ? undefined : draftOf(flow, rule);
    if (draft === undefined) continue;
    count++;
    const { start } = draft.range;
    const index = at.get(placeKey(draft.file, draft.ruleId, start.line, start.column));
    const held = index === undefined ? undefined : out[index];
    if (index === undefined || held === undefined) {
      out.push(draft);
      continue;
    }
    out[index] = {
      ...held,
      description: draft.description,
      severity: maxSeverity(held.severity, draft.severity),
      confidence: Math.max(held.confidence, draft.confidence),
    };
  }
  return { drafts: out, notices, flows: count, links: linked };
}

/** One finding place: a rule at a position in a file, where a flow and a per-file finding meet. */
export function placeKey(file: string, ruleId: string, line: number, column: number): string {
  return `${file}\u0000${ruleId}\u0000${line}\u0000${column}`;
}

function draftOf(flow: CrossFileFlow, rule: RuleMeta): FindingDraft | undefined {
  const { source, sink } = flow;
  // A string from the URL or a header cannot carry a MongoDB operator object, as in the rule's own file check.
  if (sink.kind === "nosql" && sink.ruleId.startsWith("js/") && isStringOnlySource(source)) return undefined;
  const decision = decideFlow(source.level, rule.severity, rule);
  if (decision === undefined) return undefined;
  const where = `${source.label}, ${flow.sourceFile} line ${source.line}`;
  const from = source.words === undefined ? where : `${source.words} (${where})`;
  const path = flow.steps.map((s) => `${s.callee}() (${s.file} line ${s.line})`).join(" → ");
  const what = decision.hardening ? "Data" : "Untrusted data";
  return {
    ruleId: rule.id,
    file: flow.sinkFile,
    range: sink.range,
    severity: decision.severity,
    category: rule.category,
    title: rule.title,
    description: `${what} from ${from} reaches ${sink.sink} in ${flow.sinkFile} through ${path}. ${decision.hardening ? HARDENING_WHY : sink.why}`,
    recommendation: rule.howToFix,
    cwe: rule.cwe.slice(0, 1),
    confidence: Math.round(rule.confidence * Math.min(1, source.confidence) * 100) / 100,
    source: "rules",
    ...(rule.family === undefined ? {} : { family: rule.family }),
  };
}
