import { describe, expect, it } from "vitest";
import type { Edit } from "../core/fix.js";
import { applyEdits, detectLineEnding, renderUnifiedDiff } from "./apply-edits.js";

const at = (line: number, column: number, endLine: number, endColumn: number, text: string): Edit => ({
  range: { start: { line, column }, end: { line: endLine, column: endColumn } },
  text,
});

describe("applyEdits", () => {
  const cases: { name: string; text: string; edits: Edit[]; expected: string }[] = [
    {
      name: "one replacement",
      text: "if x == None:\n",
      edits: [at(1, 6, 1, 8, "is")],
      expected: "if x is None:\n",
    },
    {
      name: "two edits given out of order",
      text: "a = b == c\nd = e != f\n",
      edits: [at(2, 7, 2, 9, "!=="), at(1, 7, 1, 9, "===")],
      expected: "a = b === c\nd = e !== f\n",
    },
    {
      name: "insertion at a point",
      text: "run()\n",
      edits: [at(1, 1, 1, 1, "await ")],
      expected: "await run()\n",
    },
    {
      name: "columns count UTF-16 units (emoji is two)",
      text: 's = "😀" == x\n',
      edits: [at(1, 10, 1, 12, "is")],
      expected: 's = "😀" is x\n',
    },
    {
      name: "inserted line breaks follow a CRLF file",
      text: "a = 1\r\nb = 2\r\n",
      edits: [at(1, 6, 1, 6, "\n# note")],
      expected: "a = 1\r\n# note\r\nb = 2\r\n",
    },
    {
      name: "edit across a line break",
      text: "x = (\n  1)\n",
      edits: [at(1, 5, 2, 5, "1")],
      expected: "x = 1\n",
    },
    {
      name: "edit at the very end without newline",
      text: "x = 1",
      edits: [at(1, 6, 1, 6, "\n")],
      expected: "x = 1\n",
    },
    {
      name: "adjacent edits do not overlap",
      text: "abcd",
      edits: [at(1, 1, 1, 3, "X"), at(1, 3, 1, 5, "Y")],
      expected: "XY",
    },
  ];
  it.each(cases)("$name", ({ text, edits, expected }) => {
    const result = applyEdits(text, edits);
    expect(result).toMatchObject({ ok: true, text: expected });
  });

  const refused: { name: string; text: string; edits: Edit[]; reason: RegExp }[] = [
    {
      name: "overlapping edits",
      text: "abcdef",
      edits: [at(1, 1, 1, 4, "X"), at(1, 3, 1, 5, "Y")],
      reason: /overlap/,
    },
    {
      name: "two insertions at one point",
      text: "abc",
      edits: [at(1, 2, 1, 2, "X"), at(1, 2, 1, 2, "Y")],
      reason: /overlap/,
    },
    { name: "a line past the end", text: "a\nb\n", edits: [at(5, 1, 5, 2, "X")], reason: /outside/ },
    {
      name: "a column past the line's end",
      text: "ab\ncd\n",
      edits: [at(1, 2, 1, 9, "X")],
      reason: /outside/,
    },
    { name: "an inverted range", text: "abcd", edits: [at(1, 3, 1, 1, "X")], reason: /ends before/ },
    { name: "no edits at all", text: "abcd", edits: [], reason: /no edits/ },
  ];
  it.each(refused)("refuses $name", ({ text, edits, reason }) => {
    const result = applyEdits(text, edits);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe("detectLineEnding", () => {
  it.each([
    ["a\nb\n", "\n"],
    ["a\r\nb\r\n", "\r\n"],
    ["a\r\nb\nc\r\n", "\r\n"],
    ["no break", "\n"],
  ])("%j → %j", (text, eol) => {
    expect(detectLineEnding(text)).toBe(eol);
  });
});

describe("renderUnifiedDiff", () => {
  it("writes a git-style header with a/ and b/ prefixes", () => {
    const diff = renderUnifiedDiff("app/a.py", "x = 1\ny == None\n", "x = 1\ny is None\n");
    expect(diff.split("\n").slice(0, 4)).toEqual([
      "diff --git a/app/a.py b/app/a.py",
      "--- a/app/a.py",
      "+++ b/app/a.py",
      "@@ -1,2 +1,2 @@",
    ]);
    expect(diff).toContain("-y == None\n+y is None\n");
  });

  it("is empty when nothing changed", () => {
    expect(renderUnifiedDiff("a.py", "x\n", "x\n")).toBe("");
  });

  it("keeps CRLF lines and marks a missing final newline", () => {
    const diff = renderUnifiedDiff("a.py", "a\r\nb", "a\r\nB");
    expect(diff).toContain("-b\n\\ No newline at end of file\n+B\n\\ No newline at end of file");
    expect(diff).toContain(" a\r\n");
  });

  it("carries the byte-order mark on the first line", () => {
    const diff = renderUnifiedDiff("a.py", "a\n", "b\n", { bom: true });
    expect(diff).toContain("-\uFEFFa\n+\uFEFFb\n");
  });
});
