import { describe, expect, it } from "vitest";
import { OUTPUT_FORMATS } from "../core/config.js";
import { sampleReview } from "../../test/support/sample-review.js";
import {
  FORMAT_EXTENSIONS,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderReport,
  renderSarif,
  renderTerminal,
} from "./index.js";

describe("renderReport", () => {
  it.each([
    { format: "terminal", expected: renderTerminal(sampleReview, { color: true }) },
    { format: "json", expected: renderJson(sampleReview) },
    { format: "markdown", expected: renderMarkdown(sampleReview) },
    { format: "sarif", expected: renderSarif(sampleReview) },
    { format: "html", expected: renderHtml(sampleReview) },
  ] as const)("renders $format with its reporter", ({ format, expected }) => {
    expect(renderReport(format, sampleReview, { color: true })).toBe(expected);
  });

  it.each(OUTPUT_FORMATS.map((format) => ({ format })))(
    "ends $format output with one newline",
    ({ format }) => {
      const out = renderReport(format, sampleReview, { color: false });
      expect(out.endsWith("\n")).toBe(true);
      expect(out.endsWith("\n\n")).toBe(false);
    },
  );

  it.each(OUTPUT_FORMATS.map((format) => ({ format })))(
    "carries no colour codes in $format when colour is off",
    ({ format }) => {
      expect(renderReport(format, sampleReview, { color: false })).not.toContain("\u001b[");
    },
  );
});

describe("FORMAT_EXTENSIONS", () => {
  it("names a file extension for every output format", () => {
    expect(FORMAT_EXTENSIONS).toEqual({
      terminal: "txt",
      json: "json",
      markdown: "md",
      sarif: "sarif",
      html: "html",
    });
    expect(Object.keys(FORMAT_EXTENSIONS).sort()).toEqual([...OUTPUT_FORMATS].sort());
  });
});
