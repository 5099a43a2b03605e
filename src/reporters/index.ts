import type { OutputFormat } from "../core/config.js";
import type { Review } from "../core/review.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderTerminal } from "./terminal.js";

export { renderHtml } from "./html.js";
export { renderJson } from "./json.js";
export { renderMarkdown, type MarkdownOptions } from "./markdown.js";
export { renderSarif } from "./sarif.js";
export { renderTerminal, type TerminalOptions } from "./terminal.js";

/** File extension for each format when a report is written to disk. */
export const FORMAT_EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  terminal: "txt",
  json: "json",
  markdown: "md",
  sarif: "sarif",
  html: "html",
};

export interface ReportOptions {
  /** Only the terminal format is coloured; files never carry escape codes. */
  readonly color: boolean;
  readonly width?: number;
  readonly verbose?: boolean;
  /** `--all`: the terminal report shows every finding (the others never cut by severity). */
  readonly all?: boolean;
}

/** One review, one format, one string: no I/O here, the caller writes it. */
export function renderReport(format: OutputFormat, review: Review, options: ReportOptions): string {
  switch (format) {
    case "terminal":
      return renderTerminal(review, options);
    case "json":
      return renderJson(review);
    case "markdown":
      return renderMarkdown(review);
    case "sarif":
      return renderSarif(review);
    case "html":
      return renderHtml(review);
  }
}
