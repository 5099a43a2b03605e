import { throwIfCancelled } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import type { Fix, FixValidation } from "../core/fix.js";
import { comparePositions, LineIndex, type Range } from "../core/location.js";
import { inPool } from "../core/pool.js";
import type { SourceFile } from "../core/source-file.js";
import { resolveOverlaps } from "./plan.js";

/** The code a proposer sees: the finding's lines and some context either side. */
export interface CodeWindow {
  readonly range: Range;
  readonly text: string;
}

/** A proposer's answer: edits to validate, or why it has none. */
export type Proposal = { readonly fix: Fix } | { readonly refused: string };

/**
 * Proposes replacement text for findings no rule or provider can fix (an LLM
 * agent behind this port). Proposals go through the same ladder as any fix.
 */
export type FixProposer = (finding: Finding, file: SourceFile, window: CodeWindow) => Promise<Proposal>;

export interface ProposeOptions {
  /** Lines of context either side of the finding. Default 20. */
  readonly contextLines?: number;
  /** Files up to this many lines are shown whole (imports included). Default 120. */
  readonly wholeFileLines?: number;
  /** Which findings may be sent at all (a re-check must exist for the fix to be proven). */
  readonly eligible?: (finding: Finding) => boolean;
  /** At most this many proposals, most severe first. Default: no limit. */
  readonly limit?: number;
  /** Proposals in flight at once. Default 1. */
  readonly concurrency?: number;
  /** Aborting it starts no further proposal and rejects with CG_CANCELLED. */
  readonly signal?: AbortSignal;
}

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

/** A finding that has no fix because the proposer's answer was refused. */
function refusedRecord(reason: string): FixValidation {
  return {
    status: "rejected",
    applies: false,
    parses: false,
    findingGone: false,
    noNewFindings: false,
    reasons: [`model proposal refused: ${reason}`],
  };
}

/**
 * Findings without a fix, given the proposer's fix where it made one. A
 * proposal is only ever a suggestion; one that edits outside the window it
 * was shown is refused, and every refusal is kept on the finding's record.
 * Findings keep their order.
 */
export async function withProposedFixes(
  findings: readonly Finding[],
  files: ReadonlyMap<string, SourceFile>,
  propose: FixProposer,
  options: ProposeOptions = {},
): Promise<Finding[]> {
  const contextLines = options.contextLines ?? 20;
  const wholeFileLines = options.wholeFileLines ?? 120;
  const wanted = resolveOverlaps(
    findings.filter((f) => !f.fix && files.has(f.file) && (options.eligible?.(f) ?? true)),
  ).slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const results = new Map<Finding, Finding>();
  const one = async (finding: Finding): Promise<void> => {
    const file = files.get(finding.file)!;
    const window =
      file.lines <= wholeFileLines
        ? codeWindow(file, finding.range, file.lines)
        : codeWindow(file, finding.range, contextLines);
    const answer = await propose(finding, file, window);
    if ("refused" in answer) {
      results.set(finding, { ...finding, fixValidation: refusedRecord(answer.refused) });
    } else if (answer.fix.edits.length === 0) {
      results.set(finding, { ...finding, fixValidation: refusedRecord("no edits") });
    } else if (!answer.fix.edits.every((e) => within(e.range, window.range))) {
      results.set(finding, { ...finding, fixValidation: refusedRecord("edits outside the lines shown") });
    } else {
      results.set(finding, {
        ...finding,
        fix: { ...answer.fix, applicability: "suggested" },
        autoFixable: false,
      });
    }
  };
  await inPool(wanted, options.concurrency ?? 1, one, options.signal);
  // Proposals cut short are refusals to the proposer, not to the user: none of them counts.
  throwIfCancelled(options.signal, "the fix stage");
  return findings.map((f) => results.get(f) ?? f);
}
