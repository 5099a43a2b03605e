import { terminalPath } from "./path-text.js";
import { CATEGORIES } from "../core/category.js";
import type { ResolvedFinding, Review } from "../core/review.js";
import { SEVERITIES } from "../core/severity.js";
import { formatBytes, formatCost, formatCount, formatDuration, formatScore, plural } from "./format.js";
import {
  append,
  capped,
  dayOf,
  dismissedText,
  llmCoverageLines,
  llmModelLines,
  noComparisonText,
  nonProductionText,
  repositoryDisablesText,
  skipGroups,
  totalSkipped,
} from "./report-facts.js";
import { pad, severityLabel, truncate, wrap, type TerminalStyle } from "./terminal-style.js";
import { makeVisible } from "./visible-text.js";

/** Named skipped files shown per reason before "and N more" (verbose shows all). */
export const SKIPPED_NAMES_SHOWN = 5;
const FIXED_SHOWN = 10;
const NOTICES_SHOWN = 20;
const LABEL = 12;

export function renderSummary(review: Review, style: TerminalStyle): string[] {
  const { c } = style;
  const row = (label: string, value: string): string => `  ${c.bold(pad(label, LABEL))}${value}`;
  const { summary, files } = review;
  const lines = [c.bold(c.underline("Summary")), ""];

  const bySeverity = SEVERITIES.filter((s) => summary.bySeverity[s] > 0).map(
    (s) => `${summary.bySeverity[s]} ${severityLabel(s).toLowerCase()}`,
  );
  lines.push(row("Findings", [`${formatCount(summary.total)} total`, ...bySeverity].join(" · ")));
  const byCategory = CATEGORIES.filter((k) => summary.byCategory[k] > 0).map(
    (k) => `${k} ${summary.byCategory[k]}`,
  );
  if (byCategory.length > 0) lines.push(row("Categories", byCategory.join(" · ")));
  lines.push(row("Score", formatScore(summary.score)));
  lines.push(
    row(
      "Files",
      `${formatCount(files.analysed)} analysed · ${formatBytes(files.bytes)} · ${plural(files.lines, "line")}` +
        (files.productionLines === undefined
          ? ""
          : ` (${formatCount(files.productionLines)} in production code)`),
    ),
  );
  const languages = Object.entries(files.byLanguage)
    .filter(([, n]) => (n ?? 0) > 0)
    .sort(([a, x], [b, y]) => (y ?? 0) - (x ?? 0) || (a < b ? -1 : 1))
    .map(([language, n]) => `${makeVisible(language)} ${formatCount(n ?? 0)}`);
  if (languages.length > 0) lines.push(row("Languages", languages.join(" · ")));
  append(lines, renderSkipped(review, style, row));
  append(lines, renderComparison(review, style, row));
  append(lines, renderSuppressed(review, style, row));
  const apart = nonProductionText(review);
  if (apart !== undefined) {
    const [first = "", ...rest] = wrap(apart, style.width, " ".repeat(2 + LABEL));
    lines.push(row("Apart", first.trimStart()), ...rest);
  }
  const disables = repositoryDisablesText(review);
  if (disables !== undefined) {
    const [first = "", ...rest] = wrap(makeVisible(disables), style.width, " ".repeat(2 + LABEL));
    lines.push(row("Repository", first.trimStart()), ...rest);
  }
  append(lines, renderAnalysers(review, style));
  append(lines, renderNotices(review, style));
  if (review.llm.tokens > 0 || review.llm.costCents > 0) {
    const { llm } = review;
    const parts = [plural(llm.tokens, "token"), formatCost(llm.costCents)];
    if (llm.calls !== undefined)
      parts.push(
        `${plural(llm.calls, "call")}${llm.cachedCalls ? ` (${formatCount(llm.cachedCalls)} cached)` : ""}`,
      );
    if (llm.droppedFindings) parts.push(`${plural(llm.droppedFindings, "unanchored finding")} dropped`);
    if (llm.notReviewed?.length)
      parts.push(`${plural(llm.notReviewed.length, "file")} not reviewed by the LLM (see notices)`);
    lines.push(row("LLM", parts.join(" · ")));
  }
  for (const line of llmCoverageLines(review)) lines.push(row("Coverage", line));
  for (const line of llmModelLines(review)) lines.push(row("Model", line));
  lines.push(row("Duration", formatDuration(review.durationMs)));
  return lines;
}

type Row = (label: string, value: string) => string;

function renderSkipped(review: Review, style: TerminalStyle, row: Row): string[] {
  const groups = skipGroups(review);
  if (groups.length === 0) return [row("Skipped", "none")];
  const counts = groups.map((g) => `${g.count} ${g.reason}`).join(" · ");
  const text = `${plural(totalSkipped(groups), "file")}: ${counts}`;
  const [first = "", ...rest] = wrap(text, style.width, " ".repeat(2 + LABEL));
  const lines = [row("Skipped", first.trimStart()), ...rest];
  const indent = " ".repeat(2 + LABEL + 2);
  for (const group of groups) {
    if (group.paths.length === 0) continue;
    const { shown, more } = style.verbose
      ? { shown: group.paths, more: 0 }
      : capped(group.paths, SKIPPED_NAMES_SHOWN);
    lines.push(`${" ".repeat(2 + LABEL)}${style.c.yellow(`${group.reason}:`)}`);
    for (const { path, detail } of shown) {
      const text =
        detail === undefined ? terminalPath(path) : `${terminalPath(path)} (${makeVisible(detail)})`;
      lines.push(indent + truncate(text, style.width - indent.length));
    }
    // The list may be shorter than the count when the pipeline kept only a sample.
    const unlisted = group.count - group.paths.length;
    if (more + unlisted > 0) lines.push(style.c.dim(`${indent}and ${more + unlisted} more`));
  }
  return lines;
}

function renderComparison(review: Review, style: TerminalStyle, row: Row): string[] {
  const comparison = review.comparison;
  const { c } = style;
  if (!comparison) return [row("Since last", c.dim(noComparisonText(review) ?? ""))];
  const parts = [`${comparison.newFingerprints.length} new`, `${comparison.fixed.length} fixed`];
  if (comparison.notRechecked.length > 0) parts.push(`${comparison.notRechecked.length} not re-checked`);
  const lines = [
    row("Since last", `${parts.join(" · ")} ${c.dim(`(vs ${makeVisible(comparison.previousReviewId)})`)}`),
  ];
  const indent = " ".repeat(2 + LABEL);
  const list = (label: string, items: readonly ResolvedFinding[]): void => {
    const { shown, more } = style.verbose ? { shown: items, more: 0 } : capped(items, FIXED_SHOWN);
    for (const item of shown) {
      const where = `${terminalPath(item.file)}:${item.line}`;
      lines.push(
        `${indent}${label} ${style.severity(item.severity)} ${makeVisible(`${item.ruleId} ${where} ${item.title}`)}`,
      );
    }
    if (more > 0) lines.push(c.dim(`${indent}and ${more} more`));
  };
  list(c.green("fixed"), comparison.fixed);
  list(c.yellow("not re-checked"), comparison.notRechecked);
  return lines;
}

/** Inline and baseline counts, then every dismissed finding with who, when and why (capped unless verbose). */
function renderSuppressed(review: Review, style: TerminalStyle, row: Row): string[] {
  if (!review.suppressed) return [];
  const { c } = style;
  const { inline, baseline } = review.suppressed;
  const dismissed = dismissedText(review);
  const lines = [
    row(
      "Suppressed",
      `${formatCount(inline)} by inline comments · ${formatCount(baseline)} by the baseline` +
        (dismissed === undefined ? "" : ` · ${dismissed}`),
    ),
  ];
  const items = review.dismissed ?? [];
  const indent = " ".repeat(2 + LABEL);
  const { shown, more } = style.verbose ? { shown: items, more: 0 } : capped(items, FIXED_SHOWN);
  for (const item of shown) {
    const where = `${terminalPath(item.file)}:${item.line}`;
    lines.push(
      `${indent}${c.dim("dismissed")} ${style.severity(item.severity)} ${makeVisible(`${item.ruleId} ${where} ${item.title}`)}`,
      ...wrap(`by ${item.by} on ${dayOf(item.at)}: ${item.reason}`, style.width, `${indent}  `).map((l) =>
        c.dim(l),
      ),
    );
  }
  if (more > 0) lines.push(c.dim(`${indent}and ${more} more (codeguardian dismissals lists them all)`));
  return lines;
}

function renderAnalysers(review: Review, style: TerminalStyle): string[] {
  if (review.analysers.length === 0) return [`  ${style.c.bold("Analysers")}   none ran`];
  const idWidth = review.analysers.reduce((w, a) => Math.max(w, a.id.length), 0);
  const lines = [`  ${style.c.bold("Analysers")}`];
  for (const a of review.analysers) {
    const status = style.status(a.status) + " ".repeat(Math.max(0, 12 - a.status.length));
    const facts =
      a.status === "completed" || a.status === "timed-out" || a.status === "failed"
        ? `${plural(a.filesAnalysed, "file")} · ${plural(a.findings, "finding")} · ${formatDuration(a.durationMs)}`
        : "";
    const head = `    ${pad(makeVisible(a.id), idWidth)}  ${status}${facts}`;
    lines.push(head);
    if (a.message)
      lines.push(
        ...wrap(a.message, style.width, `    ${" ".repeat(idWidth + 2)}`).map((l) => style.c.dim(l)),
      );
  }
  return lines;
}

function renderNotices(review: Review, style: TerminalStyle): string[] {
  if (review.notices.length === 0) return [];
  const { c } = style;
  const lines = [`  ${c.bold("Notices")}`];
  const colour = { info: c.blue, warning: c.yellow, error: c.red } as const;
  // What was not analysed comes first, so no pile of warnings pushes it past the cap.
  const notices = [
    ...review.notices.filter((n) => n.incomplete === true),
    ...review.notices.filter((n) => n.incomplete !== true),
  ];
  const { shown, more } = style.verbose ? { shown: notices, more: 0 } : capped(notices, NOTICES_SHOWN);
  for (const notice of shown) {
    const where = notice.file === undefined ? "" : `${notice.file}: `;
    // A notice is one fact on one line; its message often quotes a file name (a
    // tool's "could not parse <path>"), so a line break in it is shown, not followed.
    const text = terminalPath(`${notice.analyser}: ${where}${notice.message}`);
    const [first = "", ...rest] = wrap(text, style.width, " ".repeat(12));
    append(lines, `    ${colour[notice.level](pad(notice.level, 8))}${first.trimStart()}`, rest);
  }
  if (more > 0)
    lines.push(c.dim(`            and ${more} more (the JSON and HTML reports list every notice)`));
  return lines;
}
