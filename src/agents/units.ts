import type { FindingDraft } from "../core/finding.js";
import { fenceCode, fenceData, promptName } from "./prompt-frame.js";
import { maskSecrets } from "./redact.js";
import type { AgentUnit, RedactedFile } from "./types.js";

/**
 * A file's text goes in calls of at most this many characters (about 3,000
 * tokens with line numbers), cut at line ends, so that one call about a file
 * fits the default per-call cap (8,000 tokens with the system prompt and the
 * output cap) whatever the file's length (docs/agents.md, "Budgets, order and cost").
 */
export const MAX_CHUNK_CHARS = 10_000;

/** Whole files are numbered every tenth line (prompt-frame.ts, `fenceCode`). */
const SPARSE_NUMBERING = 10;

/** The lines one call shows, 1-based and inclusive. */
export interface LineSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * Calls about a whole file: the task, any context (given the lines the call
 * shows), then the fenced code with its real line numbers. A file longer
 * than {@link MAX_CHUNK_CHARS} is shown in consecutive parts, one call each.
 */
export function wholeFileUnits(
  file: RedactedFile,
  task: string,
  context: (span: LineSpan) => readonly string[] = () => [],
): AgentUnit[] {
  const spans = chunkLines(file.text);
  return spans.map((span) => {
    const whole = spans.length === 1;
    const lines = file.text
      .split("\n")
      .slice(span.first - 1, span.last)
      .join("\n");
    return {
      file: file.source.path,
      label: whole ? file.source.path : `${file.source.path} lines ${span.first}-${span.last}`,
      prompt: [
        task,
        ...context(span),
        whole
          ? `File ${promptName(file.source.path)} (${file.source.language}):`
          : `File ${promptName(file.source.path)} (${file.source.language}), lines ${span.first} to ${span.last} of ${spans.at(-1)!.last}:`,
        fenceCode(file.source.path, whole ? file.text : lines, span.first, SPARSE_NUMBERING),
      ].join("\n\n"),
    };
  });
}

/** Consecutive line spans of at most MAX_CHUNK_CHARS characters (a longer single line stands alone). */
export function chunkLines(text: string): LineSpan[] {
  const lines = text.split("\n");
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  const spans: LineSpan[] = [];
  let first = 1;
  let size = 0;
  lines.forEach((line, i) => {
    if (size > 0 && size + line.length + 1 > MAX_CHUNK_CHARS) {
      spans.push({ first, last: i });
      first = i + 1;
      size = 0;
    }
    size += line.length + 1;
  });
  spans.push({ first, last: Math.max(first, lines.length) });
  return spans;
}

/** Findings whose first line falls within the span. */
export function within<T extends { readonly range: { readonly start: { readonly line: number } } }>(
  findings: readonly T[],
  span: LineSpan,
): T[] {
  return findings.filter((f) => f.range.start.line >= span.first && f.range.start.line <= span.last);
}

/** Deterministic findings as one line each, secrets masked, fenced as data. */
export function priorFindingsBlock(
  label: string,
  file: RedactedFile,
  findings: readonly FindingDraft[],
): string {
  const lines = findings.map(
    (f) =>
      `- ${f.ruleId} at line ${f.range.start.line} (${f.severity}${f.cwe.length > 0 ? `, ${f.cwe.join(" ")}` : ""}): ${maskSecrets(f.title, file.secrets)}`,
  );
  return fenceData(label, lines.length > 0 ? lines : ["(none)"]);
}

/** Whether a path looks like a test file in Python or JavaScript/TypeScript projects. */
export function isTestPath(path: string): boolean {
  return (
    /(^|\/)(tests?|__tests__|spec)\//.test(path) ||
    /(?<![^/])test_[^/]*\.py$|_test\.py$|\.(test|spec)\.[cm]?[jt]sx?$/.test(path)
  );
}
