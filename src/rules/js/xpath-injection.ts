import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, dottedPath } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, flowOf } from "./dataflow/flow.js";

const meta = {
  id: "js/xpath-injection",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.85,
  cwe: ["CWE-643", "CWE-943", "CWE-74"],
  owasp: "A03:2021-Injection",
  title: "XPath expression built from untrusted data",
  description:
    "xpath.select/select1/evaluate or document.evaluate receives an expression built from data the caller controls.",
  why: "Quotes and operators in the value rewrite the expression: ' or '1'='1 turns a lookup into a match on every node, exposing the whole XML document or bypassing checks based on it.",
  howToFix:
    "Keep the expression constant and pass values as XPath variables (xpath.useNamespaces/evaluate with a variable resolver), or validate values against a strict pattern such as /^[\\w-]+$/ before inserting them.",
  references: [
    "https://cwe.mitre.org/data/definitions/643.html",
    "https://owasp.org/www-community/attacks/XPATH_Injection",
  ],
  fixable: false,
  family: "xpath-injection",
  operatorFlows: "note",
} as const;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/xpath|\.evaluate\s*\(/i.test(text)) return;
  const engine = flowOf(ctx);
  if (!engine) return;
  for (const call of findCalls(
    ctx,
    /^(xpath\.(select|select1|evaluate|parse)|select|select1|document\.evaluate|\w+\.evaluate)$/,
  )) {
    const callee = call.field("function");
    const path = callee ? (dottedPath(callee) ?? "xpath") : "xpath";
    if (!path.startsWith("xpath.") && !path.startsWith("document.") && !/xpath/.test(text)) continue;
    const expression = callArguments(call)[0];
    if (!expression) continue;
    checkSinkValues(ctx, engine, meta, call, [expression], { kind: "xpath", sink: `${path}()` });
  }
});
