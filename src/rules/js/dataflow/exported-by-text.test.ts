import { describe, expect, it } from "vitest";
import { exportedByText } from "./exported-by-text.js";

describe("exportedByText", () => {
  it.each([
    ["module.exports = Store;", true],
    ["exports.Store = Store", true],
    ["module.exports = { helper, Store };", true],
    ["module.exports = {\n  Store,\n  helper\n}", true],
    ["export { Store };", true],
    ["export {helper,Store}", true],
    ["export { helper as h, Store as default }", true],
    ["export {\n  // the store\n  Store,\n}", true],
    ["module.exports = StoreFactory;", false],
    ["module.exports = { Stores };", false],
    ["export { MyStore, Store2 }", false],
    ["export { $Store }", false],
    ["export { a } ; Store", false],
    ["const Store = 1;", false],
  ])("%j exports Store: %s", (text, exported) => {
    expect(exportedByText(text, "Store")).toBe(exported);
  });

  it("takes a name with `$` literally, and no text that is not a name", () => {
    expect(exportedByText("export { $store }", "$store")).toBe(true);
    expect(exportedByText("export { xstore }", "$store")).toBe(false);
    expect(exportedByText("export { a, b }", "a|b")).toBe(false);
  });

  // The pattern this replaced read `[^}]*` to the end of the text from each `export {` never
  // closed: 200 KB of them took 4.3 s. Read up to the next brace, they take milliseconds;
  // the time limit only stops a return of the quadratic reading early.
  const LARGE = 200 * 1024;
  it.each(["export {", "export { a, ", "module.exports = { a,", "export { a\n"])(
    "answers on 200 KB of %j never closed",
    (unit) => {
      const text = unit.repeat(Math.ceil(LARGE / unit.length));
      expect(exportedByText(text, "Store")).toBe(false);
      expect(exportedByText(`${text}Store }`, "Store")).toBe(true);
    },
    2_000,
  );
});
