import type { Finding } from "../core/finding.js";
import { SEVERITIES } from "../core/severity.js";
import { escapeHtml as h } from "./escape-html.js";
import { fixedSnippet, snippetDiff } from "./fix-preview.js";
import { formatConfidence } from "./format.js";
import { htmlPath } from "./path-text.js";
import { formatRange, nonProductionLabel, snippetLines } from "./report-facts.js";

/**
 * The findings table: one row per finding, its explanation and code folded
 * into the title cell. Only the first table on the page carries the filters
 * (their ids are unique); the script filters the rows of every table.
 */
export function renderFindingsTable(
  findings: readonly Finding[],
  isNew: (f: Finding) => boolean,
  withFilters = true,
): string {
  if (findings.length === 0) return `<p class="fix">No findings.</p>`;
  const filters = [
    `<div class="filters" id="filters" hidden>`,
    ...SEVERITIES.map(
      (s) =>
        `<label><input type="checkbox" data-severity="${s}" checked> <span class="badge ${s}">${s}</span></label>`,
    ),
    `<input type="search" id="search" placeholder="Filter by text…" aria-label="Filter findings by text">`,
    `<span class="muted" id="shown"></span>`,
    `</div>`,
  ];
  const rows = findings.map((f) => renderRow(f, isNew(f)));
  return [
    ...(withFilters ? filters : []),
    `<table class="findings">`,
    `<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Location</th><th scope="col">Finding</th><th scope="col" class="num">Confidence</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody></table>`,
  ].join("\n");
}

function renderRow(f: Finding, fresh: boolean): string {
  const cwe = f.cwe.map((c) => {
    const m = /^CWE-(\d{1,6})$/.exec(c);
    return m
      ? `<a rel="noreferrer" href="https://cwe.mitre.org/data/definitions/${m[1] ?? ""}.html">${h(c)}</a>`
      : h(c);
  });
  const facts = [`Category: ${h(f.category)}`];
  if (cwe.length > 0) facts.push(cwe.join(", "));
  if (f.cvss !== undefined) facts.push(`CVSS ${f.cvss.toFixed(1)}`);
  let sources = `Found by ${f.sources.map(h).join(", ")}`;
  if (f.relatedRules.length > 0)
    sources += ` (also ${f.relatedRules.map((r) => `<code>${h(r)}</code>`).join(", ")})`;
  facts.push(sources);
  const apart = nonProductionLabel(f);
  if (apart !== undefined) facts.push(h(apart));
  const body = [
    `<div class="finding-body">`,
    `<p class="muted">${facts.join(" · ")}</p>`,
    renderSnippet(f),
    `<p>${h(f.description)}</p>`,
    `<p class="fix"><strong>How to fix:</strong> ${h(f.recommendation)}</p>`,
    renderFix(f),
    `<p class="muted">Fingerprint <code>${h(f.fingerprint)}</code></p>`,
    `</div>`,
  ];
  return [
    `<tr class="finding" data-severity="${f.severity}">`,
    `<td><span class="badge ${f.severity}">${f.severity}</span>${fresh ? `<span class="new">NEW</span>` : ""}</td>`,
    `<td><code>${h(f.ruleId)}</code></td>`,
    `<td><code>${htmlPath(f.file)}</code><br><span class="muted">${h(formatRange(f))}</span></td>`,
    `<td><details><summary>${h(f.title)}</summary>${body.join("\n")}</details></td>`,
    `<td class="num">${formatConfidence(f.confidence)}</td>`,
    `</tr>`,
  ].join("\n");
}

function renderSnippet(f: Finding): string {
  const lines = snippetLines(f);
  if (lines.length === 0) return `<p class="muted">No snippet.</p>`;
  const body = lines.map(({ line, text }) => `<span class="ln">${line}</span>${h(text)}`).join("\n");
  return `<pre class="code"><code>${body}</code></pre>`;
}

function renderFix(f: Finding): string {
  if (!f.fix) return "";
  const label = f.fix.applicability === "safe" ? "Auto-fix (safe)" : "Suggested fix";
  const parts = [`<p><strong>${label}:</strong> ${h(f.fix.description)}</p>`];
  const after = fixedSnippet(f);
  if (after !== undefined) {
    const diff = snippetDiff(f.snippet, after)
      .split("\n")
      .map((l) =>
        l.startsWith("-")
          ? `<span class="del">${h(l)}</span>`
          : l.startsWith("+")
            ? `<span class="add">${h(l)}</span>`
            : h(l),
      )
      .join("\n");
    parts.push(`<pre class="code"><code>${diff}</code></pre>`);
  }
  return parts.join("\n");
}
