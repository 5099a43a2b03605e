import fc from "fast-check";
import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import { PY_FROM, PY_IMPORT, pythonImports } from "./import-specifiers.js";

/** The groups of the first match, or null. */
function v8Groups(pattern: RegExp, line: string): (string | null)[] | null {
  const match = pattern.exec(line);
  return match ? [...match].map((g) => g ?? null) : null;
}

function re2Groups(pattern: RE2JS, line: string): (string | null)[] | null {
  const matcher = pattern.matcher(line);
  if (!matcher.find()) return null;
  return Array.from({ length: matcher.groupCount() + 1 }, (_, i) => matcher.group(i));
}

describe("Python import lines", () => {
  const cases: readonly (readonly [string, ReturnType<typeof pythonImports>])[] = [
    ["from ..pkg.mod import (x, y as z)", [{ level: 2, module: "pkg.mod", names: ["x", "y"] }]],
    ["from . import a", [{ level: 1, module: "", names: ["a"] }]],
    ["from .a..b import c", [{ level: 1, module: "a..b", names: ["c"] }]],
    [
      "import a.b, c as d",
      [
        { level: 0, module: "a.b", names: [] },
        { level: 0, module: "c", names: [] },
      ],
    ],
    // 100,000 dots and no match: this took about 30 s while a dot could go to the level or to the module.
    [`from ${".".repeat(100_000)}#import`, []],
    // 100,000 blanks and no match: the blanks after `from` and before `import` could split every way (quadratic).
    [`from${" ".repeat(100_000)}x`, []],
  ];
  it.each(cases)("%s", (line, expected) => {
    expect(pythonImports(`${line}\n`)).toEqual(expected);
  });

  // Linear by construction: one start (`^`, one line at a time) and each part
  // with one way to match. RE2 matches these patterns without backtracking and
  // agrees with V8's engine on every line, so the patterns use nothing that
  // needs backtracking (docs/security-notes/linear-work.md).
  it.each([
    ["PY_FROM", PY_FROM],
    ["PY_IMPORT", PY_IMPORT],
  ] as const)("%s matches as on RE2, which needs no backtracking", (_, pattern) => {
    // RE2 has no lookbehind: PY_FROM's only says the level or the module is not empty (`from  import x`).
    const lookbehind = String.raw`(?<![ \t])`;
    const re2 = RE2JS.compile(pattern.source.replace(lookbehind, ""));
    const expected = (line: string): (string | null)[] | null => {
      const groups = re2Groups(re2, line);
      const bothEmpty = groups !== null && groups[1] === "" && groups[2] === "";
      return pattern.source.includes(lookbehind) && bothEmpty ? null : groups;
    };
    const part = fc.constantFrom(
      "from",
      "import",
      " ",
      "\t",
      ".",
      "..",
      "a",
      "_b1",
      ",",
      "(",
      ")",
      "#",
      "x as y",
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 20 }), (parts) => {
        const line = parts.join("");
        expect(v8Groups(pattern, line)).toEqual(expected(line));
      }),
      { numRuns: 2000, seed: 10 },
    );
  });
});
