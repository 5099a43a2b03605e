import { commonLines } from "../core/common-lines.js";
import type { Finding } from "../core/finding.js";
import { REDACTION_MASK } from "../core/redaction.js";

/**
 * The snippet with the finding's fix applied, when that can be shown
 * faithfully: every edit lies within the snippet's lines and no secret was
 * masked there (a mask shifts columns). Undefined otherwise.
 */
export function fixedSnippet(finding: Finding): string | undefined {
  const fix = finding.fix;
  if (!fix || fix.edits.length === 0 || finding.snippet.includes(REDACTION_MASK)) return undefined;
  const lines = finding.snippet.split("\n");
  const first = finding.range.start.line;
  const last = first + lines.length - 1;
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const toOffset = (line: number, column: number): number | undefined => {
    const base = offsets[line - first];
    const text = lines[line - first];
    if (base === undefined || text === undefined || column < 1 || column > text.length + 1) return undefined;
    return base + column - 1;
  };
  const spans: { from: number; to: number; text: string }[] = [];
  for (const edit of fix.edits) {
    if (edit.range.start.line < first || edit.range.end.line > last) return undefined;
    const from = toOffset(edit.range.start.line, edit.range.start.column);
    const to = toOffset(edit.range.end.line, edit.range.end.column);
    if (from === undefined || to === undefined || to < from) return undefined;
    spans.push({ from, to, text: edit.text });
  }
  spans.sort((a, b) => b.from - a.from);
  // Overlapping edits cannot be applied in any order; the fixer rejects them too.
  for (let i = 1; i < spans.length; i++)
    if ((spans[i]?.to ?? 0) > (spans[i - 1]?.from ?? 0)) return undefined;
  let result = finding.snippet;
  for (const span of spans) result = result.slice(0, span.from) + span.text + result.slice(span.to);
  return result;
}

/**
 * A unified-diff style body of snippet → fixed snippet: unchanged leading and
 * trailing lines as context, the changed middle as "-" then "+" lines.
 */
export function snippetDiff(before: string, after: string): string {
  const a = before.split("\n");
  const b = after.split("\n");
  const { head, tail } = commonLines(a, b);
  return [
    ...a.slice(0, head).map((l) => ` ${l}`),
    ...a.slice(head, a.length - tail).map((l) => `-${l}`),
    ...b.slice(head, b.length - tail).map((l) => `+${l}`),
    ...a.slice(a.length - tail).map((l) => ` ${l}`),
  ].join("\n");
}
