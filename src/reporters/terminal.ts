import type { Review } from "../core/review.js";
import { formatDuration } from "./format.js";
import { terminalPath } from "./path-text.js";
import { append, failedAnalysers, incompleteReason, reviewStateText, targetLabel } from "./report-facts.js";
import { renderFindingsSection } from "./terminal-findings.js";
import { terminalStyle, wrap, type TerminalStyle } from "./terminal-style.js";
import { renderSummary } from "./terminal-summary.js";
import { makeVisible } from "./visible-text.js";

export interface TerminalOptions {
  readonly color: boolean;
  /** Columns to wrap prose and cut snippet lines at (default 100). */
  readonly width?: number;
  /** Show every skipped file, fix edits, fingerprints and untruncated snippet lines. */
  readonly verbose?: boolean;
  /** `--all`: every finding, not the first 20 of each severity. */
  readonly all?: boolean;
}

/**
 * The review as a person reads it in a terminal: a header, the incomplete
 * banner when analysers failed, production findings by severity (most severe
 * first, each severity by file), findings in non-production code apart, then the summary, and the banner again so it is the last thing seen.
 */
export function renderTerminal(review: Review, options: TerminalOptions): string {
  const style = terminalStyle(options);
  const lines = [...renderHeader(review, style), ""];
  const banner = review.completeness === "incomplete" ? renderIncompleteBanner(review, style) : [];
  if (banner.length > 0) append(lines, banner, "");
  append(lines, renderFindingsSection(review, style, options.all ?? false));
  append(lines, renderSummary(review, style));
  if (banner.length > 0) append(lines, "", banner);
  // Trailing blanks come from padding; they only make copied output and snapshots noisy.
  return `${lines.map((l) => l.trimEnd()).join("\n")}\n`;
}

function renderHeader(review: Review, style: TerminalStyle): string[] {
  const { c } = style;
  const where = targetLabel(review);
  const lines = [
    `${c.bold(`CodeGuardian ${makeVisible(review.tool.version)}`)} ${c.dim("·")} ${terminalPath(where)}`,
    c.dim(
      `review ${makeVisible(review.id)} · ${review.startedAt} · took ${formatDuration(review.durationMs)} · ${makeVisible(reviewStateText(review))}`,
    ),
  ];
  if (review.diff) {
    const scope = review.diff.wholeFiles ? "whole changed files" : "changed lines only";
    lines.push(
      c.dim(
        `diff against ${makeVisible(review.diff.base)}: ${review.diff.changedFiles} changed files, ${scope}`,
      ),
    );
  }
  return lines;
}

function renderIncompleteBanner(review: Review, style: TerminalStyle): string[] {
  const { c } = style;
  const failed = failedAnalysers(review).map((a) => a.id);
  const title = `INCOMPLETE REVIEW${failed.length > 0 ? `: ${failed.join(", ")} did not finish` : ""}`;
  const bar = "!".repeat(Math.min(style.width, 80));
  return [
    c.bold(c.red(bar)),
    c.bold(c.white(c.bgRed(` ${makeVisible(title)} `))),
    ...wrap(incompleteReason(review), style.width, "").map((l) => c.red(l)),
    c.bold(c.red(bar)),
  ];
}
