import type { Finding } from "../core/finding.js";
import {
  NAMED_SKIP_REASONS,
  SKIP_REASONS,
  type AnalyserRun,
  type Review,
  type SkipReason,
} from "../core/review.js";
import { nonProductionCounts, nonProductionFindings } from "../core/non-production.js";
import { SEVERITIES, severityRank, type Severity } from "../core/severity.js";

/** Facts every reporter derives the same way, so the five formats never disagree. */

export interface FileGroup {
  readonly file: string;
  readonly worst: Severity;
  readonly findings: readonly Finding[];
}

/** Findings by file; files with the most severe finding first, then more findings, then by path. */
export function groupByFile(findings: readonly Finding[]): FileGroup[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const groups = [...byFile].map(([file, list]) => {
    const sorted = [...list].sort(
      (a, b) =>
        a.range.start.line - b.range.start.line ||
        a.range.start.column - b.range.start.column ||
        severityRank(b.severity) - severityRank(a.severity),
    );
    return { file, worst: worstOf(list), findings: sorted };
  });
  return groups.sort(
    (a, b) =>
      severityRank(b.worst) - severityRank(a.worst) ||
      b.findings.length - a.findings.length ||
      compareText(a.file, b.file),
  );
}

/**
 * Findings by severity, most severe first; empty severities left out. A
 * severity this build does not know (a review from a newer version) gets a
 * group of its own at the end rather than disappearing.
 */
export function groupBySeverity(findings: readonly Finding[]): { severity: Severity; findings: Finding[] }[] {
  const known = new Set<string>(SEVERITIES);
  const unknown = [...new Set(findings.map((f) => f.severity).filter((s) => !known.has(s)))];
  return [...SEVERITIES, ...unknown]
    .map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) }))
    .filter((g) => g.findings.length > 0);
}

function worstOf(findings: readonly Finding[]): Severity {
  let worst: Severity = "info";
  for (const f of findings) if (severityRank(f.severity) > severityRank(worst)) worst = f.severity;
  return worst;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A predicate telling whether a finding is new since the previous review (false when there was none). */
export function newnessOf(review: Review): (finding: Finding) => boolean {
  const fresh = new Set(review.comparison?.newFingerprints ?? []);
  return (finding) => fresh.has(finding.fingerprint);
}

/** Analysers whose failure makes the review incomplete. */
export function failedAnalysers(review: Review): AnalyserRun[] {
  return review.analysers.filter((a) => a.status === "failed" || a.status === "timed-out");
}

/**
 * The review model in a few words for every report's header: "finished,
 * complete", "finished, partial (an LLM limit left 3 files out)",
 * "cancelled, incomplete". Plain text: each reporter escapes it.
 */
export function reviewStateText(review: Review): string {
  const cut = (review.llm.notReviewed ?? []).filter((n) => n.cause === "limit");
  const files = new Set(cut.map((n) => n.file)).size;
  const why =
    review.completeness === "partial" && files > 0
      ? ` (an LLM limit left ${files} ${files === 1 ? "file" : "files"} out)`
      : "";
  return `${review.state}, ${review.completeness}${why}`;
}

/** "no comparison" when the review was compared with nothing; undefined when it was. */
export function noComparisonText(review: Review): string | undefined {
  return review.comparison ? undefined : "no comparison (no earlier comparable review)";
}

/** One sentence naming what failed, for the incomplete banners. */
export function incompleteReason(review: Review): string {
  const failed = failedAnalysers(review);
  const flagged = review.notices.filter((n) => n.incomplete === true);
  const sentences: string[] = [];
  if (failed.length > 0) {
    const parts = failed.map((a) => {
      const what = a.status === "timed-out" ? "timed out" : "failed";
      return a.message ? `${a.id} ${what} (${a.message})` : `${a.id} ${what}`;
    });
    sentences.push(`${parts.join("; ")}. Findings those analysers would have reported are missing.`);
  }
  // With no analyser failed, a notice about the whole review (the repository's config emptied it) says why.
  if (failed.length === 0)
    sentences.push(...flagged.filter((n) => n.file === undefined).map((n) => `${n.message}.`));
  // Files are counted, not named: the notices name them, escaped where they are shown.
  const partial = new Set(flagged.flatMap((n) => (n.file === undefined ? [] : [n.file])));
  if (partial.size > 0)
    sentences.push(
      `${partial.size} ${partial.size === 1 ? "file was" : "files were"} not fully analysed; the notices say which and why.`,
    );
  return sentences.length > 0 ? sentences.join(" ") : "The review did not finish every analysis.";
}

/**
 * "disabled by the repository: bandit, py/weak-hash, exclude vendor/**", or
 * "ignored the repository's disables: …" when the operator kept them on;
 * undefined when the repository's config switched nothing off. Plain text:
 * each reporter escapes it for its format.
 */
export function repositoryDisablesText(review: Review): string | undefined {
  const disabled = review.disabledByRepository;
  if (!disabled) return undefined;
  const items = [
    ...disabled.analysers,
    ...disabled.rules,
    ...disabled.excludes.map((glob) => `exclude ${glob}`),
    ...(disabled.nonProductionPaths ?? []).map((glob) => `non-production ${glob}`),
  ];
  if (items.length === 0) return undefined;
  const label = disabled.ignored ? "ignored the repository's disables" : "disabled by the repository";
  return `${label}: ${items.join(", ")}`;
}

/**
 * "3 findings in non-production code listed apart (test 2, example 1); 2
 * lowered to low. They count neither for the exit code nor for the score.",
 * or undefined when none was moved. Plain text: each reporter escapes it.
 */
export function nonProductionText(review: Review): string | undefined {
  const moved = nonProductionFindings(review.findings);
  if (moved.length === 0) return undefined;
  const kinds = nonProductionCounts(moved).map(([kind, n]) => `${kind} ${n}`);
  const lowered = moved.filter((f) => f.nonProduction?.originalSeverity !== undefined);
  const cap = lowered[0]?.severity;
  const cut = cap === undefined ? "" : `; ${lowered.length} lowered to ${cap}`;
  const noun = moved.length === 1 ? "finding" : "findings";
  return `${moved.length} ${noun} in non-production code listed apart (${kinds.join(", ")})${cut}. They count neither for the exit code nor for the score.`;
}

/** The reason a non-production finding carries, as a report shows it: "test: pytest file name test_*.py, was high". */
export function nonProductionLabel(finding: Finding): string | undefined {
  const mark = finding.nonProduction;
  if (mark === undefined) return undefined;
  const was = mark.originalSeverity === undefined ? "" : `, was ${mark.originalSeverity}`;
  return `non-production ${mark.kind}: ${mark.reason}${was}`;
}

export interface SkipGroup {
  readonly reason: SkipReason;
  readonly count: number;
  /** Named only for reasons where something about the file itself is wrong. */
  readonly paths: readonly { readonly path: string; readonly detail?: string }[];
}

/**
 * Skipped files by reason, in catalogue order. The count is the larger of the
 * recorded count and the listed files, so neither a truncated list nor a
 * missing count hides a skip.
 */
export function skipGroups(review: Review): SkipGroup[] {
  const groups: SkipGroup[] = [];
  const reasons = [...SKIP_REASONS, ...unknownReasons(review)];
  for (const reason of reasons) {
    const listed = review.skipped.filter((s) => s.reason === reason);
    const count = Math.max(review.skippedCounts[reason] ?? 0, listed.length);
    if (count === 0) continue;
    const named = NAMED_SKIP_REASONS.includes(reason);
    groups.push({
      reason,
      count,
      paths: named
        ? listed.map((s) => (s.detail === undefined ? { path: s.path } : { path: s.path, detail: s.detail }))
        : [],
    });
  }
  return groups;
}

/** Reasons a newer pipeline may record that this build does not know: still counted, never lost. */
function unknownReasons(review: Review): SkipReason[] {
  const known = new Set<string>(SKIP_REASONS);
  const extra = new Set<string>();
  for (const s of review.skipped) if (!known.has(s.reason)) extra.add(s.reason);
  for (const key of Object.keys(review.skippedCounts)) if (!known.has(key)) extra.add(key);
  return [...extra] as SkipReason[];
}

export function totalSkipped(groups: readonly SkipGroup[]): number {
  return groups.reduce((sum, g) => sum + g.count, 0);
}

/** The first `limit` items and how many were left out. */
export function capped<T>(items: readonly T[], limit: number): { shown: readonly T[]; more: number } {
  return items.length <= limit
    ? { shown: items, more: 0 }
    : { shown: items.slice(0, limit), more: items.length - limit };
}

/**
 * The snippet as shown to people. A range ending at column 1 of a later line
 * (as tools report a whole-line match) stops before that line, so the snippet's
 * last line, which the range does not touch, is left out.
 */
export function displaySnippet(finding: Finding): string {
  const { start, end } = finding.range;
  if (end.column !== 1 || end.line <= start.line) return finding.snippet;
  const lines = finding.snippet.split("\n");
  return end.line - start.line === lines.length - 1 ? lines.slice(0, -1).join("\n") : finding.snippet;
}

/** The displayed snippet's lines with their 1-based line numbers. */
export function snippetLines(finding: Finding): { line: number; text: string }[] {
  const snippet = displaySnippet(finding);
  if (snippet === "") return [];
  return snippet.split("\n").map((text, i) => ({ line: finding.range.start.line + i, text }));
}

/** "41:5", "41:5–42:26", or "4:1–6" when the range runs to the end of line 6. */
export function formatRange(finding: Finding): string {
  const { start, end } = finding.range;
  const head = `${start.line}:${start.column}`;
  if (end.column === 1 && end.line > start.line) {
    return end.line - 1 === start.line ? head : `${head}–${end.line - 1}`;
  }
  if (end.line === start.line) return head;
  return `${head}–${end.line}:${end.column}`;
}

/** What was reviewed, as one line: the URL for git targets, the absolute root for paths, then branch and commit. */
export function targetLabel(review: Review): string {
  const { target } = review;
  const where = target.kind === "git" ? (target.url ?? target.input) : target.root;
  const ref = [target.branch, target.commit?.slice(0, 12)].filter((p) => p !== undefined).join(" @ ");
  return ref === "" ? where : `${where} (${ref})`;
}

/**
 * Appends without spreading into a call: `push(...items)` passes every item as
 * an argument and overflows the stack on reviews with tens of thousands of lines.
 */
export function append<T>(target: T[], ...groups: readonly (readonly T[] | T)[]): T[] {
  for (const group of groups) {
    if (Array.isArray(group)) for (const item of group as readonly T[]) target.push(item);
    else target.push(group as T);
  }
  return target;
}

/**
 * "2 dismissed in this project": the findings a person dismissed in the
 * project's store (docs/storage.md, "Dismissals"), left out of the findings
 * but never silently; undefined when none was. Plain text.
 */
export function dismissedText(review: Review): string | undefined {
  const count = review.suppressed?.dismissed ?? review.dismissed?.length ?? 0;
  return count === 0 ? undefined : `${count} dismissed in this project`;
}

/** The day of an ISO timestamp ("2026-11-20"), or the text as given when it is not one. */
export function dayOf(timestamp: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(timestamp) ? timestamp.slice(0, 10) : timestamp;
}

/**
 * Each agent's coverage in one line: "security: 21 of 44 files, budget"
 * (the causes of what was cut: budget, failure, interrupted). Empty when no
 * LLM agent ran.
 */
export function llmCoverageLines(review: Review): string[] {
  const words: Record<string, string> = { limit: "budget", failure: "failure", interruption: "interrupted" };
  return (review.llm.coverage ?? []).map((c) => {
    const cut = Object.entries(c.cut).filter(([, n]) => (n ?? 0) > 0);
    // One cause: its name ("budget"); several: each with its count ("budget 3, failure 1").
    const causes = cut.map(([cause, n]) =>
      cut.length > 1 ? `${words[cause] ?? cause} ${n}` : (words[cause] ?? cause),
    );
    return `${c.agent}: ${c.reviewed} of ${c.planned} ${c.planned === 1 ? "file" : "files"}${causes.length > 0 ? `, ${causes.join(", ")}` : ""}`;
  });
}

/** Calls, tokens and cost per model, one line each: "openai:gpt-4.1: 13 calls, 41,200 tokens, 9.10¢". */
export function llmModelLines(review: Review): string[] {
  return Object.entries(review.llm.models ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([model, s]) =>
        `${model}: ${s.calls} ${s.calls === 1 ? "call" : "calls"}, ${(s.inputTokens + s.outputTokens).toLocaleString("en-US")} tokens (${s.inputTokens.toLocaleString("en-US")} in), ${s.costCents.toFixed(2)}¢`,
    );
}
