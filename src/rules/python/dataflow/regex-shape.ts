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
        !startsWithDelimiter(pattern.slice(group.start + 1, i - 1)) &&
        !hasUniqueSeparator(pattern.slice(group.start + 1, i - 1)) &&
        !hasLeadingRun(pattern.slice(group.start + 1, i - 1))
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
    const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(pattern.slice(i));
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
  const m = /^(?:\?:|\?P<\w+>)?(\\[.\-,/:;@=#]|[,/:;@=#-])(?![*+?{])/.exec(body);
  if (m === null) return false;
  // `(/[\w./]*)*`: a later part that also matches the delimiter can take it, so the split is not unique.
  const delimiter = charSet(m[1] ?? "");
  const rest = topLevelAtoms(body.slice(m[0].length));
  if (delimiter === undefined || rest === undefined) return true;
  return rest.every((atom) => {
    const set = atom.opaque ? undefined : charSet(atom.text);
    return set === undefined || disjoint(delimiter, set);
  });
}

interface Atom {
  readonly text: string;
  /** Matches exactly once: no quantifier, or `{n}`. */
  readonly once: boolean;
  /** Matches at least once: no quantifier, `+`, or a lower bound above zero. */
  readonly required: boolean;
  /** A group or something this module does not model: assumed to match any character. */
  readonly opaque: boolean;
}

/**
 * `(\s\w+)*` or `(\w+=[^\s;]+ )*`: the body holds a character matched exactly
 * once that no other part of the body can match. Each repetition then
 * consumes exactly one of those characters, so the input splits into
 * repetitions one way only and the engine does not backtrack exponentially.
 * A body with an alternation at its top level is never given this pass.
 */
function hasUniqueSeparator(body: string): boolean {
  const atoms = topLevelAtoms(body.replace(/^\?(?::|P<\w+>)/, ""));
  if (atoms === undefined) return false;
  const sets = atoms.map((atom) => (atom.opaque ? undefined : charSet(atom.text)));
  return atoms.some((atom, i) => {
    const own = sets[i];
    if (!atom.once || own === undefined) return false;
    return sets.every((other, j) => j === i || (other !== undefined && disjoint(own, other)));
  });
}

/**
 * `(?:\s+\w+)*`: each repetition starts with a required run of characters no
 * other part of the body matches, and ends with a required atom outside that
 * run. A repetition then begins exactly where such a run begins, so the input
 * splits one way only.
 */
function hasLeadingRun(body: string): boolean {
  const atoms = topLevelAtoms(body.replace(/^\?(?::|P<\w+>)/, ""));
  if (atoms === undefined || atoms.length < 2) return false;
  const [first] = atoms;
  const last = atoms[atoms.length - 1];
  if (first === undefined || last === undefined || !first.required || !last.required) return false;
  const sets = atoms.map((atom) => (atom.opaque ? undefined : charSet(atom.text)));
  const lead = sets[0];
  return (
    lead !== undefined && sets.every((other, j) => j === 0 || (other !== undefined && disjoint(lead, other)))
  );
}

/** The body's atoms at its top level, or undefined when it has a top-level alternation. */
function topLevelAtoms(body: string): Atom[] | undefined {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    let end: number;
    let opaque = false;
    if (ch === "|") return undefined;
    if (ch === "^" || ch === "$") {
      i++;
      continue;
    }
    if (ch === "\\") {
      // Zero-width assertions are not atoms.
      if (/[AbBZ]/.test(body[i + 1] ?? "")) {
        i += 2;
        continue;
      }
      end = i + 2;
      opaque = /[1-9]/.test(body[i + 1] ?? "");
    } else if (ch === "[") {
      end = skipClass(body, i);
    } else if (ch === "(") {
      let depth = 0;
      end = i;
      while (end < body.length) {
        const c = body[end];
        if (c === "\\") end++;
        else if (c === "[") {
          end = skipClass(body, end) - 1;
        } else if (c === "(") depth++;
        else if (c === ")" && --depth === 0) break;
        end++;
      }
      end++;
      opaque = true;
    } else {
      end = i + 1;
    }
    const q = quantifierAt(body, end);
    const quantifier = body.slice(end, end + q.length);
    atoms.push({
      text: body.slice(i, end),
      once: q.length === 0 || /^\{\d+\}$/.test(quantifier),
      required: !/^(?:[*?]|\{0)/.test(quantifier),
      opaque,
    });
    i = end + q.length;
  }
  return atoms;
}

const PROBES = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).concat([
  "\u00e9",
  "\u00a0",
]);

/** Which probe characters (ASCII and two non-ASCII) an atom matches, or undefined if it cannot be read. */
function charSet(atom: string): boolean[] | undefined {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${atom})$`);
  } catch {
    return undefined;
  }
  return PROBES.map((probe) => re.test(probe));
}

function disjoint(a: readonly boolean[], b: readonly boolean[]): boolean {
  return a.every((inA, k) => !inA || b[k] !== true);
}
