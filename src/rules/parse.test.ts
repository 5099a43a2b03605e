import { describe, expect, it } from "vitest";
import { parseSource } from "./parse.js";

describe("parseSource", () => {
  it.each([
    ["python", "def f():\n    return 1\n", 0],
    ["python", "x = f'{a!r:>{w}} {b}'\n", 0],
    ["python", "x = foo(a\ny = 2\n", 1],
    ["typescript", "const x = foo(a;\n", 1],
    ["typescript", "if (a) { b()\n", 1],
    ["tsx", "const a = <div className={x}>hi</div>;\n", 0],
    ["javascript", "const a = <div>{x}</div>;\n", 0],
  ] as const)("%s %j has errors: %i", (language, text, expected) => {
    const parsed = parseSource(language, text);
    expect(parsed.errorCount > 0 ? 1 : 0).toBe(expected);
  });

  it("gives the first error line", () => {
    expect(parseSource("python", "a = 1\nb = (\n").firstErrorLine).toBe(2);
  });
});
