import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { escapeMarkdownBlock, escapeMarkdownInline, fencedCode, inlineCode } from "./escape-markdown.js";

function render(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function decode(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Text in, text out: what a reader sees must be exactly what the file said. */
const TEXTS = [
  "plain words",
  "f-string, re-raise, 0.1.0, a+b=c",
  "<script>alert(1)</script>",
  "</details><details open>",
  "a | b | c",
  "**not bold** _not em_ ~~not struck~~",
  "`not code` and ``also not``",
  "[not a link](https://evil.example) ![no image](x.png)",
  "<https://autolink.example> https://bare.example www.example.com",
  "# not a heading",
  "- not a list",
  "+ not a list",
  "1. not a list",
  "2) not a list",
  "---",
  "===",
  "> not a quote",
  "&amp; stays &amp; and &#64; too",
  "\\ backslash \\* and \\\\",
  "$\\frac{a}{b}$ no math",
  "<!-- not a comment -->",
  "{curly} (round) 'single' \"double\"",
  "Mot de passe écrit en clair 密码 🚫",
];

describe("escapeMarkdownInline", () => {
  it.each(TEXTS.map((text) => ({ text })))("shows $text exactly as written", ({ text }) => {
    const html = render(escapeMarkdownInline(text));
    expect(html.startsWith("<p>")).toBe(true);
    expect(decode(html.replace(/^<p>|<\/p>\n?$/g, ""))).toBe(text);
  });

  it("breaks mentions with a zero-width space, and nothing else", () => {
    expect(decode(render(escapeMarkdownInline("ping @octocat")).replace(/^<p>|<\/p>\n?$/g, ""))).toBe(
      "ping @\u200boctocat",
    );
  });

  it("keeps a table cell a single cell", () => {
    const table = `| h |\n| --- |\n| ${escapeMarkdownInline("a | b\nc")} |\n`;
    expect(render(table).match(/<td>/g)).toHaveLength(1);
  });
});

describe("escapeMarkdownBlock", () => {
  it("keeps each line as text with hard breaks between them", () => {
    const text = "first line\n- second\n# third\n---";
    const html = render(escapeMarkdownBlock(text));
    expect(decode(html.replace(/^<p>|<\/p>\n?$/g, "").replace(/<br>\n/g, "\n"))).toBe(text);
  });
});

describe("fencedCode", () => {
  it.each([
    { code: "x = 1" },
    { code: "```\nbreakout\n```" },
    { code: "````` five ticks `" },
    { code: "</details>\n<script>alert(1)</script>\n| a | b |" },
    { code: "~~~\ntilde fence\n~~~" },
  ])("shows $code exactly, in one block", ({ code }) => {
    const html = render(`${fencedCode(code, "python")}\n\nafter`);
    const blocks = [...html.matchAll(/<pre><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)];
    expect(blocks).toHaveLength(1);
    expect(decode(blocks[0]?.[1] ?? "")).toBe(`${code}\n`);
    expect(html).toContain("<p>after</p>");
  });
});

describe("inlineCode", () => {
  it.each([
    { code: "a`b", inTable: false },
    { code: "`starts with a tick", inTable: false },
    { code: "ends with a tick`", inTable: false },
    { code: "a | b", inTable: true },
  ])("keeps $code in one code span (table: $inTable)", ({ code, inTable }) => {
    const span = inlineCode(code, inTable);
    const markdown = inTable ? `| h |\n| --- |\n| ${span} |\n` : span;
    const html = render(markdown);
    const spans = [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)];
    expect(spans).toHaveLength(1);
    expect(decode(spans[0]?.[1] ?? "")).toBe(code);
  });
});
