import type { DismissedFinding, ResolvedFinding, Review } from "../core/review.js";
import { escapeMarkdownInline, inlineCode } from "./escape-markdown.js";
import { formatDuration, plural } from "./format.js";
import { markdownPath } from "./path-text.js";
import { capped, dayOf, dismissedText, skipGroups, totalSkipped } from "./report-facts.js";

/** Named skipped files and fixed findings listed per section before "and N more". */
const LISTED = 20;
/**
 * Skipped files named per reason: every one an author could have arranged is
 * listed, up to a bound that keeps a pull-request comment under the host's size limit.
 */
const SKIPPED_LISTED = 1000;
const NOTICES_LISTED = 50;

const STATUS_ICON = {
  completed: "✅",
  failed: "❌",
  "timed-out": "⏱️",
  unavailable: "⚠️",
  disabled: "➖",
  cancelled: "⏹️",
} as const;

/** Everything after the findings: analysers, comparison, dismissals, skipped files, notices. */
export function renderMarkdownAppendix(review: Review): string {
  return [
    ...renderAnalysers(review),
    ...renderComparison(review),
    ...renderDismissed(review),
    ...renderSkipped(review),
    ...renderNotices(review),
    `<sub>CodeGuardian ${escapeMarkdownInline(review.tool.version)} · review ${inlineCode(review.id)} · schema ${escapeMarkdownInline(review.schemaVersion)}</sub>`,
    "",
  ].join("\n");
}

function cell(text: string): string {
  return escapeMarkdownInline(text);
}

function renderAnalysers(review: Review): string[] {
  const lines = ["### Analysers", ""];
  if (review.analysers.length === 0) return [...lines, "No analyser ran.", ""];
  lines.push(
    "| Analyser | Status | Files | Findings | Time | Note |",
    "| --- | --- | ---: | ---: | ---: | --- |",
  );
  for (const a of review.analysers) {
    lines.push(
      `| ${cell(a.id)} | ${STATUS_ICON[a.status]} ${a.status} | ${a.filesAnalysed} | ${a.findings} | ${formatDuration(a.durationMs)} | ${cell(a.message ?? "")} |`,
    );
  }
  lines.push("");
  return lines;
}

function resolvedRow(r: ResolvedFinding): string {
  return `| ${r.severity} | ${inlineCode(r.ruleId, true)} | ${markdownPath(r.file, `:${r.line}`, true)} | ${cell(r.title)} |`;
}

function resolvedTable(title: string, items: readonly ResolvedFinding[]): string[] {
  if (items.length === 0) return [];
  const { shown, more } = capped(items, LISTED);
  const lines = [
    "<details>",
    `<summary>${title} (${items.length})</summary>`,
    "",
    "| Severity | Rule | Location | Title |",
    "| --- | --- | --- | --- |",
    ...shown.map(resolvedRow),
    "",
  ];
  if (more > 0) lines.push(`…and ${more} more.`, "");
  lines.push("</details>", "");
  return lines;
}

function renderComparison(review: Review): string[] {
  const c = review.comparison;
  if (!c) return [];
  return [
    "### Since the last review",
    "",
    `Compared with review ${inlineCode(c.previousReviewId)}: ${c.newFingerprints.length} new, ${c.fixed.length} fixed, ${c.notRechecked.length} not re-checked.`,
    "",
    ...resolvedTable("Fixed", c.fixed),
    ...resolvedTable("Not re-checked (file out of scope, analyser failed or rule gone)", c.notRechecked),
  ];
}

function dismissedRow(d: DismissedFinding): string {
  return `${resolvedRow(d)} ${cell(d.by)} | ${cell(dayOf(d.at))} | ${cell(d.reason)} |`;
}

/** Dismissed findings are left out of the findings, so the report says how many and lists each with who, when and why. */
function renderDismissed(review: Review): string[] {
  const count = dismissedText(review);
  if (count === undefined) return [];
  const items = review.dismissed ?? [];
  const { shown, more } = capped(items, LISTED);
  const lines = [
    "### Dismissed",
    "",
    `${count}: left out of this report; \`codeguardian dismiss --undo <fingerprint>\` brings one back.`,
    "",
  ];
  if (items.length === 0) return lines;
  lines.push(
    "<details>",
    `<summary>Dismissed findings (${items.length})</summary>`,
    "",
    "| Severity | Rule | Location | Title | By | When | Why |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...shown.map(dismissedRow),
    "",
  );
  if (more > 0) lines.push(`…and ${more} more.`, "");
  lines.push("</details>", "");
  return lines;
}

function renderSkipped(review: Review): string[] {
  const groups = skipGroups(review);
  if (groups.length === 0) return [];
  const lines = [
    "<details>",
    `<summary>Skipped files (${totalSkipped(groups)})</summary>`,
    "",
    "| Reason | Files |",
    "| --- | ---: |",
    ...groups.map((g) => `| ${g.reason} | ${g.count} |`),
    "",
  ];
  for (const group of groups) {
    if (group.paths.length === 0) continue;
    const { shown, more } = capped(group.paths, SKIPPED_LISTED);
    lines.push(`**${group.reason}:**`, "");
    for (const { path, detail } of shown) {
      lines.push(`- ${markdownPath(path)}${detail === undefined ? "" : ` — ${cell(detail)}`}`);
    }
    const rest = more + group.count - group.paths.length;
    if (rest > 0) lines.push(`- …and ${rest} more`);
    lines.push("");
  }
  lines.push("</details>", "");
  return lines;
}

function renderNotices(review: Review): string[] {
  if (review.notices.length === 0) return [];
  const lines = ["### Notices", ""];
  const { shown, more } = capped(review.notices, NOTICES_LISTED);
  for (const n of shown) {
    const where = n.file === undefined ? "" : ` ${markdownPath(n.file)}:`;
    lines.push(`- **${n.level}** (${cell(n.analyser)})${where} ${cell(n.message)}`);
  }
  if (more > 0) lines.push(`- …and ${more} more (every notice is in the JSON, SARIF and HTML reports)`);
  lines.push("", `${plural(review.notices.length, "notice")}.`, "");
  return lines;
}
