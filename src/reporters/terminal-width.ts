/**
 * How many terminal columns text takes: East Asian wide and full-width
 * characters and most emoji take two, combining marks and zero-width
 * characters none. An approximation of wcwidth good enough for wrapping.
 */

// [first, last] code point ranges shown two columns wide.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, CJK symbols
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f680, 0x1f6ff], // transport and map symbols
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd], // CJK extensions B and later
];

// [first, last] code point ranges that take no column of their own.
const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f], // combining diacritics
  [0x200b, 0x200f], // zero-width space, joiners, marks
  [0xfe00, 0xfe0f], // variation selectors
  [0x1f3fb, 0x1f3ff], // skin-tone modifiers
];

function within(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const [first, last] of ranges) if (cp >= first && cp <= last) return true;
  return false;
}

function codePointWidth(cp: number): number {
  if (cp < 0x300) return 1;
  if (within(cp, ZERO)) return 0;
  return within(cp, WIDE) ? 2 : 1;
}

export function displayWidth(text: string): number {
  // Printable ASCII: one column per unit, no per-character work.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += codePointWidth(ch.codePointAt(0) ?? 0);
  return width;
}
