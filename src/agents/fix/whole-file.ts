import { commonLines } from "../../core/common-lines.js";
import type { FixProposalAnswer } from "./prompt.js";

/**
 * A rewrite given as the whole file, as the answer a model gives: the lines
 * from the first that differs to the last that differs, quoted and replaced.
 * A pure insertion takes the line before it (or after, at the top) so the
 * answer always replaces at least one line, as the fix prompt asks.
 */
export function answerFromRewrite(
  original: string,
  rewrite: string,
  explanation = "rewrite",
): FixProposalAnswer {
  const a = original.split("\n");
  const b = rewrite.split("\n");
  const { head, tail } = commonLines(a, b);
  let start = head;
  let endA = a.length - tail;
  let endB = b.length - tail;
  if (start === endA) {
    if (start > 0) start--;
    else {
      endA++;
      endB++;
    }
  }
  return {
    fixable: true,
    startLine: start + 1,
    endLine: endA,
    original: a.slice(start, endA).join("\n"),
    replacement: b.slice(start, endB).join("\n"),
    explanation,
  };
}
