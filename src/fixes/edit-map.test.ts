import { describe, expect, it } from "vitest";
import type { Range } from "../core/location.js";
import { applyEdits } from "./apply-edits.js";
import { EditMap } from "./edit-map.js";

const r = (line: number, column: number, endLine: number, endColumn: number): Range => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
});

/** `a == None and b == None` with the first `==` already turned into `is`. */
function afterFirstFix(): { map: EditMap; current: string } {
  const original = "if a == None and b == None:\n    pass\n";
  const map = new EditMap(original);
  const applied = applyEdits(original, [{ range: r(1, 6, 1, 8), text: "is" }]);
  if (!applied.ok) throw new Error(applied.reason);
  map.record(applied.edits);
  return { map, current: applied.text };
}

describe("EditMap", () => {
  it("moves a later place by what earlier edits added", () => {
    const { map, current } = afterFirstFix();
    expect(map.mapStrict(r(1, 20, 1, 22), current)).toEqual(r(1, 20, 1, 22));
    expect(map.mapStrict(r(2, 5, 2, 9), current)).toEqual(r(2, 5, 2, 9));
  });

  it("shifts columns when the edit changed the length", () => {
    const original = "x = a == b; y = c == d\n";
    const map = new EditMap(original);
    const applied = applyEdits(original, [{ range: r(1, 7, 1, 9), text: "===" }]);
    if (!applied.ok) throw new Error(applied.reason);
    map.record(applied.edits);
    expect(map.mapStrict(r(1, 19, 1, 21), applied.text)).toEqual(r(1, 20, 1, 22));
  });

  it("reports a conflict for a place an edit touched", () => {
    const { map, current } = afterFirstFix();
    expect(map.mapStrict(r(1, 4, 1, 12), current)).toBeUndefined();
  });

  it("widens a place over an edit when mapping loosely", () => {
    const { map, current } = afterFirstFix();
    expect(map.mapLoose(r(1, 4, 1, 12), current)).toEqual(r(1, 4, 1, 12));
    expect(map.mapLoose(r(1, 7, 1, 9), current)).toEqual(r(1, 6, 1, 9));
  });

  it("maps a fix onto the current text, or refuses an overlapping one", () => {
    const { map, current } = afterFirstFix();
    const later = {
      description: "",
      applicability: "safe" as const,
      edits: [{ range: r(1, 20, 1, 22), text: "is" }],
    };
    expect(map.mapFix(later, current)?.edits[0]?.range).toEqual(r(1, 20, 1, 22));
    const overlapping = { ...later, edits: [{ range: r(1, 4, 1, 8), text: "" }] };
    expect(map.mapFix(overlapping, current)).toBeUndefined();
  });
});
