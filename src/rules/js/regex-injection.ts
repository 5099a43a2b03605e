import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments } from "./dataflow/ast.js";
import { checkSinkValues, findCalls, findNews, flowOf } from "./dataflow/flow.js";

const meta = {
  id: "js/regex-injection",
  languages: JS_FAMILY,
  category: "security",
  severity: "medium",
  confidence: 0.8,
  cwe: ["CWE-1333", "CWE-625", "CWE-400"],
  owasp: "A03:2021-Injection",
  title: "Regular expression built from untrusted data",
  description:
    "new RegExp()/RegExp() compiles a pattern that comes from the request, the URL or another untrusted source without escaping it.",
  why: "An attacker supplies a pattern with nested quantifiers that backtracks exponentially (ReDoS) and blocks the event loop, or metacharacters that widen a match used for a security decision.",
  howToFix:
    "Escape the value before building the pattern (lodash's escapeRegExp, escape-string-regexp) or match with String.prototype.includes/startsWith; if users must supply patterns, use the re2 engine and limit their length.",
  references: [
    "https://cwe.mitre.org/data/definitions/1333.html",
    "https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS",
  ],
  fixable: false,
  family: "redos",
  // Operator-only flows (docs/trust-levels.md): a pattern the operator supplies is a search they run on their own machine.
  operatorFlows: "ignore",
} as const;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !text.includes("RegExp")) return;
  const engine = flowOf(ctx);
  if (!engine) return;
  for (const node of [...findNews(ctx, /^RegExp$/), ...findCalls(ctx, /^RegExp$/)]) {
    const pattern = callArguments(node)[0];
    if (!pattern) continue;
    checkSinkValues(ctx, engine, meta, node, [pattern], { kind: "regex", sink: "RegExp()" });
  }
});
