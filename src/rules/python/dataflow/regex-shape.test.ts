import { describe, expect, it } from "vitest";
import { nestedQuantifier } from "./regex-shape.js";

describe("nestedQuantifier", () => {
  it.each([
    ["(a+)+", "(a+)+"],
    ["^(a+)+$", "(a+)+"],
    ["(.*)*x", "(.*)*"],
    ["(\\w+\\s?)*$", "(\\w+\\s?)*"],
    ["(?:a|b+){2,}", "(?:a|b+){2,}"],
    ["((ab)*c)+", "((ab)*c)+"],
    ["(?P<n>x+)+", "(?P<n>x+)+"],
    ["^(\\s*\\w+\\s*=\\s*\\S+\\s*)+;$", "(\\s*\\w+\\s*=\\s*\\S+\\s*)+"],
    ["(\\w+\\s?)+", "(\\w+\\s?)+"],
    ["(\\d+[0-9])+x", "(\\d+[0-9])+"],
  ])("%s is vulnerable at %s", (pattern, group) => {
    expect(nestedQuantifier(pattern)).toBe(group);
  });

  it.each([
    "(\\.\\d+)*",
    "(?:,\\s*\\w+)+",
    "a+b+",
    "(ab)+c",
    "(a|b)*",
    "[(a+)]+",
    "\\(a+\\)+",
    "(a{1,3})+",
    "(a+)?",
    "x(?=a+)",
    "^\\w+(\\s\\w+)*$",
    "^(\\w+:[^\\s,]+ )*\\w+:[^\\s,]+$",
    "(?:[a-z]+-)+[a-z]+",
  ])("%s is safe", (pattern) => {
    expect(nestedQuantifier(pattern)).toBeUndefined();
  });
});
