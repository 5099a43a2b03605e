import { testRule } from "../rule-tester.js";
import rule from "./dom-xss.js";

testRule(rule, {
  valid: [
    {
      name: "Angular bypass of a constant",
      code: `export class Banner {
  readonly html = this.sanitizer.bypassSecurityTrustHtml("<b>Maintenance tonight</b>");
  constructor(private readonly sanitizer: DomSanitizer) {}
}`,
      language: "typescript",
    },
    {
      name: "a value passed through DOMPurify before innerHTML",
      code: `export function renderNote(el, note) {
  el.innerHTML = DOMPurify.sanitize(note.body);
}`,
    },
    {
      name: "textContent instead of innerHTML",
      code: `const name = new URLSearchParams(location.search).get("name");
document.getElementById("greeting").textContent = "Hello " + name;`,
    },
    {
      name: "sanitised with DOMPurify",
      code: `import DOMPurify from "dompurify";
const fragment = decodeURIComponent(location.hash.slice(1));
const clean = DOMPurify.sanitize(fragment);
document.querySelector("#preview").innerHTML = clean;`,
    },
    {
      name: "constant markup",
      code: `const el = document.createElement("div");
el.innerHTML = "<strong>Saved</strong>";
document.body.appendChild(el);`,
    },
    {
      name: "escaped with escapeHtml",
      code: `import escapeHtml from "escape-html";
window.addEventListener("message", (e) => {
  const html = "<p>" + escapeHtml(e.data.text) + "</p>";
  log.insertAdjacentHTML("beforeend", html);
});`,
    },
    {
      name: "number from the hash",
      code: `const page = parseInt(location.hash.slice(1), 10);
pager.innerHTML = \`<span>Page \${page}</span>\`;`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "Angular bypassSecurityTrustHtml of data fetched from a service: medium without a known source",
      code: `export class AnnouncementList {
  constructor(private readonly sanitizer: DomSanitizer, private readonly service: Service) {}
  load(list: Item[]) {
    return list.map((a) => ({ ...a, body: this.sanitizer.bypassSecurityTrustHtml(a.body) }));
  }
}`,
      lines: [4],
      severity: "medium",
      language: "typescript",
    },
    {
      name: "Angular bypassSecurityTrustResourceUrl of the page URL",
      code: `const src = this.sanitizer.bypassSecurityTrustResourceUrl(location.hash.slice(1));`,
      lines: [1],
      severity: "high",
    },
    {
      name: "innerHTML of a value with no known source: medium",
      code: `export function renderNote(el, note) {
  el.innerHTML = note.body;
}`,
      lines: [2],
      severity: "medium",
    },
    {
      name: "location.hash into innerHTML",
      code: `function showTab() {
  const tab = location.hash.substring(1);
  const title = decodeURIComponent(tab);
  document.getElementById("title").innerHTML = "<h1>" + title + "</h1>";
}`,
      lines: [4],
    },
    {
      name: "document.write of the URL",
      code: `const params = new URLSearchParams(document.location.search);
const lang = params.get("lang");
document.write("<option value='" + lang + "'>" + lang + "</option>");`,
      lines: [3],
    },
    {
      name: "postMessage data into insertAdjacentHTML",
      code: `window.addEventListener("message", (event) => {
  const { html } = event.data;
  const panel = document.querySelector(".panel") as HTMLElement;
  panel.insertAdjacentHTML("beforeend", html);
});`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "fetched JSON rendered as HTML",
      code: `async function loadComments(list) {
  const res = await fetch("/api/comments");
  const comments = await res.json();
  for (const c of comments) {
    list.innerHTML += \`<li>\${c.body}</li>\`;
  }
}`,
      lines: [5],
    },
    {
      name: "the location hash written as HTML: fixed as text",
      code: `const q = location.hash.slice(1);\ndocument.getElementById("out").innerHTML = q;\n`,
      lines: [2],
      at: [{ line: 2, column: 1, endLine: 2, endColumn: 45 }],
      output: `const q = location.hash.slice(1);\ndocument.getElementById("out").textContent = q;\n`,
    },
  ],
});
