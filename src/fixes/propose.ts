import type { Finding } from "../core/finding.js";
import type { Fix } from "../core/fix.js";
import { comparePositions, LineIndex, type Range } from "../core/location.js";
import type { SourceFile } from "../core/source-file.js";

/** The code a proposer sees: the finding's lines and some context either side. */
export interface CodeWindow {
  readonly range: Range;
  readonly text: string;
}

/**
 * Proposes replacement text for findings no rule or provider can fix (an LLM
 * agent behind this port). Proposals go through the same ladder as any fix.
 */
export type FixProposer = (
  finding: Finding,
  file: SourceFile,
  window: CodeWindow,
) => Promise<Fix | undefined>;

export function codeWindow(file: SourceFile, range: Range, contextLines: number): CodeWindow {
  const lines = new LineIndex(file.text);
  const startLine = Math.max(1, range.start.line - contextLines);
  const endLine = Math.min(lines.lineCount, range.end.line + contextLines);
  const windowRange = {
    start: { line: startLine, column: 1 },
    end: { line: endLine, column: lines.line(endLine).length + 1 },
  };
  return { range: windowRange, text: lines.lines(startLine, endLine) };
}

function within(inner: Range, outer: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/**
 * Findings without a fix, given the proposer's fix where it made one. A
 * proposal is only ever a suggestion, and one that edits outside the window
 * it was shown is dropped.
 */
export async function withProposedFixes(
  findings: readonly Finding[],
  files: ReadonlyMap<string, SourceFile>,
  propose: FixProposer,
  contextLines = 20,
): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const finding of findings) {
    const file = files.get(finding.file);
    if (finding.fix || !file) {
      out.push(finding);
      continue;
    }
    const window = codeWindow(file, finding.range, contextLines);
    const fix = await propose(finding, file, window);
    if (!fix || fix.edits.length === 0 || !fix.edits.every((e) => within(e.range, window.range))) {
      out.push(finding);
      continue;
    }
    out.push({ ...finding, fix: { ...fix, applicability: "suggested" }, autoFixable: false });
  }
  return out;
}
