import { parseSource } from "../parse.js";
import { describe, expect, it } from "vitest";
import { asciiClasses, isAscii } from "./ascii-classes.js";

describe("isAscii", () => {
  it.each([
    ["x = 1\n", true],
    ["", true],
    ["name = 'café'", false],
    ["s = '\u2028'", false],
  ])("%j → %s", (text, expected) => {
    expect(isAscii(text)).toBe(expected);
  });
});

describe("asciiClasses", () => {
  it.each([
    [String.raw`\w+`, "[[:word:]]+"],
    [String.raw`\s*=\s*`, "[[:space:]]*=[[:space:]]*"],
    [String.raw`\bfoo\B`, String.raw`(?-u:\b)foo(?-u:\B)`],
    [String.raw`[\w.-]+`, "[[:word:].-]+"],
    [String.raw`[^\W\d]`, "[^[:^word:][:digit:]]"],
    [String.raw`[]\w]`, "[][:word:]]"],
    [String.raw`[[:alpha:]\d]`, "[[:alpha:][:digit:]]"],
    [String.raw`\\w`, String.raw`\\w`],
    [String.raw`\.\(\p{L}`, String.raw`\.\(\p{L}`],
  ])("%s → %s", (regex, expected) => {
    expect(asciiClasses(regex)).toBe(expected);
  });

  // The rewritten regex finds the same nodes as the original in ASCII text.
  const text = "a = b_1 + c2\nif d  ==  e: f(g, h_i)\nx=[1, 2]\n";
  const root = parseSource("python", text).root;
  it.each([
    String.raw`^\w+\s*=`,
    String.raw`\b[a-z]_\d\b`,
    String.raw`[\w,\s]+\)$`,
    String.raw`[^\W\d]\w*\(`,
    String.raw`\S+\s{2,}\S+`,
    String.raw`\Bi`,
  ])("%s finds the same nodes", (regex) => {
    const ids = (r: string): number[] => root.findAll({ rule: { regex: r } }).map((n) => n.id());
    expect(isAscii(text)).toBe(true);
    expect(ids(asciiClasses(regex))).toEqual(ids(regex));
    expect(ids(regex).length).toBeGreaterThan(0);
  });
});
