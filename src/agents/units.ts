import type { FindingDraft } from "../core/finding.js";
import { countTokens } from "../llm/index.js";
import { fenceCode, fenceData, promptName } from "./prompt-frame.js";
import { maskSecrets } from "./redact.js";
import type { AgentUnit, RedactedFile } from "./types.js";

/**
 * A file's text goes in calls of at most this many tokens of code (o200k),
 * cut at line ends, so that one call about a file fits the default per-call
 * cap whatever the file's length: 8,000 tokens less an output cap of 2,000
 * leaves 5,000 of input under the largest provider margin (1.2), of which the
 * system prompt, the schema and the context take at most about 1,400
 * (docs/agents.md, "Budgets, order and cost"). Counted in tokens, not
 * characters: dense code and prose-heavy code fill a call alike.
 */
export const MAX_CHUNK_TOKENS = 3_600;

/** Whole files are numbered every tenth line (prompt-frame.ts, `fenceCode`). */
const SPARSE_NUMBERING = 10;

/** The lines one call shows, 1-based and inclusive. */
export interface LineSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * Calls about a whole file: the task (review it for `subject`), the file's
 * name, any context (given the lines the call shows), then the fenced code
 * with its real line numbers. A file longer than {@link MAX_CHUNK_TOKENS} is
 * shown in consecutive parts, one call each; a file shown whole carries its
 * section, so that small files can share a call (batch.ts).
 */
export function wholeFileUnits(
  file: RedactedFile,
  subject: string,
  context: (span: LineSpan) => readonly string[] = () => [],
): AgentUnit[] {
  const spans = chunkLines(file.text);
  const name = `${promptName(file.source.path)} (${file.source.language})`;
  return spans.map((span) => {
    const whole = spans.length === 1;
    const lines = file.text
      .split("\n")
      .slice(span.first - 1, span.last)
      .join("\n");
    const code = fenceCode(file.source.path, whole ? file.text : lines, span.first, SPARSE_NUMBERING);
    const body = [
      whole ? `File ${name}:` : `File ${name}, lines ${span.first} to ${span.last} of ${spans.at(-1)!.last}:`,
      ...context(span),
      code,
    ].join("\n\n");
    return {
      file: file.source.path,
      label: whole ? file.source.path : `${file.source.path} lines ${span.first}-${span.last}`,
      prompt: [`Review this file for ${subject}.`, body].join("\n\n"),
      ...(whole ? { section: { subject, body, tokens: countTokens(code) } } : {}),
    };
  });
}

/**
 * Consecutive line spans of at most about `limit` tokens each, of even size:
 * a file of 1.2 limits goes in two halves, not a full part and a sliver (a
 * longer single line stands alone).
 */
export function chunkLines(text: string, limit: number = MAX_CHUNK_TOKENS): LineSpan[] {
  const lines = text.split("\n");
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  const whole = countTokens(text);
  if (whole <= limit) return [{ first: 1, last: lines.length }];
  // Lines counted one by one add up to more than the whole (a line break and
  // the next indentation share a token): each line's count is scaled to the whole.
  const counted = lines.map((line) => countTokens(line) + 1);
  const scale = whole / counted.reduce((n, c) => n + c, 0);
  const parts = Math.ceil(whole / limit);
  const share = whole / parts;
  const spans: LineSpan[] = [];
  let first = 1;
  let size = 0;
  counted.forEach((c, i) => {
    const tokens = c * scale;
    const full = size + tokens > limit || (size + tokens > share && spans.length < parts - 1);
    if (size > 0 && full) {
      spans.push({ first, last: i });
      first = i + 1;
      size = 0;
    }
    size += tokens;
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
