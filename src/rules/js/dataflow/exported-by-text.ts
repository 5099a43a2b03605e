import { NAME_CHARACTER, NOT_BEFORE_NAME, namePattern } from "../../shared/name-pattern.js";

/**
 * What may stand between two names of an export clause: anything but an
 * identifier character (NAME_CHARACTER, written as the characters it leaves
 * out) and the braces.
 */
const BETWEEN_NAMES = String.raw`[\x00-#%-/:-@[-^\x60|~\x7f\s]`;

/**
 * Whether the module's text exports `name`: `module.exports = Name`,
 * `exports.x = Name`, `module.exports = { …, Name }`, or `export { …Name… }`.
 * An export clause is read name by name (a run of identifier characters, then
 * what separates it from the next) and never past a brace, so the text of an
 * `export {` never closed is read up to the next brace, not to the end of the
 * text from each one (docs/security-notes/linear-work.md).
 */
export function exportedByText(text: string, name: string): boolean {
  return new RegExp(
    String.raw`(?:module\.)?exports(?:\.\w+)?\s*=\s*(?:${namePattern(name)}${NOT_BEFORE_NAME}|\{(?:[^{}]*,)?\s*${namePattern(name)}\s*[,}])|\bexport\s*\{${BETWEEN_NAMES}*(?:${NAME_CHARACTER}+${BETWEEN_NAMES}+)*?${namePattern(name)}${NOT_BEFORE_NAME}`,
  ).test(text);
}
