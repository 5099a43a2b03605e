/**
 * Sets of code points as sorted, disjoint, non-adjacent `[lo, hi]` ranges: the
 * character sets of test/support/linear-regex.ts. Where a set cannot be
 * computed cheaply (a Unicode property) the caller takes every code point,
 * which only makes the linearity check stricter.
 */
export type CharSet = readonly (readonly [number, number])[];

export const MAX_CODE_POINT = 0x10ffff;
export const ALL: CharSet = [[0, MAX_CODE_POINT]];
export const EMPTY: CharSet = [];

export function normalise(ranges: readonly (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function union(...sets: CharSet[]): CharSet {
  return normalise(sets.flat());
}

export function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

export function intersection(a: CharSet, b: CharSet): CharSet {
  return complement(union(complement(a), complement(b)));
}

/** Whether some code point is in both sets (a two-pointer walk). */
export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i]!;
    const [blo, bhi] = b[j]!;
    if (alo <= bhi && blo <= ahi) return true;
    if (ahi < bhi) i++;
    else j++;
  }
  return false;
}

/** Whether every code point of `a` is in `b`. */
export function isSubset(a: CharSet, b: CharSet): boolean {
  return !intersects(a, complement(b));
}

const single = (c: string): [number, number] => [c.codePointAt(0)!, c.codePointAt(0)!];

export const DIGIT: CharSet = [[0x30, 0x39]];
export const WORD: CharSet = normalise([[0x30, 0x39], [0x41, 0x5a], single("_"), [0x61, 0x7a]]);
/** What `\s` matches in JavaScript: WhiteSpace and LineTerminator. */
export const SPACE: CharSet = normalise([
  [0x09, 0x0d],
  single(" "),
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
export const LINE_TERMINATORS: CharSet = normalise([single("\n"), single("\r"), [0x2028, 0x2029]]);

/** Past this many code points a range's case variants are not listed: everything above ASCII is added instead. */
const FOLD_LIMIT = 5000;

/**
 * The set with every case variant added, for the `i` flag: ASCII letters
 * exactly, other code points through `toLowerCase`/`toUpperCase`, the long
 * s and the Kelvin sign (which fold to `s` and `k` under `u`), and all of
 * non-ASCII for a range too large to list (a stricter check, never a looser one).
 */
export function caseFolded(set: CharSet): CharSet {
  const extra: [number, number][] = [];
  for (const [lo, hi] of set) {
    const upperLo = Math.max(lo, 0x41);
    const upperHi = Math.min(hi, 0x5a);
    if (upperLo <= upperHi) extra.push([upperLo + 32, upperHi + 32]);
    const lowerLo = Math.max(lo, 0x61);
    const lowerHi = Math.min(hi, 0x7a);
    if (lowerLo <= lowerHi) extra.push([lowerLo - 32, lowerHi - 32]);
    const from = Math.max(lo, 0x80);
    if (from > hi) continue;
    if (hi - from > FOLD_LIMIT) {
      extra.push([0x80, MAX_CODE_POINT]);
      continue;
    }
    for (let c = from; c <= hi; c++) {
      for (const v of [String.fromCodePoint(c).toLowerCase(), String.fromCodePoint(c).toUpperCase()])
        if (String.fromCodePoint(v.codePointAt(0)!) === v) extra.push(single(v));
    }
  }
  const withVariants = union(set, extra);
  if (intersects(withVariants, normalise([single("k"), single("s")])))
    extra.push([0x17f, 0x17f], [0x212a, 0x212a]);
  if (
    intersects(withVariants, [
      [0x17f, 0x17f],
      [0x212a, 0x212a],
    ])
  )
    extra.push(single("k"), single("s"), single("K"), single("S"));
  return union(set, extra);
}
