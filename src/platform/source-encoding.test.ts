import { describe, expect, it } from "vitest";
import { declaredPythonEncoding, decodeSource, declaresUtf8, looksBinary } from "./source-encoding.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

describe("declaredPythonEncoding (PEP 263)", () => {
  const cases: readonly (readonly [string, string, string | undefined])[] = [
    ["emacs style", "# -*- coding: latin-1 -*-\nx = 1\n", "latin-1"],
    ["vim style", "# vim: set fileencoding=cp1252 :\n", "cp1252"],
    ["second line after a shebang", "#!/usr/bin/env python3\n# coding=iso-8859-15\n", "iso-8859-15"],
    ["second line after code does not count", "x = 1\n# coding: latin-1\n", undefined],
    ["third line does not count", "#!/bin/python\n\n# coding: latin-1\n", undefined],
    ["lone-CR lines", "#!/usr/bin/python\r# coding: latin-1\r", "latin-1"],
    ["none", "import os\n", undefined],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(declaredPythonEncoding(bytes(text))).toBe(expected);
  });
});

describe("decodeSource", () => {
  it("decodes a declared latin-1 file one byte to one character", () => {
    const decoded = decodeSource(bytes("# coding: latin-1\nname = 'caf", [0xe9], "'\n"), "latin-1");
    expect(decoded).toEqual({
      ok: true,
      text: "# coding: latin-1\nname = 'café'\n",
      encoding: "windows-1252",
    });
  });

  it.each(["cp1252", "iso8859-15", "ISO_8859_2", "utf8", "latin_1"])(
    "knows the Python codec name %s",
    (name) => {
      expect(decodeSource(bytes("x = 1\n"), name).ok).toBe(true);
    },
  );

  it("names an encoding it cannot decode, and bytes that are not what is declared", () => {
    expect(decodeSource(bytes("x = 1\n"), "klingon-9")).toEqual({
      ok: false,
      detail: 'declares encoding "klingon-9", which cannot be decoded here',
    });
    expect(decodeSource(bytes("x = '", [0xe9], "'\n"), "utf-8").ok).toBe(false);
    expect(decodeSource(bytes("x = '", [0x81, 0x20], "'\n"), "shift_jis").ok).toBe(false);
  });

  it("tells the fix stage whether the file is UTF-8", () => {
    expect(declaresUtf8(bytes("# coding: utf-8\n"))).toBe(true);
    expect(declaresUtf8(bytes("x = 1\n"))).toBe(true);
    expect(declaresUtf8(bytes("# coding: latin-1\n"))).toBe(false);
  });
});

describe("looksBinary", () => {
  it("needs a NUL and a real share of control bytes", () => {
    expect(looksBinary(bytes("// a comment with \0 in it\nconst a = 1;\n"), 8192)).toBe(false);
    expect(looksBinary(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 8192)).toBe(
      true,
    );
    expect(looksBinary(bytes("plain text\n"), 8192)).toBe(false);
  });
});
