import { describe, expect, it } from "vitest";
import { nestedQuantifier } from "./regex-shape.js";

describe("nestedQuantifier", () => {
  it.each([
    ["(a+)+", "(a+)+"],
    ["^(\\w*)*$", "(\\w*)*"],
    ["(.*,){2,}x", "(.*,){2,}"],
    ["^(\\d+\\w)+$", "(\\d+\\w)+"],
    ["((ab)+c*)*", "((ab)+c*)*"],
    ["^([A-Z][a-z\\d]*)+$", undefined],
    ["^([a-z0-9]+\\.)+com$", undefined],
    ["\\x1b\\[\\d*(;\\d*)*m", undefined],
    ["(?:[^'\"]+|\\\\.)*", undefined],
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
