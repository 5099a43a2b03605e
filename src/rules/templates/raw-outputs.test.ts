import { describe, expect, it } from "vitest";
import { findTemplate } from "./find-template.js";
import { rawOutputs } from "./raw-outputs.js";
import { templateSourcesOf } from "./template-files.js";

const raw = (path: string, text: string): { roots: readonly string[]; line: number }[] =>
  rawOutputs({ path, text }).map(({ roots, line }) => ({ roots: [...roots].sort(), line }));

describe("rawOutputs", () => {
  it("Jinja and Django: |safe, autoescape false/off blocks, for loops; escaped output is not listed", () => {
    expect(raw("t/a.html", "{{ a }}\n{{ b|safe }}\n{{ c | e }}")).toEqual([{ roots: ["b"], line: 2 }]);
    expect(raw("t/a.jinja2", "{% for r in rows %}\n{{ r.body | safe }}{% endfor %}")).toEqual([
      { roots: ["r", "rows"], line: 2 },
    ]);
    expect(raw("t/a.djhtml", "{% autoescape off %}{{ x }}{% endautoescape %}{{ y }}")).toEqual([
      { roots: ["x"], line: 1 },
    ]);
    expect(raw("t/a.njk", "{% autoescape true %}{{ x }}{% endautoescape %}")).toEqual([]);
    expect(
      raw("t/a.j2", "{% autoescape false %}{% autoescape true %}{{ x }}{% endautoescape %}{{ y }}"),
    ).toEqual([{ roots: ["y"], line: 1 }]);
  });

  it("EJS: <%- %> only, loop variables followed to the collection, include() is not data", () => {
    expect(raw("v/a.ejs", "<%= a %><%- include('header') %>")).toEqual([]);
    expect(raw("v/a.ejs", "<% for (const p of posts) { %>\n<%- p.sig %><% } %>")).toEqual([
      { roots: ["p", "posts"], line: 2 },
    ]);
  });

  it("Handlebars and Mustache: {{{x}}} and {{& x}}, a name inside #each standing for the block's value", () => {
    expect(raw("v/a.hbs", "{{a}}{{{b.c}}}")).toEqual([{ roots: ["b"], line: 1 }]);
    expect(raw("v/a.hbs", "{{#each thread.posts}}\n{{{sig}}}\n{{/each}}{{{x}}}")).toEqual([
      { roots: ["sig", "thread"], line: 2 },
      { roots: ["x"], line: 3 },
    ]);
    expect(raw("v/a.mustache", "{{#items}}{{& html}}{{/items}}")).toEqual([
      { roots: ["html", "items"], line: 1 },
    ]);
  });

  it("Pug: != lines and attributes, !{} interpolation, each loops; !== comparisons are not output", () => {
    expect(raw("v/a.pug", "each c in comments\n  p!= c.body\n  a(href!=url) x\n  p #{safe} !{raw}")).toEqual([
      { roots: ["c", "comments"], line: 2 },
      { roots: ["url"], line: 3 },
      { roots: ["raw"], line: 4 },
    ]);
    expect(raw("v/a.pug", "if a !== b\n  p= a")).toEqual([]);
  });

  it("reads nothing from an unclosed tag or an unknown language", () => {
    expect(raw("v/a.ejs", "<%- a")).toEqual([]);
    expect(raw("v/a.txt", "{{{a}}}")).toEqual([]);
  });
});

describe("findTemplate", () => {
  const templates = [
    { path: "web/views/thread.hbs", text: "" },
    { path: "admin/views/thread.hbs", text: "" },
    { path: "app/templates/blog/post.html", text: "" },
  ];
  it("finds a name without extension in views/, nearest the code", () => {
    expect(
      findTemplate(templates, "admin/app.js", "thread", { folders: ["views"], extensions: [] })?.path,
    ).toBe("admin/views/thread.hbs");
  });
  it("finds a Django-style app path under templates/, and nothing that is not there", () => {
    const lookup = { folders: ["templates"], extensions: [] };
    expect(findTemplate(templates, "app/views.py", "blog/post.html", lookup)?.path).toBe(
      "app/templates/blog/post.html",
    );
    expect(findTemplate(templates, "app/views.py", "post.html", lookup)).toBeUndefined();
    expect(findTemplate(templates, "app/views.py", "../templates/blog/post.html", lookup)).toBeUndefined();
  });
});

describe("templateSourcesOf", () => {
  const file = (path: string, language: "html" | "template" | "python", text = "x") => ({
    path,
    absolutePath: `/r/${path}`,
    language,
    text,
    bytes: text.length,
    lines: 1,
    hash: "",
  });
  it("keeps template files and .html in templates/ or views/, not static pages, code or oversized files", () => {
    const set = templateSourcesOf([
      file("views/a.ejs", "template"),
      file("app/templates/b.html", "html"),
      file("public/index.html", "html"),
      file("app.py", "python"),
      file("views/big.hbs", "template", "x".repeat(600 * 1024)),
    ]);
    expect(set.sources.map((t) => t.path)).toEqual(["views/a.ejs", "app/templates/b.html"]);
    expect(set.leftOut).toEqual([{ path: "views/big.hbs", reason: "over 512 KB" }]);
  });
});
