import { describe, expect, it } from "vitest";
import { lineHasAfter } from "./line-search.js";

/** What lineHasAfter answers, as the pattern `first[^\n]*then` would. */
function byPattern(text: string, first: RegExp, then: RegExp): boolean {
  return new RegExp(`(?:${first.source})[^\\n]*(?:${then.source})`).test(text);
}

describe("lineHasAfter", () => {
  const cases: [string, RegExp, RegExp][] = [
    ["assert (a, 'msg')", /\bassert\s*\(/, /,/g],
    ["assert (a)\nx = 1, 2", /\bassert\s*\(/, /,/g],
    ["x = 1, 2; assert (a)", /\bassert\s*\(/, /,/g],
    ["if len(xs) == 0:", /len\(/, /\)\s*(?:==|!=|>|<=|>=)\s*[01]\b/g],
    ["if len(xs) == 10:", /len\(/, /\)\s*(?:==|!=|>|<=|>=)\s*[01]\b/g],
    ["from os import system", /import/, /\bsystem\b/g],
    ["importsystem", /import/, /\bsystem\b/g],
    ["import x\nsystem()", /import/, /\bsystem\b/g],
    ["import a, import system", /import/, /\bsystem\b/g],
  ];
  it.each(cases)("answers %j as the pattern does", (text, first, then) => {
    expect(lineHasAfter(text, first, then)).toBe(byPattern(text, first, then));
  });

  it("agrees with the pattern on generated lines", () => {
    const parts = ["len(", "x", ")", " == 0", ",", "\n", "assert (", " "];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 8 }, () => parts[next() % parts.length]).join("");
      expect(lineHasAfter(text, /len\(/, /\)\s*==\s*0\b/g), text).toBe(
        byPattern(text, /len\(/, /\)\s*==\s*0\b/),
      );
      expect(lineHasAfter(text, /\bassert\s*\(/, /,/g), text).toBe(byPattern(text, /\bassert\s*\(/, /,/));
    }
  });
});
