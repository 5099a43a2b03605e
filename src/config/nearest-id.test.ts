import { describe, expect, it } from "vitest";
import { editDistance, nearestId } from "./nearest-id.js";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["py/weak-hash", "py/weak-hashh", 1],
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
  ])("%s → %s: %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it("stops past the limit with a value above it", () => {
    expect(editDistance("aaaaaaaa", "bbbbbbbb", 2)).toBe(3);
    expect(editDistance("a", "abcdefgh", 2)).toBe(3);
  });
});

describe("nearestId", () => {
  const known = ["py/weak-hash", "py/sql-injection", "js/code-injection", "py/code-injection"];

  it.each([
    ["py/weak-hashh", "py/weak-hash"],
    ["py/sql-injetion", "py/sql-injection"],
    ["js/code-injecton", "js/code-injection"],
    ["py/weakhash", "py/weak-hash"],
  ])("%s → %s", (typed, expected) => {
    expect(nearestId(typed, known)).toBe(expected);
  });

  it("suggests nothing when every id is far away", () => {
    expect(nearestId("toString", known)).toBeUndefined();
    expect(nearestId("bandit", known)).toBeUndefined();
  });
});
