import type { Finding } from "../core/finding.js";
import { nonProductionFindings, productionFindings } from "../core/non-production.js";
import type { Review } from "../core/review.js";
import { fixedSnippet, snippetDiff } from "./fix-preview.js";
import { formatConfidence, plural } from "./format.js";
import { terminalPath } from "./path-text.js";
import {
  append,
  capped,
  formatRange,
  groupByFile,
  groupBySeverity,
  newnessOf,
  nonProductionLabel,
  nonProductionText,
  snippetLines,
  type FileGroup,
} from "./report-facts.js";
import { severityLabel, truncate, wrap, type TerminalStyle } from "./terminal-style.js";
import { makeVisible } from "./visible-text.js";

const INDENT = "    ";

/** Findings shown per severity before "and N more (use --all)"; JSON and SARIF are never cut. */
export const FINDINGS_SHOWN_PER_SEVERITY = 20;

/**
 * Production findings by severity, most severe first (so no note sits above
 * a critical), each severity grouped by file and cut at
 * {@link FINDINGS_SHOWN_PER_SEVERITY} unless `all`; then, apart, the findings
 * in non-production code the same way, under the sentence saying why.
 */
export function renderFindingsSection(review: Review, style: TerminalStyle, all: boolean): string[] {
  const { c } = style;
  if (review.findings.length === 0) return [c.green("No findings."), ""];
  const isNew = newnessOf(review);
  const production = productionFindings(review.findings);
  const lines =
    production.length === 0
      ? [c.green("No findings in production code."), ""]
      : renderBySeverity(production, isNew, style, all);
  const apart = nonProductionText(review);
  if (apart !== undefined) {
    const bar = c.bold("═".repeat(Math.min(style.width, 80)));
    append(
      lines,
      bar,
      c.bold("Non-production code"),
      wrap(apart, style.width, "").map((l) => c.dim(l)),
      bar,
      "",
      renderBySeverity(nonProductionFindings(review.findings), isNew, style, all),
    );
  }
  return lines;
}

function renderBySeverity(
  findings: readonly Finding[],
  isNew: (finding: Finding) => boolean,
  style: TerminalStyle,
  all: boolean,
): string[] {
  const lines: string[] = [];
  for (const group of groupBySeverity(findings)) {
    // File order within one severity: more findings first, then by path, as the groups sort.
    const ordered = groupByFile(group.findings).flatMap((g) => g.findings);
    const { shown, more } = all ? { shown: ordered, more: 0 } : capped(ordered, FINDINGS_SHOWN_PER_SEVERITY);
    lines.push(`${style.severity(group.severity)} ${style.c.bold(`(${group.findings.length})`)}`, "");
    for (const fileGroup of groupByFile(shown)) append(lines, renderFileGroup(fileGroup, isNew, style));
    if (more > 0)
      lines.push(
        style.c.dim(`and ${more} more ${severityLabel(group.severity).toLowerCase()} (use --all)`),
        "",
      );
  }
  return lines;
}

function renderFileGroup(
  group: FileGroup,
  isNew: (finding: Finding) => boolean,
  style: TerminalStyle,
): string[] {
  const { c } = style;
  const rule = c.dim("─".repeat(Math.min(style.width, 80)));
  const lines = [
    rule,
    `${c.bold(terminalPath(group.file))}  ${c.dim(`(${plural(group.findings.length, "finding")})`)}`,
    rule,
    "",
  ];
  for (const finding of group.findings) append(lines, renderFinding(finding, isNew(finding), style), "");
  return lines;
}

export function renderFinding(finding: Finding, fresh: boolean, style: TerminalStyle): string[] {
  const { c } = style;
  const head = [style.severity(finding.severity), c.bold(makeVisible(finding.ruleId))];
  if (fresh) head.push(c.bold(c.magenta("NEW")));
  const lines = [`  ${head.join("  ")}`];
  append(
    lines,
    wrap(finding.title, style.width, "  ").map((l) => c.bold(l)),
  );
  append(
    lines,
    wrap(detailsLine(finding), style.width, "  ").map((l) => c.dim(l)),
  );
  append(lines, "", renderSnippet(finding, style), "");
  append(lines, wrap(finding.description, style.width, INDENT));
  append(
    lines,
    wrap(`How to fix: ${finding.recommendation}`, style.width, INDENT).map((l) => c.green(l)),
  );
  if (finding.fix) {
    const kind = finding.autoFixable ? "Auto-fix available" : "Suggested fix";
    const edits = plural(finding.fix.edits.length, "edit");
    lines.push(
      ...wrap(`${kind}: ${finding.fix.description} (${edits})`, style.width, INDENT).map((l) => c.cyan(l)),
    );
    append(lines, renderFixPreview(finding, style));
    const proof = finding.fixValidation && fixProof(finding.fixValidation);
    if (proof) lines.push(...wrap(proof, style.width, INDENT).map((l) => c.dim(l)));
  }
  if (style.verbose) lines.push(c.dim(`${INDENT}fingerprint ${finding.fingerprint}`));
  return lines;
}

/** "Fix proven: applies · parses · finding gone · nothing new" — how far the fix got up the ladder. */
function fixProof(v: NonNullable<Finding["fixValidation"]>): string {
  const steps = [
    v.applies ? "applies" : "does not apply",
    v.parses ? "parses" : "breaks the syntax",
    v.findingGone ? "finding gone" : "finding remains",
    v.noNewFindings ? "nothing new" : "adds a finding",
    ...(v.noIndirectRoute === undefined ? [] : [v.noIndirectRoute ? "no indirect route" : "indirect route"]),
    ...(v.policy === undefined ? [] : [v.policy ? "keeps the fix policy" : "against the fix policy"]),
    ...(v.languageCheck === undefined ? [] : [v.languageCheck ? "checker passes" : "checker fails"]),
    ...(v.tests === undefined ? [] : [v.tests ? "tests pass" : "tests fail"]),
  ];
  const label =
    v.status === "proven"
      ? "Fix proven"
      : v.status === "model-checked"
        ? "Fix model-checked"
        : "Fix rejected";
  return `${label}: ${steps.join(" · ")}${v.reasons.length > 0 ? ` (${v.reasons.map(makeVisible).join("; ")})` : ""}`;
}

/** "41:5–42:26 · CWE-89 · confidence 95% · rules + bandit (also bandit/B608)" */
function detailsLine(finding: Finding): string {
  const parts = [`line ${formatRange(finding)}`, finding.category];
  if (finding.cwe.length > 0) parts.push(finding.cwe.join(", "));
  if (finding.cvss !== undefined) parts.push(`CVSS ${finding.cvss.toFixed(1)}`);
  parts.push(`confidence ${formatConfidence(finding.confidence)}`);
  let sources = `found by ${finding.sources.join(" + ")}`;
  if (finding.relatedRules.length > 0) sources += ` (also ${finding.relatedRules.join(", ")})`;
  parts.push(sources);
  const apart = nonProductionLabel(finding);
  if (apart !== undefined) parts.push(apart);
  return parts.join(" · ");
}

function renderSnippet(finding: Finding, style: TerminalStyle): string[] {
  const { c } = style;
  const numbered = snippetLines(finding);
  if (numbered.length === 0) return [c.dim(`${INDENT}(no snippet)`)];
  const gutter = String(numbered[numbered.length - 1]?.line ?? 0).length;
  const room = style.width - INDENT.length - gutter - 3;
  return numbered.map(({ line, text }) => {
    // Tabs would break the gutter alignment and the width budget.
    const visible = makeVisible(text.replace(/\t/g, "    "));
    const shown = style.verbose ? visible : truncate(visible, room);
    return `${INDENT}${c.dim(`${String(line).padStart(gutter)} │`)} ${shown}`;
  });
}

/** The fix as a small diff of the snippet; the raw edits when it cannot be shown faithfully (verbose only). */
function renderFixPreview(finding: Finding, style: TerminalStyle): string[] {
  const { c } = style;
  const after = fixedSnippet(finding);
  if (after === undefined) return style.verbose ? renderEdits(finding, style) : [];
  return snippetDiff(finding.snippet, after)
    .split("\n")
    .map((line) => {
      const shown = `${INDENT}  ${makeVisible(line.replace(/\t/g, "    "))}`;
      if (line.startsWith("-")) return c.red(shown);
      return line.startsWith("+") ? c.green(shown) : c.dim(shown);
    });
}

function renderEdits(finding: Finding, style: TerminalStyle): string[] {
  const { c } = style;
  return (finding.fix?.edits ?? []).map((edit) => {
    const at = `${edit.range.start.line}:${edit.range.start.column}–${edit.range.end.line}:${edit.range.end.column}`;
    const text = makeVisible(JSON.stringify(edit.text));
    return c.cyan(`${INDENT}  ${at} → ${text}`);
  });
}
