import { describe, expect, it } from "vitest";
import { LineIndex, byteColumnToUtf16, codePointColumnToUtf16 } from "./location.js";

describe("LineIndex", () => {
  const text = "first\r\nsécond 😀 x\nthird";
  const index = new LineIndex(text);

  it("maps offsets to 1-based UTF-16 positions and back", () => {
    const offset = text.indexOf("x");
    const position = index.positionAt(offset);
    expect(position).toEqual({ line: 2, column: 11 });
    expect(index.offsetAt(position)).toBe(offset);
  });

  it("returns lines without their terminators", () => {
    expect(index.line(1)).toBe("first");
    expect(index.line(3)).toBe("third");
    expect(index.line(9)).toBe("");
    expect(index.lineCount).toBe(3);
  });
});

describe("column conversions on non-ASCII text", () => {
  // "é" is 2 UTF-8 bytes and 1 UTF-16 unit; "😀" is 4 bytes, 1 code point, 2 UTF-16 units.
  const line = "s = 'é😀'; eval(x)";
  const utf16 = line.indexOf("eval") + 1;

  it.each([
    ["UTF-8 bytes", byteColumnToUtf16(line, Buffer.from(line.slice(0, utf16 - 1)).length + 1)],
    ["code points", codePointColumnToUtf16(line, Array.from(line.slice(0, utf16 - 1)).length + 1)],
  ])("%s → UTF-16 code units", (_kind, converted) => {
    expect(converted).toBe(utf16);
  });
});
