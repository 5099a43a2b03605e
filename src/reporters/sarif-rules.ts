import type { ReportingDescriptor } from "sarif";
import type { Finding } from "../core/finding.js";
import type { RuleMeta } from "../core/rule-meta.js";
import { severityRank, type Severity } from "../core/severity.js";
import { escapeMarkdownBlock, escapeMarkdownInline } from "./escape-markdown.js";

/** GitHub code scanning reads this numeric string: ≥9 critical, ≥7 high, ≥4 medium, else low. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0",
};

export type SarifLevel = "error" | "warning" | "note";

export function levelOf(severity: Severity): SarifLevel {
  if (severity === "critical" || severity === "high") return "error";
  return severity === "medium" ? "warning" : "note";
}

/** Code scanning's precision vocabulary, from a rule's default confidence. */
export function precisionOf(confidence: number): "very-high" | "high" | "medium" | "low" {
  if (confidence >= 0.9) return "very-high";
  if (confidence >= 0.75) return "high";
  if (confidence >= 0.5) return "medium";
  return "low";
}

/** "CWE-89" → "external/cwe/cwe-89", the tag form code scanning links to MITRE. */
export function cweTag(cwe: string): string | undefined {
  const match = /^CWE-(\d+)$/i.exec(cwe.trim());
  return match ? `external/cwe/cwe-${match[1] ?? ""}` : undefined;
}

/** A readable PascalCase name from the last segment of an id ("py/sql-injection" → "SqlInjection"). */
function friendlyName(id: string): string {
  const last = id.slice(id.lastIndexOf("/") + 1);
  const words = last.split(/[^A-Za-z0-9]+/).filter((w) => w !== "");
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return name === "" || name === id ? `Rule${name}` : name;
}

function isWebUrl(text: string): boolean {
  return /^https?:\/\/[^\s<>()]+$/.test(text);
}

/**
 * A rule descriptor for every rule id that has a finding: from the review's
 * rule metadata when present, otherwise a minimal one from the findings, so
 * every result's ruleId resolves (code scanning rejects dangling ids).
 * Security severity is the worst the findings show (a configured override may
 * raise it above the rule's default); a finding's CVSS score wins when given.
 */
export function ruleDescriptor(
  id: string,
  meta: RuleMeta | undefined,
  findings: readonly Finding[],
): ReportingDescriptor {
  const sample = findings[0];
  const worst = findings.reduce<Severity>(
    (w, f) => (severityRank(f.severity) > severityRank(w) ? f.severity : w),
    meta?.severity ?? sample?.severity ?? "info",
  );
  const category = meta?.category ?? sample?.category ?? "pattern";
  const cwe = meta?.cwe.length ? meta.cwe : [...new Set(findings.flatMap((f) => f.cwe))];
  const title = meta?.title ?? sample?.title ?? id;
  const description = meta?.description ?? sample?.description ?? title;
  const why = meta?.why ?? "";
  const howToFix = meta?.howToFix ?? sample?.recommendation ?? "";
  const references = (meta?.references ?? []).filter(isWebUrl);
  const tags = [category, ...cwe.flatMap((c) => cweTag(c) ?? [])];
  if (category === "security" && !tags.includes("security")) tags.unshift("security");
  const cvss = findings.flatMap((f) => (f.cvss === undefined ? [] : [f.cvss]));
  const properties: Record<string, unknown> = {
    tags: [...new Set(tags)],
    precision: precisionOf(meta?.confidence ?? sample?.confidence ?? 0.5),
    "problem.severity": levelOf(worst) === "note" ? "recommendation" : levelOf(worst),
  };
  if (category === "security") {
    properties["security-severity"] =
      cvss.length > 0 ? cvss.reduce((a, b) => Math.max(a, b)).toFixed(1) : SECURITY_SEVERITY[worst];
  }
  if (meta?.owasp !== undefined) properties["owasp"] = meta.owasp;
  if (meta?.analyser !== undefined) properties["analyser"] = meta.analyser;
  const descriptor: ReportingDescriptor = {
    id,
    name: friendlyName(id),
    shortDescription: { text: title },
    fullDescription: { text: why === "" ? description : `${description} ${why}` },
    help: {
      text: helpText(description, why, howToFix, references),
      markdown: helpMarkdown(title, description, why, howToFix, references),
    },
    defaultConfiguration: { level: levelOf(meta?.severity ?? worst) },
    properties,
  };
  if (references[0] !== undefined) descriptor.helpUri = references[0];
  return descriptor;
}

function helpText(description: string, why: string, howToFix: string, references: readonly string[]): string {
  const parts = [description];
  if (why !== "") parts.push(`Why it matters: ${why}`);
  if (howToFix !== "") parts.push(`How to fix: ${howToFix}`);
  if (references.length > 0) parts.push(`References: ${references.join(" ")}`);
  return parts.join("\n\n");
}

function helpMarkdown(
  title: string,
  description: string,
  why: string,
  howToFix: string,
  references: readonly string[],
): string {
  const parts = [`## ${escapeMarkdownInline(title)}`, escapeMarkdownBlock(description)];
  if (why !== "") parts.push(`### Why it matters\n\n${escapeMarkdownBlock(why)}`);
  if (howToFix !== "") parts.push(`### How to fix\n\n${escapeMarkdownBlock(howToFix)}`);
  if (references.length > 0) parts.push(`### References\n\n${references.map((r) => `- <${r}>`).join("\n")}`);
  return parts.join("\n\n");
}
