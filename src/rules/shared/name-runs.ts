/**
 * Whether a text names one of several names as a whole name, read by plain
 * code instead of a pattern joined from the names (`\b(?:a|b)\b`), which
 * test/regex-linearity.test.ts cannot read (docs/security-notes/linear-work.md).
 * A whole name is a maximal run of name characters: the runs are found by one
 * pattern that cannot fail once it has started, and looked up in a set.
 */

/** Maximal runs of `[\w$]`: a JavaScript name, as `(?<![\w$])name(?![\w$])` bounds it. */
export const JS_NAME_RUNS = /[\w$]+/g;
/** Maximal runs of `\w`: a Python name, as `\bname\b` bounds it (for names of word characters). */
export const PY_NAME_RUNS = /\w+/g;

/** Whether some maximal run of `runs` (a `g` pattern) in `text` is one of `names`. */
export function namesOneOf(text: string, names: readonly string[], runs: RegExp): boolean {
  const wanted = new Set(names);
  for (const m of text.matchAll(runs)) if (wanted.has(m[0])) return true;
  return false;
}

/**
 * Whether some line holds a match of `first` followed, later on that line, by
 * one of `names` as a whole run: what `first[^\n]*\b(?:a|b)\b` asks when
 * `first` ends at the edge of a run (`\breturn\b`), so the runs after it are
 * whole. The first match of `first` on a line leaves the most of it to read.
 */
export function lineNamesAfter(text: string, first: RegExp, names: readonly string[], runs: RegExp): boolean {
  for (const line of text.split("\n")) {
    const m = first.exec(line);
    if (m && namesOneOf(line.slice(m.index + m[0].length), names, runs)) return true;
  }
  return false;
}
