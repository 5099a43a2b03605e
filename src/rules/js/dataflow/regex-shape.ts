/**
 * Finds nested unbounded quantifiers in a regular expression source, the
 * shape behind catastrophic backtracking: `(a+)+`, `(\w*)*`, `(.*,){2,}`.
 * Returns the offending group's text, or undefined.
 */
export function nestedQuantifier(pattern: string): string | undefined {
  const stack: { start: number; unbounded: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      continue;
    }
    if (ch === "(") {
      stack.push({ start: i, unbounded: false });
      continue;
    }
    if (ch === ")") {
      const group = stack.pop();
      if (!group) continue;
      const after = unboundedQuantifierAt(pattern, i + 1);
      if (group.unbounded && after) return pattern.slice(group.start, i + 1 + after);
      const outer = stack[stack.length - 1];
      if (outer && (group.unbounded || after)) outer.unbounded = true;
      continue;
    }
    const q = unboundedQuantifierAt(pattern, i);
    if (q) {
      const top = stack[stack.length - 1];
      if (top) top.unbounded = true;
      i += q - 1;
    }
  }
  return undefined;
}

/** Length of an unbounded quantifier (`+`, `*`, `{n,}`, with a lazy `?`) at `i`, or 0. */
function unboundedQuantifierAt(pattern: string, i: number): number {
  const ch = pattern[i];
  if (ch === "+" || ch === "*") return pattern[i + 1] === "?" ? 2 : 1;
  if (ch === "{") {
    const m = /^\{\d+,\}\??/.exec(pattern.slice(i));
    if (m) return m[0].length;
  }
  return 0;
}
