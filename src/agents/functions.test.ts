import { describe, expect, it } from "vitest";
import { extractFunctions, identifierPattern } from "./functions.js";
import { batches, BATCH_LINES, SMALL_FUNCTION_LINES } from "./logic/prompt.js";

describe("extractFunctions", () => {
  it("reads Python functions with signature, docstring and callers", () => {
    const text = [
      "def load(path):",
      '    """Read the file."""',
      "    return parse(open(path).read())",
      "",
      "def parse(text):",
      "    return text.split()",
    ].join("\n");
    expect(extractFunctions("python", text)).toEqual([
      {
        name: "load",
        signature: "def load(path)",
        docstring: '"""Read the file."""',
        startLine: 1,
        endLine: 3,
        callers: [],
      },
      {
        name: "parse",
        signature: "def parse(text)",
        docstring: null,
        startLine: 5,
        endLine: 6,
        callers: ["load"],
      },
    ]);
  });

  it("reads JavaScript functions, arrow functions and their doc comments", () => {
    const text = [
      "/** Sum of lines. */",
      "export function total(lines) {",
      "  return lines.reduce((a, l) => a + price(l), 0);",
      "}",
      "const price = (l) => l.price * l.qty;",
    ].join("\n");
    const found = extractFunctions("javascript", text);
    expect(found.map((f) => [f.name, f.startLine, f.endLine, f.docstring, f.callers])).toEqual([
      ["total", 2, 4, "/** Sum of lines. */", []],
      ["price", 5, 5, null, ["total"]],
    ]);
  });
});

describe("identifierPattern", () => {
  it.each([
    ["assert $load(x) == 1", true],
    ["assert parse_all(x)", false],
    ["from app import parse", true],
    ["reload(x)", false],
  ])("%s: %s", (text, found) => {
    expect(identifierPattern(["$load", "parse"]).test(text)).toBe(found);
  });

  it("matches nothing when there are no names", () => {
    expect(identifierPattern([]).test("anything at all")).toBe(false);
  });
});

describe("logic batching", () => {
  const fn = (name: string, startLine: number, lines: number) => ({
    name,
    signature: name,
    docstring: null,
    startLine,
    endLine: startLine + lines - 1,
    callers: [],
  });
  it("puts small functions together and a large one alone", () => {
    const large = fn("big", 100, SMALL_FUNCTION_LINES + 1);
    const result = batches([fn("a", 1, 10), fn("b", 20, 10), large, fn("c", 200, 10)]);
    expect(result.map((b) => b.map((f) => f.name))).toEqual([["a", "b", "c"], ["big"]]);
  });
  it("starts a new batch when one would pass the line cap", () => {
    const many = Array.from({ length: 10 }, (_, i) => fn(`f${i}`, i * 40 + 1, 30));
    const result = batches(many);
    expect(result.every((b) => b.reduce((n, f) => n + f.endLine - f.startLine + 1, 0) <= BATCH_LINES)).toBe(
      true,
    );
    expect(result.flat()).toHaveLength(10);
  });
});
