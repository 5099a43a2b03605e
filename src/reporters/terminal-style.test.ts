import { describe, expect, it } from "vitest";
import { truncate, wrap } from "./terminal-style.js";

describe("truncate", () => {
  it.each([
    { text: "short", room: 10, out: "short" },
    { text: "exactly10!", room: 10, out: "exactly10!" },
    { text: "abcdefghijk", room: 10, out: "abcdefghi…" },
    { text: "👍🏽👍🏽👍🏽", room: 6, out: "👍🏽👍🏽👍🏽" },
    { text: "👍🏽👍🏽👍🏽", room: 5, out: "👍🏽👍🏽…" },
    { text: "e\u0301e\u0301e\u0301e\u0301", room: 4, out: "e\u0301e\u0301e\u0301e\u0301" },
    { text: "e\u0301e\u0301e\u0301e\u0301e\u0301", room: 4, out: "e\u0301e\u0301e\u0301…" },
    { text: "密码密码密码", room: 4, out: "密…" },
    { text: "密码ab", room: 6, out: "密码ab" },
  ])("cuts $text to $room columns", ({ text, room, out }) => {
    expect(truncate(text, room)).toBe(out);
  });
});

describe("wrap", () => {
  it.each([
    { text: "one two three", width: 40, indent: "  ", out: ["  one two three"] },
    {
      text: "aaaa bbbb cccc dddd eeee ffff",
      width: 22,
      indent: "",
      out: ["aaaa bbbb cccc dddd", "eeee ffff"],
    },
    { text: "first\nsecond", width: 40, indent: "> ", out: ["> first", "> second"] },
    { text: "x".repeat(30), width: 20, indent: "", out: ["x".repeat(30)] },
    { text: "密码密码 密码密码 密码密码", width: 20, indent: "", out: ["密码密码 密码密码", "密码密码"] },
    { text: "bell\u0007 and \u001b[2J", width: 40, indent: "", out: ["bell<U+0007> and <U+001B>[2J"] },
  ])("wraps $text at $width", ({ text, width, indent, out }) => {
    expect(wrap(text, width, indent)).toEqual(out);
  });
});
