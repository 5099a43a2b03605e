import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import type { Review } from "../core/review.js";
import {
  cleanReview,
  sampleFindings,
  sampleReview,
  sampleReviewWithTests,
} from "../../test/support/sample-review.js";
import { renderMarkdown } from "./markdown.js";

/** Renders like a Markdown host that passes raw HTML through, so escaping alone must contain hostile text. */
function toHtml(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function count(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))?.length ?? 0;
}

/** The cell count of every row of every table, per table. */
function tableShapes(html: string): number[][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...(t[1] ?? "").matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => count(r[1] ?? "", /<t[dh][ >]/)),
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text of every fenced code block as the reader sees it. */
function codeBlocks(html: string): string[] {
  return [...html.matchAll(/<pre><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map((m) =>
    decodeEntities(m[1] ?? "").replace(/\n$/, ""),
  );
}

const HOSTILE = [
  "</details><script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "| a | b |\n| --- | --- |",
  "```\n</details>\n```",
  "[click](javascript:alert(1)) ![x](https://evil.example/p.png)",
  "@octocat @acme/security-team",
  "# Heading\n- list\n1. item\n> quote",
  "<!-- open comment",
  "**bold** _em_ ~~gone~~ $x$ \\",
  "`inline` ``double``",
  "a\u202eb\u001b[31mc",
];

function hostileReview(text: string): Review {
  const finding: Finding = {
    ...sampleFindings[1]!,
    file: `dir/${text.replace(/\n/g, " ")}.js`,
    title: text,
    description: text,
    recommendation: text,
    snippet: text,
    ruleId: `tool/${text.replace(/\n/g, " ")}`,
    relatedRules: [text],
    sources: ["rules"],
  };
  return {
    ...cleanReview,
    completeness: "incomplete",
    analysers: [
      { id: "eslint", status: "failed", durationMs: 1, filesAnalysed: 0, findings: 0, message: text },
    ],
    findings: [finding],
    notices: [{ level: "warning", analyser: "eslint", message: text, file: text }],
    skipped: [{ path: text, reason: "binary" }],
    skippedCounts: { binary: 1 },
  };
}

describe("renderMarkdown", () => {
  it("lists findings in test code in a section of their own after production, saying how many and why", async () => {
    const out = renderMarkdown(sampleReviewWithTests);
    const heading = out.indexOf("### Non-production code");
    expect(heading).toBeGreaterThan(out.lastIndexOf("py/print-statement"));
    expect(out.slice(heading)).toContain("`tests/test_orders.py` line 12:5");
    expect(out).toContain("1 finding in non-production code listed apart (test 1); 1 lowered to low.");
    expect(out).toContain("**Listed apart:** non-production test: pytest file name test\\_\\*.py, was high");
    await expect(out).toMatchFileSnapshot("./__snapshots__/sample-with-tests.md");
  });

  it("renders the sample review as users see it", async () => {
    await expect(renderMarkdown(sampleReview)).toMatchFileSnapshot("./__snapshots__/sample.md");
  });

  it("renders a clean review", async () => {
    await expect(renderMarkdown(cleanReview)).toMatchFileSnapshot("./__snapshots__/clean.md");
  });

  it("contains the sample's hostile text: no script, image or javascript link, balanced details, intact tables", () => {
    const html = toHtml(renderMarkdown(sampleReview));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript:/i);
    // 6 findings + fixed + not re-checked + dismissed + skipped files
    expect(count(html, /<details[ >]/)).toBe(10);
    expect(count(html, /<\/details>/)).toBe(10);
    for (const shape of tableShapes(html)) expect(new Set(shape).size).toBe(1);
  });

  it("puts every snippet in a code block that shows it exactly", () => {
    const blocks = codeBlocks(toHtml(renderMarkdown(sampleReview)));
    for (const finding of sampleReview.findings) expect(blocks).toContain(finding.snippet);
  });

  it.each(HOSTILE.map((text) => ({ text })))("keeps $text contained everywhere it can appear", ({ text }) => {
    const markdown = renderMarkdown(hostileReview(text));
    const html = toHtml(markdown);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<a href="(?!https:\/\/cwe\.mitre\.org\/)/);
    expect(html).not.toMatch(/<(h[1-6]|blockquote|ol|strong|em|del)>[^<]*(Heading|item|quote|bold|em|gone)/);
    expect(html).not.toContain("<!--");
    expect(count(html, /<details[ >]/)).toBe(count(html, /<\/details>/));
    for (const shape of tableShapes(html)) expect(new Set(shape).size).toBe(1);
    // Mentions only survive inside code, where hosts do not notify anyone.
    const outsideCode = html.replace(/<code[^>]*>[\s\S]*?<\/code>/g, "");
    expect(outsideCode).not.toMatch(/@[a-z]/i);
    expect(codeBlocks(html)[0]).toBe(text.replace("\u202e", "<U+202E>").replace("\u001b", "<U+001B>"));
    expect(markdown).not.toContain("\u001b");
    expect(markdown).not.toContain("\u202e");
  });

  it("shows the incomplete banner naming failed analysers, and none when complete", () => {
    const banner = "> **INCOMPLETE REVIEW: eslint, semgrep did not finish.**";
    expect(renderMarkdown(sampleReview)).toContain(banner);
    expect(renderMarkdown(cleanReview)).not.toContain("INCOMPLETE");
  });

  it.each([
    { maxChars: 65_536, details: 6, rows: 0, omitted: false },
    // The skipped-file list (every author-controlled skip named), the dismissed list and the LLM coverage take their share of the budget.
    { maxChars: 7_250, details: 2, rows: 4, omitted: false },
    { maxChars: 5_650, details: 0, rows: 6, omitted: false },
    { maxChars: 5_150, details: 0, rows: 2, omitted: true },
  ])(
    "fits $maxChars characters by shortening the least severe findings",
    ({ maxChars, details, rows, omitted }) => {
      const markdown = renderMarkdown(sampleReview, { maxChars });
      expect(markdown.length).toBeLessThanOrEqual(maxChars);
      expect(count(markdown, /<summary>[🔴🟠🟡🔵⚪]/u)).toBe(details);
      const compact = markdown.split("#### More findings (shortened to fit)")[1] ?? "";
      expect(count(compact, /^\| [🔴🟠🟡🔵⚪] /mu)).toBe(rows);
      expect(markdown.includes("not shown to fit the size limit")).toBe(omitted);
    },
  );
});

describe("renderMarkdown with values from a newer version", () => {
  it("keeps a finding whose severity it does not know", () => {
    const finding = { ...sampleFindings[0]!, severity: "urgent" as Finding["severity"] };
    const markdown = renderMarkdown({ ...cleanReview, findings: [finding] });
    expect(markdown).toContain("#### ⚫ urgent (1)");
    expect(markdown).toContain(`<summary>⚫ <code>${finding.ruleId}</code>`);
  });
});
