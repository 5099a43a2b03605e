import { CATEGORIES, type Category } from "../core/category.js";
import type { ResolvedConfig } from "../core/config.js";
import type { Finding, FindingDraft } from "../core/finding.js";
import { fingerprintOf, normaliseSnippet } from "../core/fingerprint.js";
import type { Language } from "../core/language.js";
import {
  comparePositions,
  LineIndex,
  lineIndexFor,
  rangesOverlapLines,
  type Range,
} from "../core/location.js";
import type { FileStats, ReviewSummary } from "../core/review.js";
import { REDACTION_MASK } from "../core/redaction.js";
import { qualityScore, SCORE_VERSION } from "../core/score.js";
import { SEVERITIES, maxSeverity, severityRank, type Severity } from "../core/severity.js";

/** The analyser whose calibrated severity and wording lead a merged finding. */
export const BUILTIN_ANALYSER = "rules";

/** Longest snippet kept on a finding, in lines. */
const MAX_SNIPPET_LINES = 8;

export interface SynthesisInput {
  readonly drafts: readonly FindingDraft[];
  /** path → file text, for snippets. */
  readonly texts: ReadonlyMap<string, string>;
  /** path → language, so snippet lines are counted as the language counts them (U+2028 in JavaScript). */
  readonly languages?: ReadonlyMap<string, Language>;
  /** path → identity path for fingerprints (see resolveIdentityPaths). */
  readonly identities: ReadonlyMap<string, string>;
  /** Ranges to redact in every snippet of a file (secrets). */
  readonly redactions: ReadonlyMap<string, readonly Range[]>;
  readonly config: Pick<ResolvedConfig, "rules" | "minConfidence">;
}

/**
 * Drafts → findings: apply rule settings and the confidence threshold, merge
 * what several analysers report for the same place and issue, attach
 * snippets and fingerprints, and sort critical first.
 */
export function synthesise(input: SynthesisInput): Finding[] {
  const kept = input.drafts.flatMap((draft) => applyRuleSettings(draft, input.config));
  const byFile = groupBy(kept, (d) => d.file);
  const findings: Finding[] = [];
  for (const [file, drafts] of byFile) {
    const text = input.texts.get(file) ?? "";
    const language = input.languages?.get(file);
    const index = language === undefined ? new LineIndex(text) : lineIndexFor(language, text);
    const redactions = input.redactions.get(file) ?? [];
    const identity = input.identities.get(file) ?? file;
    const occurrences = new Map<string, number>();
    const merged = mergeSameIssue(drafts).sort((a, b) =>
      comparePositions(a.lead.range.start, b.lead.range.start),
    );
    for (const group of merged) {
      const snippet = snippetOf(index, group.lead.range, redactions);
      const key = `${group.lead.ruleId}\u0000${normaliseSnippet(snippet)}`;
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      findings.push(
        toFinding(group, snippet, fingerprintOf(group.lead.ruleId, identity, snippet, occurrence)),
      );
    }
  }
  return findings.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    b.confidence - a.confidence ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/**
 * Counts by severity and category (every finding), and the score of the
 * production findings over the production lines (all lines when the review
 * did not tell production from the rest).
 */
export function summarise(
  findings: readonly Finding[],
  files: Pick<FileStats, "lines" | "productionLines">,
): ReviewSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const finding of findings) {
    bySeverity[finding.severity] += 1;
    byCategory[finding.category] += 1;
  }
  return {
    total: findings.length,
    bySeverity,
    byCategory,
    score: qualityScore(findings, files.productionLines ?? files.lines),
    scoreVersion: SCORE_VERSION,
  };
}

function applyRuleSettings(
  draft: FindingDraft,
  config: Pick<ResolvedConfig, "rules" | "minConfidence">,
): FindingDraft[] {
  const setting = config.rules[draft.ruleId];
  if (setting && !setting.enabled) return [];
  if (draft.confidence < config.minConfidence) return [];
  return [setting?.severity ? { ...draft, severity: setting.severity } : draft];
}

interface MergeGroup {
  lead: FindingDraft;
  members: FindingDraft[];
}

function sameIssue(a: FindingDraft, b: FindingDraft): boolean {
  if (!rangesOverlapLines(a.range, b.range)) return false;
  if (a.ruleId === b.ruleId) return true;
  if (a.family !== undefined && a.family === b.family) return true;
  return a.cwe.some((id) => b.cwe.includes(id));
}

/**
 * Leader preference: the built-in rule engine first; among its rules, the
 * language's own rule before a text-level one (`text/known-token` sees only a
 * token's shape, and findings keep the rule id and fingerprint they had before
 * text rules ran on source code); then the most severe, then the most confident.
 */
function leads(candidate: FindingDraft, current: FindingDraft): boolean {
  const cb = candidate.source === BUILTIN_ANALYSER;
  const ub = current.source === BUILTIN_ANALYSER;
  if (cb !== ub) return cb;
  const ct = candidate.ruleId.startsWith("text/");
  const ut = current.ruleId.startsWith("text/");
  if (cb && ct !== ut) return !ct;
  const bySeverity = severityRank(candidate.severity) - severityRank(current.severity);
  if (bySeverity !== 0) return bySeverity > 0;
  return candidate.confidence > current.confidence;
}

function mergeSameIssue(drafts: readonly FindingDraft[]): MergeGroup[] {
  const groups: MergeGroup[] = [];
  for (const draft of drafts) {
    const group = groups.find((g) => g.members.some((m) => sameIssue(m, draft)));
    if (!group) {
      groups.push({ lead: draft, members: [draft] });
      continue;
    }
    group.members.push(draft);
    if (leads(draft, group.lead)) group.lead = draft;
  }
  return groups;
}

function toFinding(group: MergeGroup, snippet: string, fingerprint: string): Finding {
  const { lead, members } = group;
  const sources = unique([lead.source, ...members.map((m) => m.source)]);
  const relatedRules = unique(members.map((m) => m.ruleId).filter((id) => id !== lead.ruleId));
  const leadIsBuiltin = lead.source === BUILTIN_ANALYSER;
  // A built-in rule's calibrated severity leads; among tools alone the strongest wins.
  const severity = leadIsBuiltin
    ? lead.severity
    : members.reduce<Severity>((s, m) => maxSeverity(s, m.severity), lead.severity);
  const confidence = Math.max(...members.map((m) => m.confidence));
  const fix = lead.fix ?? members.find((m) => m.fix)?.fix;
  const cwe = unique([...lead.cwe, ...members.flatMap((m) => m.cwe)]);
  return {
    ruleId: lead.ruleId,
    file: lead.file,
    range: lead.range,
    severity,
    category: lead.category,
    title: lead.title,
    description: lead.description,
    recommendation: lead.recommendation,
    cwe,
    ...(lead.cvss === undefined ? {} : { cvss: lead.cvss }),
    snippet,
    ...(fix ? { fix } : {}),
    autoFixable: fix?.applicability === "safe",
    confidence,
    sources,
    relatedRules,
    fingerprint,
    ...(lead.family === undefined ? {} : { family: lead.family }),
  };
}

/** The flagged lines, with every secret on them replaced by a mask. */
export function snippetOf(index: LineIndex, range: Range, redactions: readonly Range[]): string {
  const from = range.start.line;
  // A range ending at column 1 of a later line (as bandit reports) stops before that line.
  const last = range.end.line > from && range.end.column <= 1 ? range.end.line - 1 : range.end.line;
  const to = Math.min(last, from + MAX_SNIPPET_LINES - 1);
  const lines: string[] = [];
  for (let n = from; n <= to; n++) lines.push(redactLine(index.line(n), n, redactions));
  return lines.join("\n");
}

function redactLine(text: string, lineNumber: number, redactions: readonly Range[]): string {
  const spans = redactions
    .filter((r) => r.start.line <= lineNumber && r.end.line >= lineNumber)
    .map((r) => ({
      from: r.start.line < lineNumber ? 0 : r.start.column - 1,
      to: r.end.line > lineNumber ? text.length : r.end.column - 1,
    }))
    .sort((a, b) => a.from - b.from);
  // Overlapping secrets (a known token inside a credential string) merge into one mask;
  // masking them one by one would cut the second at columns the first had shifted.
  const merged: { from: number; to: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  let out = text;
  for (const span of merged.reverse()) out = out.slice(0, span.from) + REDACTION_MASK + out.slice(span.to);
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
