/**
 * A name from the reviewed code, spliced into a regular expression as a
 * literal. Only a name made of identifier characters (NAME_CHARACTER) is
 * spliced; any other text becomes a pattern that matches nothing. That bound
 * is what lets test/regex-linearity.test.ts prove the patterns built with it
 * for every name (docs/security-notes/linear-work.md, "How linearity is proven").
 */
/**
 * An identifier character of JavaScript or Python, widened: `[\w$]` and every
 * code unit above U+007F that is not a blank. Written as the ASCII characters
 * and blanks it leaves out.
 */
export const NAME_CHARACTER = String.raw`[^\x00-#%-/:-@[-^\`{-\x7f\s]`;
const IDENTIFIER = new RegExp(`^${NAME_CHARACTER}+$`);

/** Matches nothing: a name that is not an identifier is never found. */
const NO_MATCH = "(?!)";

export function namePattern(name: string): string {
  return IDENTIFIER.test(name) ? name.replace(/\$/g, "\\$") : NO_MATCH;
}

const DOTTED = new RegExp(`^${NAME_CHARACTER}+(?:\\.${NAME_CHARACTER}+)*$`);

/**
 * A dotted name (`request.path`, `url.origin`): names joined by single dots,
 * spliced as a literal; any other text matches nothing. The check reads it as
 * a loop over identifier characters and dots, so it must start after neither
 * (NOT_AFTER_NAME_OR_DOT) when the search may try every position: a text of
 * `a.a.a…` could otherwise be read as a dotted name from every dot.
 */
export function dottedNamePattern(name: string): string {
  return DOTTED.test(name) ? name.replace(/[.$]/g, "\\$&") : NO_MATCH;
}

/**
 * What a name's first and last characters must not touch: another identifier
 * character. `\b` would not do: it takes `$` and letters above U+007F for
 * boundaries.
 */
export const NOT_AFTER_NAME = `(?<!${NAME_CHARACTER})`;
export const NOT_BEFORE_NAME = `(?!${NAME_CHARACTER})`;
/** Not after an identifier character or a dot: the name is not a member of something else. */
export const NOT_AFTER_NAME_OR_DOT = String.raw`(?<![^\x00-#%-\-/:-@[-^\`{-\x7f\s])`;
