import { testRule } from "../rule-tester.js";
import rule from "./react-dangerous-html.js";

testRule(rule, {
  valid: [
    {
      name: "sanitised Markdown output",
      code: `import DOMPurify from "dompurify";
export default async function Page({ searchParams }) {
  const html = DOMPurify.sanitize(marked.parse(searchParams.text));
  return <article dangerouslySetInnerHTML={{ __html: html }} />;
}`,
      language: "tsx",
    },
    {
      name: "rendered as text",
      code: `export default function Greeting({ searchParams }) {
  return <p>Hello {searchParams.name}</p>;
}`,
      language: "tsx",
    },
    {
      name: "constant markup",
      code: `const ICON = "<svg viewBox='0 0 10 10'><circle r='5'/></svg>";
export function Icon() {
  return <span dangerouslySetInnerHTML={{ __html: ICON }} />;
}`,
    },
  ],
  invalid: [
    {
      name: "Next.js search param as HTML",
      code: `export default async function Page({ searchParams }: { searchParams: { msg?: string } }) {
  const message = searchParams.msg ?? "";
  return (
    <div className="banner">
      <span dangerouslySetInnerHTML={{ __html: message }} />
    </div>
  );
}`,
      lines: [5],
      language: "tsx",
    },
    {
      name: "hash fragment in a client component",
      code: `"use client";
export function Preview() {
  const raw = decodeURIComponent(window.location.hash.slice(1));
  const html = "<p>" + raw + "</p>";
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}`,
      lines: [5],
      language: "tsx",
    },
    {
      name: "fetched content in JSX parsed as JavaScript",
      code: `async function loadBio(id) {
  const res = await fetch("/api/bio/" + id);
  const bio = await res.text();
  return <section dangerouslySetInnerHTML={{ __html: bio }} />;
}`,
      lines: [4],
    },
    {
      name: "createElement props in plain TypeScript",
      code: `import { createElement } from "react";
export function renderNote(req: Request) {
  const note = new URL(req.url).searchParams.get("note") ?? "";
  return createElement("div", { dangerouslySetInnerHTML: { __html: note } });
}`,
      lines: [4],
      language: "typescript",
    },
  ],
});
