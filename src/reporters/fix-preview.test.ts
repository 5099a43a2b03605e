import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import type { Edit } from "../core/fix.js";
import { sampleFindings } from "../../test/support/sample-review.js";
import { fixedSnippet, snippetDiff } from "./fix-preview.js";

function edit(line: number, column: number, endLine: number, endColumn: number, text: string): Edit {
  return { range: { start: { line, column }, end: { line: endLine, column: endColumn } }, text };
}

function finding(snippet: string, edits: Edit[] | undefined, startLine = 10): Finding {
  const base = sampleFindings[0]!;
  const { fix: _fix, ...rest } = base;
  return {
    ...rest,
    snippet,
    range: {
      start: { line: startLine, column: 1 },
      end: { line: startLine + snippet.split("\n").length - 1, column: 2 },
    },
    ...(edits ? { fix: { description: "fix", applicability: "safe", edits } } : {}),
  };
}

describe("fixedSnippet", () => {
  it.each([
    {
      name: "one replacement",
      snippet: "except:\n    pass",
      edits: [edit(10, 1, 10, 8, "except Exception:")],
      after: "except Exception:\n    pass",
    },
    {
      name: "an insertion",
      snippet: "run(cmd)",
      edits: [edit(10, 8, 10, 8, ", check=True")],
      after: "run(cmd, check=True)",
    },
    { name: "a deletion", snippet: "x = 1;;", edits: [edit(10, 7, 10, 8, "")], after: "x = 1;" },
    {
      name: "an edit across lines",
      snippet: "a(\n  b)\nc",
      edits: [edit(10, 2, 11, 5, "(b)")],
      after: "a(b)\nc",
    },
    {
      name: "several edits in any order",
      snippet: "f(a, b)",
      edits: [edit(10, 6, 10, 7, "y"), edit(10, 3, 10, 4, "x")],
      after: "f(x, y)",
    },
    { name: "an edit past the snippet", snippet: "a\nb", edits: [edit(12, 1, 12, 2, "z")], after: undefined },
    { name: "an edit before the snippet", snippet: "a", edits: [edit(9, 1, 9, 2, "z")], after: undefined },
    { name: "a column past the line", snippet: "ab", edits: [edit(10, 5, 10, 6, "z")], after: undefined },
    {
      name: "overlapping edits",
      snippet: "abcdef",
      edits: [edit(10, 1, 10, 4, "x"), edit(10, 3, 10, 5, "y")],
      after: undefined,
    },
    {
      name: "a masked secret",
      snippet: 'key = "«redacted»"',
      edits: [edit(10, 7, 10, 19, 'env("KEY")')],
      after: undefined,
    },
    { name: "no edits", snippet: "a", edits: [], after: undefined },
    { name: "no fix", snippet: "a", edits: undefined, after: undefined },
  ])("gives the fixed snippet for $name", ({ snippet, edits, after }) => {
    expect(fixedSnippet(finding(snippet, edits))).toBe(after);
  });
});

describe("snippetDiff", () => {
  it.each([
    { before: "a\nb\nc", after: "a\nB\nc", diff: " a\n-b\n+B\n c" },
    { before: "a\nb", after: "a\nb\nc", diff: " a\n b\n+c" },
    { before: "x", after: "y\nz", diff: "-x\n+y\n+z" },
  ])("diffs $before → $after", ({ before, after, diff }) => {
    expect(snippetDiff(before, after)).toBe(diff);
  });
});
