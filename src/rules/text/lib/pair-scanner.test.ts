import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanPairs } from "./pair-scanner.js";

/** The regular expression the scanner replaced, kept as the reference for what it must find. */
const PAIR =
  /(?<![\w.-])["']?(?<key>[A-Za-z_][\w.-]*)["']?[ \t]*(?::=|=|:(?=[ \t]|["']))[ \t]*(?:"(?<dq>(?:[^"\\\n]|\\.)*)"|'(?<sq>[^'\n]*)'|(?<bare>[^\s"',{}[\]]+))/g;

function byRegex(text: string) {
  return [...text.matchAll(PAIR)].flatMap((match) => {
    const groups = match.groups ?? {};
    const key = groups.key;
    const value = groups.dq ?? groups.sq ?? groups.bare;
    if (key === undefined || value === undefined) return [];
    const end = match.index + match[0].length - (groups.bare === undefined ? 1 : 0);
    const keyStart = match.index + match[0].indexOf(key);
    return [{ key, keyStart, value, start: end - value.length, end, quoted: groups.bare === undefined }];
  });
}

const PARTS = [
  "a",
  "b",
  "_",
  "1",
  "=",
  ":",
  " ",
  "\t",
  "\n",
  "\r",
  '"',
  "'",
  "\\",
  ".",
  "-",
  "?",
  "&",
  ",",
  "{",
  "}",
  "[",
  "]",
  "\u00a0",
  "\u2028",
  "\v",
  "key",
  "token",
  ":=",
  "é",
  "https://h/p?token=abc&k=v",
];

/** Inputs built to make a scanner re-read: long keys, blanks, quoted values that never close, many starts. */
const HOSTILE: readonly (readonly [string, (n: number) => string])[] = [
  ["a long key with no separator", (n) => "a".repeat(n)],
  ["blanks after a key, no separator", (n) => `a${" ".repeat(n)}`],
  ["many keys, each with blanks", (n) => "a  ".repeat(n / 3)],
  [
    "an unclosed double-quoted value full of escaped quotes and keys",
    (n) => `a="${'\\"b=\\" '.repeat(n / 7)}`,
  ],
  ["unclosed quoted values, one after another", (n) => "a=\"x a='y ".repeat(n / 10)],
  ["escaped quotes after keys", (n) => 'a="\\"'.repeat(n / 5)],
  ["quoted keys without values", (n) => '"a" '.repeat(n / 4)],
  ["separators and keywords", (n) => "=from ".repeat(n / 6)],
  ["pairs", (n) => "k=v ".repeat(n / 4)],
];

describe("scanPairs", () => {
  it("finds exactly the pairs the regular expression it replaced found", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(scanPairs(text)).toEqual(byRegex(text));
      }),
      { numRuns: 5000, seed: 20261207 },
    );
  });

  // Linear by construction (see the module's comment): every character is read
  // a bounded number of times, so ten times the input is ten times the reads.
  it.each(HOSTILE)("reads each character a bounded number of times: %s", (_, make) => {
    const reads = (text: string): number => {
      const counter = { reads: 0 };
      scanPairs(text, counter);
      return counter.reads;
    };
    const small = make(10_000);
    const large = make(100_000);
    expect(reads(large)).toBeLessThanOrEqual(5 * large.length);
    expect(reads(large) / reads(small)).toBeLessThan(11);
    expect(scanPairs(small)).toEqual(byRegex(small));
  });
});
