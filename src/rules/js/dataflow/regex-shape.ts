/**
 * Finds the shape behind catastrophic backtracking: a group repeated without
 * bound whose body can match the same text in more than one way because it
 * repeats something itself, e.g. `(a+)+`, `(\w*)*`, `(.*,){2,}`. A group whose
 * repetitions are separated by a character the inner repetition cannot match
 * (`([a-z]+\.)+`, `(;\d*)*`) is linear and not reported, nor are groups with
 * alternatives (often the safe "unrolled loop" idiom).
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
      if (group.unbounded && after && isAmbiguous(pattern.slice(group.start + 1, i))) {
        return pattern.slice(group.start, i + 1 + after);
      }
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

interface Element {
  readonly atom: string;
  readonly quantifier: string;
}

/** Splits a group body into atoms with their quantifiers; undefined if it has alternatives. */
function elements(body: string): Element[] | undefined {
  const text = body.replace(/^\?(:|<[\w$]+>|=|!|<=|<!)/, "");
  const out: Element[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    const ch = text[i];
    if (ch === "|") return undefined;
    if (ch === "\\") i += 2;
    else if (ch === "[") {
      i++;
      while (i < text.length && text[i] !== "]") i += text[i] === "\\" ? 2 : 1;
      i++;
    } else if (ch === "(") {
      let depth = 0;
      do {
        if (text[i] === "\\") i++;
        else if (text[i] === "(") depth++;
        else if (text[i] === ")") depth--;
        i++;
      } while (i < text.length && depth > 0);
    } else i++;
    const atom = text.slice(start, i);
    const q = /^(\*|\+|\?|\{\d*(?:,\d*)?\})\??/.exec(text.slice(i));
    const quantifier = q ? q[0] : "";
    i += quantifier.length;
    out.push({ atom, quantifier });
  }
  return out;
}

/** One character of each common class, to test whether two atoms can match the same character. */
const SAMPLES: readonly string[] = [
  "a",
  "Z",
  "0",
  "_",
  " ",
  "\t",
  "\n",
  ".",
  ",",
  ";",
  ":",
  "/",
  "\\",
  "-",
  "'",
  '"',
  "<",
  ">",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "@",
  "#",
  "=",
  "&",
  "?",
  "!",
  "+",
  "*",
  "|",
  "%",
  "~",
  "`",
  "^",
  "$",
];

function matcher(atom: string): RegExp | undefined {
  for (const flags of ["su", "s"]) {
    try {
      return new RegExp(`^(?:${atom})$`, flags);
    } catch {
      // \p{...} needs the u flag, identity escapes such as \- need it off: try both.
    }
  }
  return undefined;
}

/** Some sample character matches both atoms. */
function overlaps(a: string, b: string): boolean {
  const ra = matcher(a);
  const rb = matcher(b);
  if (!ra || !rb) return true;
  return SAMPLES.some((c) => ra.test(c) && rb.test(c));
}

/** The group can split the same text between inner and outer repetitions. */
function isAmbiguous(body: string): boolean {
  const parts = elements(body);
  if (!parts) return false;
  const repeated = parts.filter((e) => /^[*+]|^\{\d+,\}/.test(e.quantifier));
  if (repeated.length === 0) return parts.some((e) => e.atom.startsWith("(") && e.quantifier === "");
  for (const e of parts) {
    if (repeated.includes(e)) continue;
    const optional = /^(\*|\?|\{0,)/.test(e.quantifier);
    if (optional) continue;
    if (e.atom.startsWith("(")) return false;
    if (!repeated.some((r) => !r.atom.startsWith("(") && overlaps(r.atom, e.atom))) return false;
  }
  return true;
}
