import { JS_FAMILY } from "../../core/language.js";
import { assignmentsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { jsDomXss } from "../fix/js.js";
import { callArguments, dottedPath, unwrap } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, flowOf, isBuiltString } from "./dataflow/flow.js";

const meta = {
  id: "js/dom-xss",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.85,
  cwe: ["CWE-79", "CWE-74"],
  owasp: "A03:2021-Injection",
  title: "Untrusted data written to the DOM as HTML",
  description:
    "Data from the URL, a message event or a request is assigned to innerHTML/outerHTML, passed to insertAdjacentHTML or document.write without escaping.",
  why: "The browser parses the string as markup, so an attacker who controls it can inject <img onerror=...> or <script> and run code in the victim's session (cross-site scripting).",
  howToFix:
    "Assign text with textContent (or createTextNode) instead of innerHTML; when HTML is really needed, clean it with DOMPurify.sanitize() first.",
  references: [
    "https://cwe.mitre.org/data/definitions/79.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/DOM_based_XSS_Prevention_Cheat_Sheet.html",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML#security_considerations",
  ],
  fixable: true,
  family: "xss",
  // Operator-only flows (docs/trust-levels.md): text the person at the browser types or the operator configures is their own content.
  operatorFlows: "ignore",
} as const;

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (!root || !/innerHTML|outerHTML|insertAdjacentHTML|document\.write|srcdoc/.test(text)) return;
    const engine = flowOf(ctx);
    if (!engine) return;
    const assignments = assignmentsMatching(ctx, /\.(innerHTML|outerHTML|srcdoc)$/);
    for (const assignment of assignments) {
      const right = assignment.field("right");
      const property = assignment.field("left")?.field("property")?.text() ?? "innerHTML";
      if (!right) continue;
      checkSinkValues(ctx, engine, meta, assignment, [right], {
        kind: "xss",
        sink: property,
        reportUnknown: isBuiltString(unwrap(right)),
      });
    }
    for (const call of findCalls(ctx, "(^document\\.(write|writeln)|\\.insertAdjacentHTML)$")) {
      const callee = call.field("function");
      const path = callee ? (dottedPath(callee) ?? "insertAdjacentHTML") : "insertAdjacentHTML";
      const args = callArguments(call);
      const html = path.endsWith("insertAdjacentHTML") ? args[1] : args[0];
      if (!html) continue;
      checkSinkValues(ctx, engine, meta, call, path.startsWith("document.") ? args : [html], {
        kind: "xss",
        sink: `${path}()`,
        reportUnknown: isBuiltString(unwrap(html)),
      });
    }
  },
  jsDomXss,
);
