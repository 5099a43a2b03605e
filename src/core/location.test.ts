import { describe, expect, it } from "vitest";
import { LineIndex, lineIndexFor, byteColumnToUtf16, codePointColumnToUtf16 } from "./location.js";

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

describe("LineIndex line ends", () => {
  const cases: readonly (readonly [
    name: string,
    text: string,
    unicode: boolean,
    lines: readonly string[],
  ])[] = [
    ["LF", "a\nbb\nc", false, ["a", "bb", "c"]],
    ["CRLF", "a\r\nbb\r\nc", false, ["a", "bb", "c"]],
    ["lone CR", "a\rbb\rc", false, ["a", "bb", "c"]],
    ["mixed", "a\r\nbb\rc\nd", false, ["a", "bb", "c", "d"]],
    ["U+2028 outside JavaScript", "a\u2028bb\nc", false, ["a\u2028bb", "c"]],
    ["U+2028 and U+2029 in JavaScript", "a\u2028bb\u2029c", true, ["a", "bb", "c"]],
    ["NEL is never a line end", "a\u0085bb", true, ["a\u0085bb"]],
  ];
  it.each(cases)("%s", (_name, text, unicode, lines) => {
    const index = new LineIndex(text, { unicodeSeparators: unicode });
    expect(Array.from({ length: index.lineCount }, (_, i) => index.line(i + 1))).toEqual(lines);
    const last = lines.length;
    expect(index.positionAt(text.length - 1)).toEqual({ line: last, column: (lines[last - 1] ?? "").length });
    expect(index.offsetAt({ line: last, column: 1 })).toBe(text.length - (lines[last - 1] ?? "").length);
  });

  it("follows the language: JavaScript counts U+2028, Python does not", () => {
    expect(lineIndexFor("javascript", "a\u2028b").lineCount).toBe(2);
    expect(lineIndexFor("python", "a\u2028b").lineCount).toBe(1);
  });
});
