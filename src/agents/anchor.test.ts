import { describe, expect, it } from "vitest";
import { anchorQuote, cleanQuote, isMeaningful } from "./anchor.js";

const FILE = [
  "def find(conn, name):", // 1
  "    query = 'SELECT * FROM t WHERE n = ' + name", // 2
  "    return conn.execute(query)", // 3
  "", // 4
  "def other(conn):", // 5
  "    return conn.execute(query)", // 6
  ...Array.from({ length: 30 }, (_, i) => `    step_${i}()`), // 7..36
  "    total  =  price *   qty", // 37
  "    return conn.execute(query)", // 38
].join("\n");

describe("anchorQuote", () => {
  const cases: readonly [string, string, number, ReturnType<typeof anchorQuote>][] = [
    [
      "exact line, right number",
      "    query = 'SELECT * FROM t WHERE n = ' + name",
      2,
      { ok: true, startLine: 2, endLine: 2, exact: true },
    ],
    [
      "exact part of a line, off by ten",
      "query = 'SELECT * FROM t WHERE n = ' + name",
      12,
      { ok: true, startLine: 2, endLine: 2, exact: true },
    ],
    [
      "two lines",
      "def find(conn, name):\n    query = 'SELECT",
      1,
      { ok: true, startLine: 1, endLine: 2, exact: true },
    ],
    ["whitespace differs", "total = price * qty", 37, { ok: true, startLine: 37, endLine: 37, exact: false }],
    [
      "our line numbers copied back",
      "37 | total = price * qty",
      30,
      { ok: true, startLine: 37, endLine: 37, exact: false },
    ],
    [
      "nearest of several wins",
      "return conn.execute(query)",
      5,
      { ok: true, startLine: 6, endLine: 6, exact: true },
    ],
    ["equally near twice is ambiguous", "return conn.execute(query)", 22, { ok: false, reason: "ambiguous" }],
    ["beyond 20 lines is not found", "total = price * qty", 10, { ok: false, reason: "not-found" }],
    ["an invented line is not found", "cursor.executemany(sql, rows)", 3, { ok: false, reason: "not-found" }],
    ["a bracket is not a quote", ")", 3, { ok: false, reason: "trivial-quote" }],
    ["a keyword is not a quote", "return", 3, { ok: false, reason: "trivial-quote" }],
  ];
  it.each(cases)("%s", (_name, quote, line, expected) => {
    expect(anchorQuote(FILE, quote, line)).toEqual(expected);
  });

  it("compares after redaction: the masked file matches a masked quote", () => {
    const file = 'TOKEN = "«redacted»"\nprint(TOKEN)';
    expect(anchorQuote(file, 'TOKEN = "«redacted»"', 1)).toEqual({
      ok: true,
      startLine: 1,
      endLine: 1,
      exact: true,
    });
  });
});

describe("quote hygiene", () => {
  it("keeps code, strips blank edges and numbering only when every line is numbered", () => {
    expect(cleanQuote("\n  3 | a = 1\n  4 | b = 2\n")).toBe("a = 1\nb = 2");
    expect(cleanQuote("x = 3 | y")).toBe("x = 3 | y");
  });
  it.each([
    ["}", false],
    ["else:", false],
    ["pass", false],
    ["x = 1", false],
    ["total = price * qty", true],
    ["validate_signature(payload)", true],
  ] as const)("%s is meaningful: %s", (quote, expected) => {
    expect(isMeaningful(quote)).toBe(expected);
  });
});
