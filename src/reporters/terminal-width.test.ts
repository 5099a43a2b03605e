import { describe, expect, it } from "vitest";
import { displayWidth } from "./terminal-width.js";

describe("displayWidth", () => {
  it.each([
    { text: "", width: 0 },
    { text: "plain ascii", width: 11 },
    { text: "données", width: 7 },
    { text: "e\u0301", width: 1 },
    { text: "密码", width: 4 },
    { text: "ｆｕｌｌ", width: 8 },
    { text: "한국어", width: 6 },
    { text: "🚫", width: 2 },
    { text: "👍🏽", width: 2 },
    { text: "a\u200bb", width: 2 },
    { text: "«redacted»", width: 10 },
  ])("$text takes $width columns", ({ text, width }) => {
    expect(displayWidth(text)).toBe(width);
  });
});
