import { LineIndex } from "../core/location.js";

/** How far from the claimed line a quote may be found. */
const ANCHOR_WINDOW = 20;

export type AnchorResult =
  | { readonly ok: true; readonly startLine: number; readonly endLine: number; readonly exact: boolean }
  | { readonly ok: false; readonly reason: "trivial-quote" | "not-found" | "ambiguous" };

/** A model echoing our numbering: `  12 | code`. */
const LINE_NUMBER_PREFIX = /^\s*\d+ \| ?/;
/** Lines that say nothing on their own: a bracket, a lone keyword. */
const TRIVIAL_WORDS = new Set([
  "else",
  "try",
  "finally",
  "pass",
  "return",
  "break",
  "continue",
  "end",
  "do",
  "then",
  "default",
  "begin",
  "null",
  "none",
  "true",
  "false",
]);

/**
 * Finds the code a model quoted, near the line it claimed: first as an exact
 * substring of the file, then ignoring whitespace. The nearest occurrence
 * within ±{@link ANCHOR_WINDOW} lines wins; two equally near are ambiguous.
 * Both texts must already be redacted the same way.
 */
export function anchorQuote(fileText: string, rawQuote: string, claimedLine: number): AnchorResult {
  const quote = cleanQuote(rawQuote);
  if (!isMeaningful(quote)) return { ok: false, reason: "trivial-quote" };
  const index = new LineIndex(fileText.replace(/\r\n/g, "\n"));
  const { text } = index;

  const exact = nearest(occurrences(text, quote), index, quote.length, claimedLine);
  if (exact !== undefined)
    return exact === "ambiguous" ? { ok: false, reason: exact } : { ok: true, ...exact, exact: true };

  const squeezed = squeeze(text);
  const needle = quote.replace(/\s+/g, "");
  const loose = nearestLoose(squeezed, needle, index, claimedLine);
  if (loose === undefined) return { ok: false, reason: "not-found" };
  if (loose === "ambiguous") return { ok: false, reason: loose };
  return { ok: true, ...loose, exact: false };
}

/** Drops blank edge lines and our line-number prefixes; keeps the code as quoted. */
export function cleanQuote(raw: string): string {
  const lines = raw.replace(/\r\n/g, "\n").split("\n");
  const numbered = lines.filter((l) => l.trim() !== "").every((l) => LINE_NUMBER_PREFIX.test(l));
  const stripped = numbered ? lines.map((l) => l.replace(LINE_NUMBER_PREFIX, "")) : lines;
  while (stripped.length > 0 && stripped[0]!.trim() === "") stripped.shift();
  while (stripped.length > 0 && stripped.at(-1)!.trim() === "") stripped.pop();
  return stripped.join("\n");
}

/** At least one line with two or more words, or one long non-keyword token. */
export function isMeaningful(quote: string): boolean {
  return quote.split("\n").some((line) => {
    const words = line.match(/[\p{L}\p{N}_$]+/gu) ?? [];
    if (line.replace(/\s+/g, "").length < 6) return false;
    if (words.length >= 2) return true;
    const only = words[0];
    return only !== undefined && only.length >= 6 && !TRIVIAL_WORDS.has(only.toLowerCase());
  });
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === "") return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

type Span = { readonly startLine: number; readonly endLine: number };

function pick(spans: readonly Span[], claimedLine: number): Span | "ambiguous" | undefined {
  const distance = (s: Span): number =>
    claimedLine < s.startLine
      ? s.startLine - claimedLine
      : claimedLine > s.endLine
        ? claimedLine - s.endLine
        : 0;
  const near = spans.filter((s) => distance(s) <= ANCHOR_WINDOW).sort((a, b) => distance(a) - distance(b));
  const [first, second] = near;
  if (first === undefined) return undefined;
  if (second !== undefined && distance(second) === distance(first) && second.startLine !== first.startLine) {
    return "ambiguous";
  }
  return first;
}

function nearest(
  offsets: readonly number[],
  index: LineIndex,
  length: number,
  claimedLine: number,
): Span | "ambiguous" | undefined {
  const spans = offsets.map((at) => ({
    startLine: index.positionAt(at).line,
    endLine: index.positionAt(at + Math.max(0, length - 1)).line,
  }));
  return pick(spans, claimedLine);
}

/** The text without whitespace, and for each of its characters the offset it came from. */
function squeeze(text: string): { readonly text: string; readonly offsets: number[] } {
  let out = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) continue;
    out += ch;
    offsets.push(i);
  }
  return { text: out, offsets };
}

function nearestLoose(
  squeezed: { readonly text: string; readonly offsets: readonly number[] },
  needle: string,
  index: LineIndex,
  claimedLine: number,
): Span | "ambiguous" | undefined {
  const spans = occurrences(squeezed.text, needle).map((at) => ({
    startLine: index.positionAt(squeezed.offsets[at]!).line,
    endLine: index.positionAt(squeezed.offsets[at + needle.length - 1]!).line,
  }));
  return pick(spans, claimedLine);
}
