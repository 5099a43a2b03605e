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
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
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
