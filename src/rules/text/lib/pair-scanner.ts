/**
 * The key/value pairs of `findAssignments`, found by a scanner instead of a
 * regular expression, so its time is linear in the text by construction:
 *
 *   (?<![\w.-])["']?(?<key>[A-Za-z_][\w.-]*)["']?[ \t]*(?::=|=|:(?=[ \t]|["']))[ \t]*
 *   (?:"(?<dq>(?:[^"\\\n]|\\.)*)"|'(?<sq>[^'\n]*)'|(?<bare>[^\s"',{}[\]]+))
 *
 * gives the same matches (a property test compares them). Each part of that
 * pattern has one way to match: the key and the runs of blanks are maximal
 * (what follows a shorter one is a key character or a blank, which nothing
 * after it accepts), and a value's kind is fixed by its first character. So
 * a start is tried once, forward only. What could repeat is a quoted value
 * that never closes, scanned again from a later start; but a later start
 * inside it scans the same characters to the same end (in a double-quoted
 * value a later opening quote can only be an escaped one, after which both
 * scans are in step), so each such region is remembered and fails at once.
 * Every character is then read a bounded number of times; `reads` counts
 * them for the test that proves it.
 */

export interface ScannedPair {
  readonly key: string;
  readonly keyStart: number;
  readonly value: string;
  /** Offsets of the value, inside its quotes. */
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

export interface ScanCounter {
  reads: number;
}

const isKeyStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** `[\w.-]` */
const isKeyChar = (c: number): boolean => isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45;
const isQuote = (c: number): boolean => c === 34 || c === 39;
const isBlank = (c: number): boolean => c === 32 || c === 9;
/** JavaScript's `.` without the `s` flag stops at these. */
const isLineTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
/** JavaScript's `\s`. */
function isJsSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
/** `[^\s"',{}[\]]` */
const isBare = (c: number): boolean =>
  !isJsSpace(c) && c !== 34 && c !== 39 && c !== 44 && c !== 123 && c !== 125 && c !== 91 && c !== 93;

/** A quoted value that never closed: any value of its kind opening inside [from, to] fails too. */
interface Unclosed {
  from: number;
  to: number;
}

export function scanPairs(text: string, counter: ScanCounter = { reads: 0 }): ScannedPair[] {
  const n = text.length;
  const at = (i: number): number => {
    counter.reads++;
    return text.charCodeAt(i);
  };
  const pairs: ScannedPair[] = [];
  const unclosed: { dq: Unclosed; sq: Unclosed } = { dq: { from: 1, to: 0 }, sq: { from: 1, to: 0 } };

  /** The value's end (after its closing quote) and its text's offsets, or undefined. */
  const quotedValue = (open: number, kind: "dq" | "sq"): { start: number; end: number } | undefined => {
    const start = open + 1;
    const known = unclosed[kind];
    if (start >= known.from && start <= known.to) return undefined;
    let i = start;
    while (i < n) {
      const c = at(i);
      if (kind === "dq" ? c === 34 : c === 39) return { start, end: i };
      if (c === 10) break;
      if (kind === "dq" && c === 92) {
        if (i + 1 < n && !isLineTerminator(at(i + 1))) i += 2;
        else break;
      } else i++;
    }
    unclosed[kind] = { from: start, to: i };
    return undefined;
  };

  /** The pair starting at `s`, or undefined; `s` passed the look-behind. */
  const tryAt = (s: number): { pair: ScannedPair; end: number } | undefined => {
    let i = s;
    if (i < n && isQuote(at(i))) i++;
    if (i >= n || !isKeyStart(at(i))) return undefined;
    const keyStart = i;
    i++;
    while (i < n && isKeyChar(at(i))) i++;
    const keyEnd = i;
    if (i < n && isQuote(at(i))) i++;
    while (i < n && isBlank(at(i))) i++;
    if (i >= n) return undefined;
    const sep = at(i);
    if (sep === 58 && i + 1 < n && at(i + 1) === 61) i += 2;
    else if (sep === 61) i++;
    else if (sep === 58 && i + 1 < n && (isBlank(at(i + 1)) || isQuote(at(i + 1)))) i++;
    else return undefined;
    while (i < n && isBlank(at(i))) i++;
    if (i >= n) return undefined;
    const first = at(i);
    const key = text.slice(keyStart, keyEnd);
    if (first === 34 || first === 39) {
      const found = quotedValue(i, first === 34 ? "dq" : "sq");
      if (found === undefined) return undefined;
      const value = text.slice(found.start, found.end);
      return {
        pair: { key, keyStart, value, start: found.start, end: found.end, quoted: true },
        end: found.end + 1,
      };
    }
    if (!isBare(first)) return undefined;
    const start = i;
    while (i < n && isBare(at(i))) i++;
    return { pair: { key, keyStart, value: text.slice(start, i), start, end: i, quoted: false }, end: i };
  };

  let s = 0;
  while (s < n) {
    if (s === 0 || !isKeyChar(at(s - 1))) {
      const found = tryAt(s);
      if (found !== undefined) {
        pairs.push(found.pair);
        s = found.end;
        continue;
      }
    }
    s++;
  }
  return pairs;
}
