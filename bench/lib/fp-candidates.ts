/**
 * The judge's input (bench/fp-set/candidates.md): every unjudged high or
 * critical finding in production code, with what the finding says and the
 * code around it, but nothing of the rule that made it (no rule source, no
 * rule documentation, no recommendation text), so the verdict rests on the
 * code alone. Pure: the caller reads the files.
 */
import type { ReportedFinding } from "./fp-figures.js";

/** Lines shown before and after the finding's line: about 25 in all. */
export const CONTEXT_LINES = 12;

export interface Candidate {
  readonly project: string;
  readonly finding: ReportedFinding;
  /** The file's text, or undefined when it could not be read (said in the section). */
  readonly text: string | undefined;
}

/** A fence longer than any run of backticks in the text, so quoted code cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}

/** The lines around `line` (1-based), each prefixed with its number; the finding's line marked with `>`. */
export function excerpt(text: string, line: number, context = CONTEXT_LINES): string {
  const lines = text.split("\n");
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n += 1) {
    const mark = n === line ? ">" : " ";
    out.push(`${mark} ${String(n).padStart(width)} | ${(lines[n - 1] ?? "").replace(/\r$/, "")}`);
  }
  return out.join("\n");
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function section(c: Candidate, index: number): string {
  const f = c.finding;
  const code = c.text === undefined ? "(the file could not be read)" : excerpt(c.text, f.line);
  const fence = fenceFor(code);
  return [
    `## ${index}. ${c.project}/${f.file}:${f.line}`,
    "",
    `- fingerprint: \`${f.fingerprint}\``,
    `- project: ${c.project}`,
    `- location: \`${f.file}:${f.line}\``,
    `- severity: ${f.severity}`,
    `- CWE: ${f.cwe.length > 0 ? f.cwe.join(", ") : "none"}`,
    `- title: ${oneLine(f.title)}`,
    `- rule id (for the verdict entry only): \`${f.ruleId}\``,
    "",
    "Message:",
    "",
    ...f.description.split("\n").map((l) => `> ${l}`.trimEnd()),
    "",
    `${fence}text`,
    code,
    fence,
    "",
  ].join("\n");
}

/** Sorted by project, file and line, so the document is the same on every run. */
export function renderCandidates(candidates: readonly Candidate[], header: string): string {
  const sorted = [...candidates].sort(
    (a, b) =>
      a.project.localeCompare(b.project) ||
      a.finding.file.localeCompare(b.finding.file) ||
      a.finding.line - b.finding.line ||
      a.finding.fingerprint.localeCompare(b.finding.fingerprint),
  );
  const body = sorted.map((c, i) => section(c, i + 1));
  return `${header.trimEnd()}\n\n${body.length === 0 ? "No unjudged findings.\n" : body.join("\n")}`;
}
