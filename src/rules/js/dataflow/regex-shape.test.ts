import { describe, expect, it } from "vitest";
import { nestedQuantifier } from "./regex-shape.js";

describe("nestedQuantifier", () => {
  it.each([
    ["(a+)+", "(a+)+"],
    ["^(\\w*)*$", "(\\w*)*"],
    ["(.*,){2,}x", "(.*,){2,}"],
    ["^([a-z0-9]+\\.)+com$", "([a-z0-9]+\\.)+"],
    ["((ab)+c)*", "((ab)+c)*"],
    ["^[a-z]+$", undefined],
    ["(a|b)+", undefined],
    ["([+*])+", undefined],
    ["\\(a+\\)+", undefined],
    ["(a{1,3})+", undefined],
    ["^\\d+(\\.\\d+)?$", undefined],
  ])("%s → %s", (pattern, expected) => {
    expect(nestedQuantifier(pattern)).toBe(expected);
  });
});
