/**
 * How many lines two texts share at their start (`head`) and, after that, at
 * their end (`tail`): what a line diff of a single changed region keeps as it
 * is. Used to show a fix as a diff and to turn a whole-file rewrite into the
 * one region it changes.
 */
export function commonLines(a: readonly string[], b: readonly string[]): { head: number; tail: number } {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  return { head, tail };
}
