import { describe, expect, it } from "vitest";
import { parseSource } from "../../parse.js";
import { FunctionIndex } from "./function-index.js";
import { FunctionInfo } from "./functions.js";

const SOURCE = [
  "x = 1",
  "def outer(a):",
  "    def inner(b):",
  "        return b",
  "    y = a",
  "    return inner(y)",
  "",
  "@decorated",
  "async def later(c):",
  "    return c",
  "class K:",
  "    def method(self, d):",
  "        def deep(): pass",
  "        return d",
  "def \\",
  "    continued(e): return e",
  "def café(f): return f",
  "def outer(g): return g",
  "z = 2",
  "",
].join("\n");

function defsOf(text: string): FunctionInfo[] {
  return parseSource("python", text)
    .root.findAll({ rule: { kind: "function_definition" } })
    .map((node) => new FunctionInfo(node));
}

describe("FunctionIndex", () => {
  const defs = defsOf(SOURCE);
  const index = new FunctionIndex(defs, SOURCE);

  it("finds, at every offset, the innermost def a scan of every def finds", () => {
    for (let offset = 0; offset <= SOURCE.length; offset++) {
      let scanned: FunctionInfo | undefined;
      for (const fn of defs) {
        if (fn.start <= offset && offset < fn.end && (scanned === undefined || fn.start >= scanned.start))
          scanned = fn;
      }
      expect(index.enclosing(offset)?.key, `offset ${offset}`).toBe(scanned?.key);
    }
  });

  it.each(["outer", "inner", "later", "method", "deep", "continued", "café", "missing"])(
    "lists the defs named %s as the tree names them, in file order",
    (name) => {
      const expected = defs.filter((fn) => fn.name === name).map((fn) => fn.key);
      expect(index.named(name).map((fn) => fn.key)).toEqual(expected);
    },
  );

  it("finds a def by its key", () => {
    for (const fn of defs) expect(index.byKey(fn.key)).toBe(fn);
    expect(index.byKey(-1)).toBeUndefined();
  });
});
