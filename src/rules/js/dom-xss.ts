import { JS_FAMILY } from "../../core/language.js";
import { assignmentsMatching, codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { jsDomXss } from "../fix/js.js";
import { callArguments, dottedPath, unwrap } from "./dataflow/ast.js";
import type { SgNode } from "@ast-grep/napi";
import type { RuleContext } from "../define-rule.js";
import type { TaintEngine } from "./dataflow/engine.js";
import { reaching } from "./dataflow/taint.js";
import { checkSinkValues, findCalls, flowOf, isBuiltString, isDead } from "./dataflow/flow.js";

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
    "Data from the URL, a message event or a request is assigned to innerHTML/outerHTML, passed to insertAdjacentHTML or document.write, or marked trusted with Angular's bypassSecurityTrust*, without escaping; a non-constant value with no known source is reported at medium.",
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

/** Angular's DomSanitizer methods that mark a value as safe, switching its sanitising off. */
const BYPASS = /\.bypassSecurityTrust(Html|Script|Style|Url|ResourceUrl)$/;

/**
 * The value reaching an HTML sink is not a constant and no sanitiser was seen:
 * with no known source it is still markup someone else chose, reported at
 * medium (docs/rules/js-dom-xss.md, "Without a known source").
 */
function reportNonConstant(
  ctx: RuleContext,
  engine: TaintEngine,
  at: SgNode,
  value: SgNode,
  sink: string,
  why: string,
): void {
  if (isDead(at)) return;
  const t = reaching(engine.valueOf(value), "xss");
  if (!t) return;
  ctx.report({
    node: at,
    message: `A value that is not a constant reaches ${sink} without sanitising. ${why}`,
    confidence: 0.6,
    severity: "medium",
  });
}

/** `this.sanitizer.bypassSecurityTrustHtml(x)`: Angular inserts x as it is. */
function checkAngularBypass(ctx: RuleContext, engine: TaintEngine): void {
  for (const call of findCalls(ctx, BYPASS)) {
    const value = callArguments(call)[0];
    if (!value) continue;
    const method = call.field("function")?.field("property")?.text() ?? "bypassSecurityTrustHtml";
    const sink = `DomSanitizer.${method}()`;
    if (checkSinkValues(ctx, engine, meta, call, [value], { kind: "xss", sink })) continue;
    reportNonConstant(ctx, engine, call, value, sink, ANGULAR_WHY);
  }
}

const ANGULAR_WHY =
  "Angular sanitises bound HTML, styles and URLs unless a value is marked trusted: a marked value that holds markup another user wrote runs as script in the page.";

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (
      !root ||
      !/innerHTML|outerHTML|insertAdjacentHTML|document\.write|srcdoc|bypassSecurityTrust/.test(text)
    )
      return;
    const engine = flowOf(ctx);
    if (!engine) return;
    if (text.includes("bypassSecurityTrust")) checkAngularBypass(ctx, engine);
    const assignments = assignmentsMatching(ctx, /\.(innerHTML|outerHTML|srcdoc)$/);
    for (const assignment of assignments) {
      const right = assignment.field("right");
      const property = assignment.field("left")?.field("property")?.text() ?? "innerHTML";
      if (!right) continue;
      const reported = checkSinkValues(ctx, engine, meta, assignment, [right], {
        kind: "xss",
        sink: property,
        reportUnknown: isBuiltString(unwrap(right)),
      });
      if (!reported) reportNonConstant(ctx, engine, assignment, right, property, meta.why);
    }
    for (const call of findCalls(ctx, /(^document\.(write|writeln)|\.insertAdjacentHTML)$/)) {
      const callee = call.field("function");
      const path = callee ? (dottedPath(callee) ?? "insertAdjacentHTML") : "insertAdjacentHTML";
      const args = callArguments(call);
      const html = path.endsWith("insertAdjacentHTML") ? args[1] : args[0];
      if (!html) continue;
      const reported = checkSinkValues(
        ctx,
        engine,
        meta,
        call,
        path.startsWith("document.") ? args : [html],
        {
          kind: "xss",
          sink: `${path}()`,
          reportUnknown: isBuiltString(unwrap(html)),
        },
      );
      if (!reported) reportNonConstant(ctx, engine, call, html, `${path}()`, meta.why);
    }
  },
  jsDomXss,
);
