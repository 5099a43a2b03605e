/**
 * Whether some line holds a match of `first` followed, later on that line, by
 * a match of `then`: what the pattern `first[^\n]*then` asks, answered by
 * reading each line once. The pattern itself re-reads the rest of the line
 * from every match of `first`, so a line of `len(len(len(…` costs the square
 * of its length (test/regex-linearity.test.ts). The first match of `first` on
 * a line is enough: any later one ends later, and `then` is searched from its
 * end to the end of the line, with the line around it (so `\b` sees the
 * character before). `then` needs the `g` flag, for its `lastIndex`.
 */
export function lineHasAfter(text: string, first: RegExp, then: RegExp): boolean {
  // Most files hold neither match anywhere: two scans of the text, no line split. (Neither pattern
  // may use `^` or `$`, which would read differently on the text and on a line.)
  then.lastIndex = 0;
  if (!first.test(text) || !then.test(text)) return false;
  for (const line of text.split("\n")) {
    const m = first.exec(line);
    if (!m) continue;
    then.lastIndex = m.index + m[0].length;
    if (then.test(line)) return true;
  }
  return false;
}
