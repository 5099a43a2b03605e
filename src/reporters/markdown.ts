import { CATEGORIES } from "../core/category.js";
import type { Finding } from "../core/finding.js";
import { nonProductionFindings, productionFindings } from "../core/non-production.js";
import type { Review } from "../core/review.js";
import { SEVERITIES, type Severity } from "../core/severity.js";
import { escapeMarkdownInline, inlineCode } from "./escape-markdown.js";
import { formatBytes, formatCost, formatCount, formatDuration, formatScore, plural } from "./format.js";
import { renderFindingDetails, severityIcon } from "./markdown-finding.js";
import { renderMarkdownAppendix } from "./markdown-appendix.js";
import { markdownPath } from "./path-text.js";
import {
  append,
  failedAnalysers,
  groupBySeverity,
  incompleteReason,
  llmCoverageLines,
  llmModelLines,
  newnessOf,
  nonProductionText,
  repositoryDisablesText,
  noComparisonText,
  reviewStateText,
} from "./report-facts.js";

export interface MarkdownOptions {
  /**
   * Longest output in characters (GitHub refuses comments over 65,536). Past
   * it, the least severe findings shrink to table rows, then to a count, and a
   * note says so. Unlimited when absent.
   */
  readonly maxChars?: number;
}

const SEVERITY_TITLE: Readonly<Record<Severity, string>> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info",
};

/** The review as Markdown for pull-request comments and files. */
export function renderMarkdown(review: Review, options: MarkdownOptions = {}): string {
  const head = [...renderHeader(review), ...renderSummaryTables(review)].join("\n");
  const appendix = renderMarkdownAppendix(review);
  const budget =
    options.maxChars === undefined ? Infinity : options.maxChars - head.length - appendix.length - 400;
  const findings = renderFindings(review, budget);
  return `${[head, findings, appendix]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

function renderHeader(review: Review): string[] {
  const lines = ["## CodeGuardian review", ""];
  if (review.completeness === "incomplete") {
    const failed = failedAnalysers(review).map((a) => a.id);
    lines.push(
      "> [!CAUTION]",
      `> **INCOMPLETE REVIEW${failed.length > 0 ? `: ${escapeMarkdownInline(failed.join(", "))} did not finish` : ""}.** ${escapeMarkdownInline(incompleteReason(review))}`,
      "",
    );
  }
  const { target } = review;
  const where = [markdownPath(target.kind === "git" ? (target.url ?? target.input) : target.root)];
  if (target.branch !== undefined) where.push(`branch ${inlineCode(target.branch)}`);
  if (target.commit !== undefined) where.push(`commit ${inlineCode(target.commit.slice(0, 12))}`);
  if (review.diff)
    where.push(
      `changes against ${inlineCode(review.diff.base)} (${plural(review.diff.changedFiles, "file")})`,
    );
  lines.push(`Reviewed ${where.join(" · ")}: ${escapeMarkdownInline(reviewStateText(review))}.`, "");
  const counts = SEVERITIES.filter((s) => review.summary.bySeverity[s] > 0).map(
    (s) => `${review.summary.bySeverity[s]} ${s}`,
  );
  let headline = `**${plural(review.summary.total, "finding")}**`;
  if (counts.length > 0) headline += ` (${counts.join(", ")})`;
  headline += ` · quality score **${formatScore(review.summary.score)}**`;
  if (review.comparison) {
    headline += ` · ${review.comparison.newFingerprints.length} new, ${review.comparison.fixed.length} fixed since the last review`;
  } else headline += ` · ${noComparisonText(review) ?? ""}`;
  lines.push(headline, "");
  const apart = nonProductionText(review);
  if (apart !== undefined) lines.push(escapeMarkdownInline(apart), "");
  const disables = repositoryDisablesText(review);
  if (disables !== undefined) lines.push(`**${escapeMarkdownInline(disables)}**`, "");
  return lines;
}

function renderSummaryTables(review: Review): string[] {
  const { summary, files } = review;
  const lines = ["| Severity | Findings |", "| --- | ---: |"];
  for (const s of SEVERITIES)
    lines.push(
      `| ${severityIcon(s)} ${SEVERITY_TITLE[s] ?? escapeMarkdownInline(s)} | ${summary.bySeverity[s]} |`,
    );
  lines.push("", "| Category | Findings |", "| --- | ---: |");
  for (const k of CATEGORIES)
    if (summary.byCategory[k] > 0) lines.push(`| ${k} | ${summary.byCategory[k]} |`);
  if (summary.total === 0) lines.push("| (none) | 0 |");
  lines.push(
    "",
    `${formatCount(files.analysed)} files analysed (${formatBytes(files.bytes)}, ${plural(files.lines, "line")}) in ${formatDuration(review.durationMs)}.` +
      (review.llm.tokens > 0 || review.llm.costCents > 0
        ? ` LLM usage: ${plural(review.llm.tokens, "token")}, ${formatCost(review.llm.costCents)}.`
        : ""),
    "",
  );
  const coverage = llmCoverageLines(review);
  const models = llmModelLines(review);
  if (coverage.length > 0 || models.length > 0) {
    lines.push("LLM coverage and spending:", "");
    for (const line of [...coverage, ...models]) lines.push(`- ${escapeMarkdownInline(line)}`);
    lines.push("");
  }
  return lines;
}

/** What the character budget has left: blocks first, then one-line rows, then only a count. */
interface Budget {
  readonly limit: number;
  used: number;
  readonly compact: string[];
  omitted: number;
}

/**
 * Production findings by severity, most severe first, then the findings in
 * non-production code apart under the sentence saying why. Within the
 * character budget each is a collapsible block (production critical and high
 * open); past it, a one-line table row; past that, only counted.
 */
function renderFindings(review: Review, limit: number): string {
  if (review.findings.length === 0) return "### Findings\n\nNo findings. 🎉\n";
  const isNew = newnessOf(review);
  const budget: Budget = { limit, used: 0, compact: [], omitted: 0 };
  const out: string[] = ["### Findings", ""];
  const production = productionFindings(review.findings);
  if (production.length === 0) out.push("No findings in production code.", "");
  append(out, renderBySeverity(production, isNew, budget, true));
  const apart = nonProductionText(review);
  if (apart !== undefined)
    append(
      out,
      "### Non-production code",
      "",
      escapeMarkdownInline(apart),
      "",
      renderBySeverity(nonProductionFindings(review.findings), isNew, budget, false),
    );
  if (budget.compact.length > 0) {
    append(
      out,
      "#### More findings (shortened to fit)",
      "",
      "| Severity | Rule | Location | Title |",
      "| --- | --- | --- | --- |",
      budget.compact,
      "",
    );
  }
  if (budget.omitted > 0) {
    out.push(
      `> [!NOTE]`,
      `> ${plural(budget.omitted, "more finding")} not shown to fit the size limit; the JSON, SARIF and HTML reports list every finding.`,
      "",
    );
  }
  return out.join("\n");
}

function renderBySeverity(
  findings: readonly Finding[],
  isNew: (finding: Finding) => boolean,
  budget: Budget,
  production: boolean,
): string[] {
  const out: string[] = [];
  for (const group of groupBySeverity(findings)) {
    const blocks: string[] = [];
    const open = production && (group.severity === "critical" || group.severity === "high");
    for (const finding of group.findings) {
      const block = renderFindingDetails(finding, isNew(finding), open);
      if (budget.compact.length === 0 && budget.omitted === 0 && budget.used + block.length <= budget.limit) {
        blocks.push(block);
        budget.used += block.length;
        continue;
      }
      const title = `${finding.title}${production ? "" : " (non-production)"}`;
      const row = `| ${severityIcon(finding.severity)} ${escapeMarkdownInline(finding.severity)} | ${inlineCode(finding.ruleId, true)} | ${markdownPath(finding.file, `:${finding.range.start.line}`, true)} | ${escapeMarkdownInline(title)} |`;
      if (budget.omitted === 0 && budget.used + row.length <= budget.limit) {
        budget.compact.push(row);
        budget.used += row.length + 1;
      } else budget.omitted++;
    }
    if (blocks.length > 0)
      append(
        out,
        `#### ${severityIcon(group.severity)} ${SEVERITY_TITLE[group.severity] ?? escapeMarkdownInline(group.severity)} (${group.findings.length})`,
        "",
        blocks,
      );
  }
  return out;
}
