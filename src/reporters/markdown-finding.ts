import type { Finding } from "../core/finding.js";
import type { Severity } from "../core/severity.js";
import { codeLanguageOf } from "./code-language.js";
import {
  escapeForHtmlInMarkdown,
  escapeMarkdownBlock,
  escapeMarkdownInline,
  fencedCode,
  inlineCode,
} from "./escape-markdown.js";
import { fixedSnippet, snippetDiff } from "./fix-preview.js";
import { formatConfidence } from "./format.js";
import { markdownPath, visiblePath } from "./path-text.js";
import { append, displaySnippet, formatRange, nonProductionLabel } from "./report-facts.js";

const ICONS: Readonly<Record<Severity, string>> = {
  critical: "🔴",
  high: "🟠",
  medium: "🟡",
  low: "🔵",
  info: "⚪",
};

/** The severity's coloured circle; a plain one for a severity this build does not know. */
export function severityIcon(severity: Severity): string {
  return ICONS[severity] ?? "⚫";
}

/**
 * One finding as a collapsible block. The `<summary>` is HTML, where Markdown
 * is not parsed, so its text is HTML-escaped; the body is Markdown, so prose
 * is Markdown-escaped and code goes into fences it cannot close.
 */
export function renderFindingDetails(finding: Finding, fresh: boolean, open: boolean): string {
  const where = `${visiblePath(finding.file)}:${finding.range.start.line}`;
  const summary = [
    `<code>${escapeForHtmlInMarkdown(finding.ruleId)}</code>`,
    escapeForHtmlInMarkdown(finding.title),
    `<code>${escapeForHtmlInMarkdown(where)}</code>`,
    ...(fresh ? ["<b>NEW</b>"] : []),
  ].join(" · ");
  const facts = [
    `**File:** ${markdownPath(finding.file)} line ${escapeMarkdownInline(formatRange(finding))}`,
    `**Category:** ${escapeMarkdownInline(finding.category)}`,
  ];
  if (finding.cwe.length > 0) facts.push(`**CWE:** ${finding.cwe.map(cweLink).join(", ")}`);
  if (finding.cvss !== undefined) facts.push(`**CVSS:** ${finding.cvss.toFixed(1)}`);
  facts.push(`**Confidence:** ${formatConfidence(finding.confidence)}`);
  let sources = `**Found by:** ${finding.sources.map((s) => escapeMarkdownInline(s)).join(", ")}`;
  if (finding.relatedRules.length > 0) {
    sources += ` (also ${finding.relatedRules.map((r) => inlineCode(r)).join(", ")})`;
  }
  facts.push(sources);
  const apart = nonProductionLabel(finding);
  if (apart !== undefined) facts.push(`**Listed apart:** ${escapeMarkdownInline(apart)}`);
  const parts = [
    `<details${open ? " open" : ""}>`,
    `<summary>${severityIcon(finding.severity)} ${summary}</summary>`,
    "",
    facts.join(" · "),
    "",
    displaySnippet(finding) === ""
      ? "_No snippet._"
      : fencedCode(displaySnippet(finding), codeLanguageOf(finding.file)),
    "",
    escapeMarkdownBlock(finding.description),
    "",
    `**How to fix:** ${escapeMarkdownBlock(finding.recommendation)}`,
    "",
  ];
  if (finding.fix) append(parts, renderFix(finding));
  parts.push("</details>", "");
  return parts.join("\n");
}

function renderFix(finding: Finding): string[] {
  const fix = finding.fix;
  if (!fix) return [];
  const label = fix.applicability === "safe" ? "Auto-fix (safe)" : "Suggested fix";
  const lines = [`**${label}:** ${escapeMarkdownInline(fix.description)}`, ""];
  const after = fixedSnippet(finding);
  if (after !== undefined) lines.push(fencedCode(snippetDiff(finding.snippet, after), "diff"), "");
  return lines;
}

/** "CWE-89" links to MITRE; anything else stays plain, escaped text. */
function cweLink(cwe: string): string {
  const match = /^CWE-(\d{1,6})$/.exec(cwe);
  if (!match) return escapeMarkdownInline(cwe);
  return `[${escapeMarkdownInline(cwe)}](https://cwe.mitre.org/data/definitions/${match[1] ?? ""}.html)`;
}
