/**
 * Finds the shapes that make a backtracking regex engine take exponential
 * time: a group that repeats without bound and holds something that itself
 * repeats without bound — `(a+)+`, `(.*)*`, `(\w+\s?)*`, `(x|y+)+`.
 * Returns the offending group's text, or undefined for a safe pattern.
 */
export function nestedQuantifier(pattern: string): string | undefined {
  interface Group {
    start: number;
    innerUnbounded: boolean;
  }
  const stack: Group[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "\\") {
      i += 2;
      i = afterQuantifier(pattern, i, stack);
      continue;
    }
    if (ch === "[") {
      i = skipClass(pattern, i);
      i = afterQuantifier(pattern, i, stack);
      continue;
    }
    if (ch === "(") {
      stack.push({ start: i, innerUnbounded: false });
      i++;
      // (?:  (?P<name>  (?=  and friends
      if (pattern[i] === "?") {
        const close = pattern[i + 1] === "P" && pattern[i + 2] === "<" ? pattern.indexOf(">", i) : i + 1;
        i = close + 1;
      }
      continue;
    }
    if (ch === ")") {
      const group = stack.pop();
      i++;
      const q = quantifierAt(pattern, i);
      if (
        group &&
        q.unbounded &&
        group.innerUnbounded &&
        !startsWithDelimiter(pattern.slice(group.start + 1, i - 1))
      ) {
        return pattern.slice(group.start, i + q.length);
      }
      if (group && (group.innerUnbounded || q.unbounded)) markUnbounded(stack);
      i += q.length;
      continue;
    }
    i++;
    i = afterQuantifier(pattern, i, stack);
  }
  return undefined;
}

function afterQuantifier(pattern: string, i: number, stack: { innerUnbounded: boolean }[]): number {
  const q = quantifierAt(pattern, i);
  if (q.unbounded) markUnbounded(stack);
  return i + q.length;
}

function markUnbounded(stack: { innerUnbounded: boolean }[]): void {
  const top = stack[stack.length - 1];
  if (top) top.innerUnbounded = true;
}

/** `+`, `*`, `{n,}` (optionally lazy or possessive) are unbounded; `?` and `{n}`/`{n,m}` are not. */
function quantifierAt(pattern: string, i: number): { unbounded: boolean; length: number } {
  const ch = pattern[i];
  let length = 0;
  let unbounded = false;
  if (ch === "+" || ch === "*") {
    unbounded = true;
    length = 1;
  } else if (ch === "?") {
    length = 1;
  } else if (ch === "{") {
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(pattern.slice(i));
    if (m) {
      length = m[0].length;
      unbounded = m[2] === "," && m[3] === "";
    }
  }
  if (length > 0 && (pattern[i + length] === "?" || pattern[i + length] === "+")) length++;
  return { unbounded, length };
}

function skipClass(pattern: string, i: number): number {
  let j = i + 1;
  if (pattern[j] === "^") j++;
  if (pattern[j] === "]") j++;
  while (j < pattern.length && pattern[j] !== "]") j += pattern[j] === "\\" ? 2 : 1;
  return j + 1;
}

/**
 * `(\.\d+)*` or `(,\s*\w+)*`: each repetition must start with a fixed
 * separator, so the engine has one way to split the input and does not
 * backtrack exponentially.
 */
function startsWithDelimiter(body: string): boolean {
  return /^(?:\?:|\?P<\w+>)?(?:\\[.\-,/:;@=#]|[,/:;@=#-])(?![*+?{])/.test(body);
}
