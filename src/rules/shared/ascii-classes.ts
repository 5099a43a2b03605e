/**
 * ast-grep compiles the Rust regex of a search each time it runs, and a
 * Unicode `\w`, `\d` or `\s` costs far more to compile than the rest of a
 * pattern (a lone `\w+` about 0.3 ms, `[[:word:]]+` under 0.02 ms). On text
 * made only of ASCII characters each of them matches exactly what its ASCII
 * class matches, and `\b` and `\B` see the same word characters, so a search
 * over a file whose text is all ASCII may run the ASCII forms and find the
 * same nodes.
 */

/** True when every character of the text is ASCII: every node of its tree is then ASCII too. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Perl class escapes and their ASCII classes (`[:name:]` items, valid inside a bracket class). */
const ASCII_ITEMS: Readonly<Record<string, string>> = {
  w: "[:word:]",
  W: "[:^word:]",
  d: "[:digit:]",
  D: "[:^digit:]",
  s: "[:space:]",
  S: "[:^space:]",
};

/**
 * The Rust regex with its Perl classes and word boundaries in ASCII form:
 * `\w` → `[[:word:]]` (inside a bracket class `[:word:]`, so `[\w-]` stays
 * the same set), `\b` → `(?-u:\b)`. Only for text {@link isAscii} accepts.
 */
export function asciiClasses(regex: string): string {
  let out = "";
  // Depth of bracket classes (Rust nests them: `[a[bc]]`).
  let depth = 0;
  let i = 0;
  while (i < regex.length) {
    const c = regex[i] ?? "";
    if (c === "\\") {
      const next = regex[i + 1] ?? "";
      const item = ASCII_ITEMS[next];
      if (item !== undefined) out += depth > 0 ? item : `[${item}]`;
      else if ((next === "b" || next === "B") && depth === 0) out += `(?-u:\\${next})`;
      else out += c + next;
      i += 2;
      continue;
    }
    if (c === "[") {
      if (depth > 0 && regex[i + 1] === ":") {
        // An ASCII class item such as `[:alpha:]` is copied whole.
        const end = regex.indexOf(":]", i + 2);
        if (end >= 0) {
          out += regex.slice(i, end + 2);
          i = end + 2;
          continue;
        }
      }
      depth++;
      out += c;
      i++;
      // A `]` (after an optional `^`) right after the opening bracket is a literal.
      if (regex[i] === "^") {
        out += "^";
        i++;
      }
      if (regex[i] === "]") {
        out += "]";
        i++;
      }
      continue;
    }
    if (c === "]" && depth > 0) depth--;
    out += c;
    i++;
  }
  return out;
}
