import { escapeHtml } from "./escape-html.js";
import { inlineCode } from "./escape-markdown.js";
import { makeVisible } from "./visible-text.js";

/**
 * How a repository path becomes display text, one function per format. A path
 * is chosen by whoever wrote the repository: it may hold a newline, a tab, a
 * carriage return, escape sequences or bidirectional controls, each of which
 * would let a file name forge report lines or hide its own. Unlike code
 * snippets, where tab and newline are layout, in a name they are characters
 * to show, so here they become `<U+000A>` markers like every other control.
 * JSON needs nothing (the serialiser escapes) and SARIF percent-encodes
 * (`sarif-location.ts`).
 */

const LAYOUT = /[\t\n]/g;

/** The path with every control, layout and bidi character shown as a `<U+XXXX>` marker. */
export function visiblePath(path: string): string {
  return makeVisible(path).replace(
    LAYOUT,
    (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

/** Terminal text: one line, no escape sequence, nothing reordered. */
export function terminalPath(path: string): string {
  return visiblePath(path);
}

/** A Markdown code span holding the path (with `:line` or other suffix when given); safe in table cells with `inTable`. */
export function markdownPath(path: string, suffix = "", inTable = false): string {
  return inlineCode(`${visiblePath(path)}${suffix}`, inTable);
}

/** HTML text for element content or a quoted attribute value. */
export function htmlPath(path: string): string {
  return escapeHtml(visiblePath(path));
}
