import type { DismissedFinding, ResolvedFinding, Review } from "../core/review.js";
import { SEVERITIES } from "../core/severity.js";
import { escapeHtml as h } from "./escape-html.js";
import { formatBytes, formatCost, formatCount, formatDuration, formatScore } from "./format.js";
import { htmlPath } from "./path-text.js";
import {
  dayOf,
  dismissedText,
  llmCoverageLines,
  llmModelLines,
  skipGroups,
  totalSkipped,
} from "./report-facts.js";

function card(value: string, label: string, kind = ""): string {
  return `<div class="card${kind === "" ? "" : ` ${kind}`}"><span class="value">${value}</span><span class="label">${label}</span></div>`;
}

export function renderCards(review: Review): string {
  const { summary, files } = review;
  const cards = [
    card(formatCount(summary.total), "findings"),
    ...SEVERITIES.map((s) => card(String(summary.bySeverity[s]), s, s)),
    card(h(formatScore(summary.score)), "quality score"),
    card(
      formatCount(files.analysed),
      `files analysed · ${h(formatBytes(files.bytes))} · ${formatCount(files.lines)} lines`,
    ),
    card(formatCount(totalSkipped(skipGroups(review))), "files skipped"),
  ];
  if (review.comparison) {
    cards.push(
      card(String(review.comparison.newFingerprints.length), "new since last review"),
      card(String(review.comparison.fixed.length), "fixed since last review"),
    );
  }
  if (dismissedText(review) !== undefined) {
    cards.push(card(formatCount(review.suppressed?.dismissed ?? review.dismissed?.length ?? 0), "dismissed"));
  }
  if (review.llm.tokens > 0 || review.llm.costCents > 0) {
    cards.push(card(formatCount(review.llm.tokens), `LLM tokens · ${h(formatCost(review.llm.costCents))}`));
  }
  const llmLines = [...llmCoverageLines(review), ...llmModelLines(review)];
  const llm =
    llmLines.length === 0
      ? ""
      : `\n<ul class="llm-coverage">\n${llmLines.map((l) => `<li>${h(l)}</li>`).join("\n")}\n</ul>`;
  return `<div class="cards">\n${cards.join("\n")}\n</div>${llm}`;
}

export function renderAnalysers(review: Review): string {
  if (review.analysers.length === 0) return `<h2>Analysers</h2>\n<p>No analyser ran.</p>`;
  const rows = review.analysers.map(
    (a) =>
      `<tr><td><code>${h(a.id)}</code></td><td class="status-${a.status}">${a.status}</td><td class="num">${a.filesAnalysed}</td><td class="num">${a.findings}</td><td class="num">${h(formatDuration(a.durationMs))}</td><td>${h(a.message ?? "")}</td></tr>`,
  );
  return [
    `<h2>Analysers</h2>`,
    `<table><thead><tr><th scope="col">Analyser</th><th scope="col">Status</th><th scope="col" class="num">Files</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Time</th><th scope="col">Note</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody></table>`,
  ].join("\n");
}

function resolvedTable(title: string, items: readonly ResolvedFinding[]): string {
  if (items.length === 0) return "";
  const rows = items.map(
    (r) =>
      `<tr><td><span class="badge ${r.severity}">${r.severity}</span></td><td><code>${h(r.ruleId)}</code></td><td><code>${htmlPath(r.file)}:${r.line}</code></td><td>${h(r.title)}</td></tr>`,
  );
  return [
    `<details><summary>${title} (${items.length})</summary>`,
    `<table><thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Location</th><th scope="col">Title</th></tr></thead><tbody>`,
    ...rows,
    `</tbody></table></details>`,
  ].join("\n");
}

export function renderComparison(review: Review): string {
  const c = review.comparison;
  if (!c) return "";
  return [
    `<h2>Since the last review</h2>`,
    `<p>Compared with review <code>${h(c.previousReviewId)}</code>: ${c.newFingerprints.length} new, ${c.fixed.length} fixed, ${c.notRechecked.length} not re-checked.</p>`,
    resolvedTable("Fixed", c.fixed),
    resolvedTable("Not re-checked (file out of scope, analyser failed or rule gone)", c.notRechecked),
  ].join("\n");
}

function dismissedRow(d: DismissedFinding): string {
  return `<tr><td><span class="badge ${d.severity}">${d.severity}</span></td><td><code>${h(d.ruleId)}</code></td><td><code>${htmlPath(d.file)}:${d.line}</code></td><td>${h(d.title)}</td><td>${h(d.by)}</td><td>${h(dayOf(d.at))}</td><td>${h(d.reason)}</td></tr>`;
}

/** Dismissed findings are left out of the findings, so the page says how many and lists each with who, when and why. */
export function renderDismissed(review: Review): string {
  const count = dismissedText(review);
  if (count === undefined) return "";
  const items = review.dismissed ?? [];
  const parts = [
    `<h2>Dismissed</h2>`,
    `<p>${h(count)}: left out of this report; <code>codeguardian dismiss --undo &lt;fingerprint&gt;</code> brings one back.</p>`,
  ];
  if (items.length > 0) {
    parts.push(
      `<details><summary>Dismissed findings (${items.length})</summary>`,
      `<table><thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Location</th><th scope="col">Title</th><th scope="col">By</th><th scope="col">When</th><th scope="col">Why</th></tr></thead><tbody>`,
      ...items.map(dismissedRow),
      `</tbody></table></details>`,
    );
  }
  return parts.join("\n");
}

export function renderSkipped(review: Review): string {
  const groups = skipGroups(review);
  if (groups.length === 0) return "";
  const rows = groups.map((g) => `<tr><td>${h(g.reason)}</td><td class="num">${g.count}</td></tr>`);
  const named = groups
    .filter((g) => g.paths.length > 0)
    .map((g) => {
      const items = g.paths.map(
        (p) =>
          `<li><code>${htmlPath(p.path)}</code>${p.detail === undefined ? "" : ` <span class="muted">— ${h(p.detail)}</span>`}</li>`,
      );
      const unlisted = g.count - g.paths.length;
      if (unlisted > 0) items.push(`<li class="muted">and ${unlisted} more</li>`);
      return `<h3>${h(g.reason)}</h3>\n<ul>\n${items.join("\n")}\n</ul>`;
    });
  return [
    `<h2>Skipped files (${totalSkipped(groups)})</h2>`,
    `<table class="skipped"><thead><tr><th scope="col">Reason</th><th scope="col" class="num">Files</th></tr></thead><tbody>`,
    ...rows,
    `</tbody></table>`,
    ...named,
  ].join("\n");
}

export function renderNotices(review: Review): string {
  if (review.notices.length === 0) return "";
  const items = review.notices.map(
    (n) =>
      `<li><strong class="notice-${n.level}">${n.level}</strong> <code>${h(n.analyser)}</code>${n.file === undefined ? "" : ` <code>${htmlPath(n.file)}</code>`}: ${h(n.message)}</li>`,
  );
  return `<h2>Notices</h2>\n<ul>\n${items.join("\n")}\n</ul>`;
}
