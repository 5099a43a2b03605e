import { escapeHtml } from "./escape-html.js";
import { makeVisible } from "./visible-text.js";

/**
 * Escaping for GitHub/GitLab-flavoured Markdown. Text from files and tools
 * (paths, titles, messages) must render as the characters it contains and
 * never as markup, links, HTML or @-mentions.
 */

// Punctuation that opens emphasis, code, links, images, headings, tables,
// strikethrough or math anywhere in a line. "(" and ")" only matter after "]",
// which is escaped, so they stay readable.
const INLINE_MARKUP = /[\\`*_{}[\]#|~$]/g;

/**
 * What only matters at the start of a line: a list marker ("- ", "+ ",
 * "1. ", "2) ") or a line of "-" or "=" (a thematic break, or a setext
 * underline turning the line above into a heading).
 */
function escapeLineStart(line: string): string {
  const indent = /^\s*/.exec(line)?.[0] ?? "";
  const rest = line.slice(indent.length);
  if (/^[-+](\s|$)/.test(rest) || /^[-=]+\s*$/.test(rest)) return `${indent}\\${rest}`;
  const ordered = /^(\d{1,9})[.)](\s|$)/.exec(rest);
  if (ordered) return `${indent}${ordered[1] ?? ""}\\${rest.slice((ordered[1] ?? "").length)}`;
  return line;
}

/** Inline text: one line, safe in paragraphs, list items, headings and table cells. */
export function escapeMarkdownInline(text: string): string {
  // Backslashes first: the line-start escape and the entities added next must stay bare.
  const flat = makeVisible(text)
    .replace(/\r?\n|\r/g, " ")
    .replace(INLINE_MARKUP, (ch) => `\\${ch}`);
  return (
    escapeLineStart(flat)
      // GFM turns bare URLs and www. names into links; breaking the trigger keeps them text.
      .replace(/:\/\//g, "\\://")
      .replace(/\bwww\./gi, (m) => `${m.slice(0, -1)}\\.`)
      // Quotes only matter inside attributes, where this text never goes.
      .replace(/[&<>]/g, (ch) => escapeHtml(ch))
      // A zero-width space after "@" stops user and team mentions (the fix Renovate uses).
      .replace(/@/g, "@&#8203;")
  );
}

/** Multi-line text: each line escaped inline, line breaks kept as hard breaks. */
export function escapeMarkdownBlock(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((line) => escapeMarkdownInline(line))
    .join("<br>\n");
}

/**
 * Text inside an HTML element such as `<summary>`: Markdown is not parsed
 * there, so only HTML escaping applies (plus the mention breaker).
 */
export function escapeForHtmlInMarkdown(text: string): string {
  return escapeHtml(text.replace(/\r?\n|\r/g, " ")).replace(/@/g, "@&#8203;");
}

/** Longest run of `char` in `text`. */
function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const ch of text) {
    current = ch === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

/**
 * A fenced code block that cannot be closed from inside: its fence is longer
 * than any backtick run in the code. The info string is ours, never file text.
 */
export function fencedCode(code: string, language = ""): string {
  const fence = "`".repeat(Math.max(3, longestRun(code, "`") + 1));
  return `${fence}${language}\n${makeVisible(code)}\n${fence}`;
}

/**
 * An inline code span that cannot be closed from inside; newlines become
 * spaces. In a table cell GFM splits on "|" even inside code, so it is escaped.
 */
export function inlineCode(code: string, inTable = false): string {
  let flat = makeVisible(code).replace(/\r?\n|\r/g, " ");
  if (inTable) flat = flat.replace(/\|/g, "\\|");
  const ticks = "`".repeat(longestRun(flat, "`") + 1);
  // CommonMark strips one space from each side when both are present; pad when the code touches a backtick.
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}
