/**
 * Git's C-style quoting of a path in patch headers (what `git diff` writes
 * with the default core.quotePath=true). A name that holds a control
 * character, `"`, `\` or any byte of 0x80 and above is written between double
 * quotes, its UTF-8 bytes escaped: \a \b \t \n \v \f \r by letter, `"` and
 * `\` with a backslash, everything else as three octal digits. Any other
 * name is written as it is, spaces included. Quoting is what keeps a name
 * with a newline on its own header line, where `git apply` reads it back as
 * one name instead of as more patch text.
 */

const LETTER_ESCAPES: Readonly<Record<number, string>> = {
  0x07: "\\a",
  0x08: "\\b",
  0x09: "\\t",
  0x0a: "\\n",
  0x0b: "\\v",
  0x0c: "\\f",
  0x0d: "\\r",
  0x22: '\\"',
  0x5c: "\\\\",
};

const UTF8 = new TextEncoder();

function mustQuote(byte: number): boolean {
  return byte < 0x20 || byte === 0x22 || byte === 0x5c || byte >= 0x7f;
}

/** `name` as git writes it in `diff --git`, `---` and `+++` lines. */
export function gitQuotePath(name: string): string {
  const bytes = UTF8.encode(name);
  if (!bytes.some(mustQuote)) return name;
  let out = '"';
  for (const byte of bytes) {
    if (!mustQuote(byte)) out += String.fromCharCode(byte);
    else out += LETTER_ESCAPES[byte] ?? `\\${byte.toString(8).padStart(3, "0")}`;
  }
  return `${out}"`;
}
