import { makeVisible } from "./visible-text.js";

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and quoted attribute values alike,
 * after making display-changing characters visible.
 */
export function escapeHtml(text: string): string {
  return makeVisible(text).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}
