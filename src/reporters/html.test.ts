import { createHash } from "node:crypto";
import { parse, type DefaultTreeAdapterMap, type ParserError } from "parse5";
import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import type { Review } from "../core/review.js";
import {
  cleanReview,
  sampleFindings,
  sampleReview,
  sampleReviewWithTests,
} from "../../test/support/sample-review.js";
import { renderHtml } from "./html.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function children(node: Node): Node[] {
  const own = "childNodes" in node ? node.childNodes : [];
  // <template> content lives apart from childNodes; include it so nothing hides there.
  const content =
    isElement(node) && node.tagName === "template"
      ? [(node as DefaultTreeAdapterMap["template"]).content]
      : [];
  return [...own, ...content];
}

function elements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (node: Node): void => {
    if (isElement(node)) out.push(node);
    for (const child of children(node)) visit(child);
  };
  visit(root);
  return out;
}

function text(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return children(node).map(text).join("");
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function page(review: Review): { html: string; doc: Node; errors: ParserError[] } {
  const html = renderHtml(review);
  const errors: ParserError[] = [];
  const doc = parse(html, { onParseError: (e) => errors.push(e) });
  return { html, doc, errors };
}

const HOSTILE = [
  "<script>alert(1)</script>",
  "</td></tr></table><img src=x onerror=alert(1)>",
  "</details></pre></code><script>",
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  "<!-- <style>body{display:none}</style>",
  "&lt;already escaped&gt; &amp;",
  "<template><script>alert(1)</script></template>",
  "a\u202eb\u001bc",
];

function hostile(textValue: string): Review {
  const finding: Finding = {
    ...sampleFindings[1]!,
    file: `dir/${textValue}.js`,
    title: textValue,
    description: textValue,
    recommendation: textValue,
    snippet: textValue,
    ruleId: `tool/${textValue}`,
    relatedRules: [textValue],
    cwe: [textValue],
  };
  return {
    ...sampleReview,
    target: { ...sampleReview.target, url: textValue, branch: textValue },
    analysers: [
      { id: textValue, status: "failed", durationMs: 1, filesAnalysed: 0, findings: 0, message: textValue },
    ],
    findings: [finding],
    notices: [{ level: "error", analyser: textValue, message: textValue, file: textValue }],
    skipped: [{ path: textValue, reason: "binary", detail: textValue }],
    skippedCounts: { binary: 1 },
  };
}

/** Our own page has exactly these elements with script-capable roles; hostile text must add none. */
function activeElements(doc: Node): string[] {
  return elements(doc)
    .filter((el) =>
      ["script", "img", "svg", "iframe", "object", "embed", "link", "base", "form"].includes(el.tagName),
    )
    .map((el) => el.tagName);
}

function eventHandlers(doc: Node): string[] {
  return elements(doc).flatMap((el) =>
    el.attrs.filter((a) => a.name.startsWith("on")).map((a) => `${el.tagName}@${a.name}`),
  );
}

describe("renderHtml", () => {
  it("lists findings in test code in a section of their own after production, saying how many and why", async () => {
    const out = renderHtml(sampleReviewWithTests);
    const heading = out.indexOf("Non-production code (1)");
    expect(heading).toBeGreaterThan(out.lastIndexOf("py/print-statement"));
    expect(out.slice(heading)).toContain("tests/test_orders.py");
    expect(out).toContain("<h2>Findings (6)</h2>");
    expect(out).toContain("1 finding in non-production code listed apart (test 1); 1 lowered to low.");
    expect(out).toContain("non-production test: pytest file name test_*.py, was high");
    expect(page(sampleReviewWithTests).errors).toEqual([]);
    await expect(out).toMatchFileSnapshot("./__snapshots__/sample-with-tests.html.snap");
  });

  it("renders the sample review as users see it", async () => {
    await expect(renderHtml(sampleReview)).toMatchFileSnapshot("./__snapshots__/sample.html.snap");
  });

  it.each([
    { name: "sample", review: sampleReview },
    { name: "clean", review: cleanReview },
  ])("is well-formed HTML with no parse errors ($name)", ({ review }) => {
    expect(page(review).errors.map((e) => `${e.code} at ${e.startLine}:${e.startCol}`)).toEqual([]);
  });

  it("has one script, its own, and a CSP pinning exactly its inline style and script", () => {
    const { doc } = page(sampleReview);
    const scripts = elements(doc).filter((el) => el.tagName === "script");
    const styles = elements(doc).filter((el) => el.tagName === "style");
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    const csp = elements(doc).find((el) => attr(el, "http-equiv") === "Content-Security-Policy");
    const policy = attr(csp!, "content") ?? "";
    const hash = (s: string): string => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src ${hash(text(scripts[0]!))}`);
    expect(policy).toContain(`style-src ${hash(text(styles[0]!))}`);
  });

  it("makes no external requests", () => {
    const { doc, html } = page(sampleReview);
    const loaders = elements(doc).filter((el) =>
      el.attrs.some((a) => a.name === "src" || (a.name === "href" && el.tagName !== "a")),
    );
    expect(loaders).toEqual([]);
    expect(html).not.toMatch(/url\(|@import/);
    const links = elements(doc)
      .filter((el) => el.tagName === "a")
      .map((el) => attr(el, "href"));
    for (const href of links)
      expect(href).toMatch(/^https:\/\/cwe\.mitre\.org\/data\/definitions\/\d+\.html$/);
  });

  it("shows the sample's hostile snippet, title and file name only as text", () => {
    const { doc, html } = page(sampleReview);
    expect(activeElements(doc)).toEqual(["script"]);
    expect(eventHandlers(doc)).toEqual([]);
    const body = text(doc);
    const xss = sampleReview.findings.find((f) => f.ruleId === "js/dom-xss")!;
    expect(body).toContain(xss.snippet);
    expect(body).toContain(xss.title);
    expect(body).toContain(xss.file);
    expect(html).toContain("web/static/&lt;script&gt;alert(1)&lt;/script&gt;.js");
  });

  it.each(HOSTILE.map((value) => ({ value })))(
    "keeps $value contained everywhere it can appear",
    ({ value }) => {
      const { doc, errors } = page(hostile(value));
      expect(errors).toEqual([]);
      expect(activeElements(doc)).toEqual(["script"]);
      expect(eventHandlers(doc)).toEqual([]);
      expect(elements(doc).filter((el) => el.tagName === "style")).toHaveLength(1);
      const shown = value.replace("\u202e", "<U+202E>").replace("\u001b", "<U+001B>");
      const snippet = elements(doc).find((el) => el.tagName === "pre");
      expect(text(snippet!).replace(/^\d+/, "")).toBe(shown);
    },
  );

  it("shows an incomplete banner naming the failed analysers, and none when complete", () => {
    const banner = (review: Review): string[] =>
      elements(page(review).doc)
        .filter((el) => attr(el, "role") === "alert")
        .map((el) => text(el));
    expect(banner(sampleReview)).toEqual([
      expect.stringContaining("Incomplete review: eslint, semgrep did not finish") as string,
    ]);
    expect(banner(cleanReview)).toEqual([]);
  });

  it("lists every finding with a severity badge, new marker, snippet and recommendation", () => {
    const { doc } = page(sampleReview);
    const rows = elements(doc).filter((el) => el.tagName === "tr" && attr(el, "class") === "finding");
    expect(rows.map((r) => attr(r, "data-severity"))).toEqual([
      "critical",
      "high",
      "high",
      "medium",
      "low",
      "info",
    ]);
    expect(rows.filter((r) => text(r).includes("NEW"))).toHaveLength(2);
    for (const finding of sampleReview.findings) {
      const row = rows.find((r) => text(r).includes(finding.fingerprint))!;
      expect(text(row)).toContain(finding.recommendation);
      for (const line of finding.snippet.split("\n")) expect(text(row)).toContain(line);
    }
  });

  it("lists skipped files, analysers and the comparison", () => {
    const body = text(page(sampleReview).doc);
    for (const expected of [
      "Skipped files (18)",
      "web/static/<img src=x onerror=alert(1)>.png",
      "data/dump.sql — 12.4 MB exceeds the 1 MB limit",
      "timed out after 300 s",
      "Compared with review rev_01JD8AAAAAAAAAAAAAAAAAAAAA: 2 new, 2 fixed, 1 not re-checked.",
      "Shell command built from user input",
    ]) {
      expect(body).toContain(expected);
    }
  });
});
