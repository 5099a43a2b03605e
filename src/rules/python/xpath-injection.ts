import { defineRule, type RuleContext } from "../define-rule.js";
import { callArguments } from "./dataflow/call-arguments.js";
import type { SgNode } from "@ast-grep/napi";
import {
  argTaint,
  callSpec,
  findCalls,
  flowOf,
  reportFlow,
  reportTaintedArg,
  verdictFor,
  type FoundCall,
} from "./dataflow/sinks.js";
import { NOT_AFTER_NAME, namePattern } from "../shared/name-pattern.js";

const WHY =
  "Quotes and operators in the input change the XPath expression, so a query meant to return one node can return any part of the document, such as every user's password.";

const CALLS = callSpec({
  needsSource: true,
  hint: /xpath|XPath|elementpath/,
  helperHint: /\b(?:lxml|elementpath)\b/,
  functions: [
    "lxml.etree.XPath",
    "lxml.etree.ETXPath",
    "elementpath.select",
    "elementpath.iter_select",
    "elementpath.Selector",
  ],
  methods: ["xpath"],
});
/** elementpath's `select(root, path)` and `iter_select(root, path)` take the document first. */
const PATH_SECOND = new Set(["elementpath.select", "elementpath.iter_select"]);

/** ElementTree's path methods take a subset of XPath (`./user[@name='x']`); only files that use ElementTree or lxml. */
const ELEMENT_PATHS = callSpec({
  needsSource: true,
  hint: /xml\.etree|ElementTree|lxml/,
  methods: ["find", "findall", "findtext", "iterfind"],
});
const ELEMENT_PATH_METHODS = new Set(ELEMENT_PATHS.methods);

export default defineRule(
  {
    id: "py/xpath-injection",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.85,
    cwe: ["CWE-643", "CWE-91", "CWE-74"],
    owasp: "A03:2021-Injection",
    title: "XPath expression built from untrusted input",
    description:
      "An XPath expression passed to lxml's xpath() or etree.XPath() is built from data that can come from outside the program.",
    why: WHY,
    howToFix:
      'Keep the expression constant and pass values as XPath variables: tree.xpath("//user[@name=$name]", name=value).',
    references: [
      "https://cwe.mitre.org/data/definitions/643.html",
      "https://lxml.de/xpathxslt.html#the-xpath-method",
    ],
    fixable: false,
    family: "xpath-injection",
    operatorFlows: "note",
  },
  (ctx) => {
    for (const call of findCalls(ctx, CALLS)) {
      const arg = PATH_SECOND.has(call.callee) ? { index: 1, name: "path" } : { index: 0, name: "_path" };
      reportTaintedArg(ctx, call, arg, "xpath", {
        what: `The XPath expression of ${call.callee}() is built from`,
        why: WHY,
      });
    }
    for (const call of evaluatorCalls(ctx)) {
      reportTaintedArg(ctx, call, { index: 0, name: "_path" }, "xpath", {
        what: `The XPath expression given to the evaluator ${call.callee}() is built from`,
        why: WHY,
      });
    }
    // `str.find` and friends share these names: only a path built into a string is judged,
    // and only one that looks like an element path, not a plain word.
    for (const call of findCalls(ctx, ELEMENT_PATHS)) {
      if (!call.viaMethod || !ELEMENT_PATH_METHODS.has(call.callee)) continue;
      const flow = flowOf(ctx);
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "path"), "xpath", {
        built: 0.3,
        direct: 0.3,
      });
      if (verdict?.fromSource !== true || !verdict.origin.built || !elementPathShape(call.args[0], ctx.text))
        continue;
      reportFlow(ctx, call.node, verdict, `The ElementTree path of .${call.callee}() is built from`, WHY);
    }
  },
);

/** The path argument, or the string assigned to it, has XPath syntax: a predicate or a step. */
function elementPathShape(arg: SgNode | undefined, text: string): boolean {
  if (arg === undefined) return false;
  const PATH = /\[@|\.\/|\/\/|\[\w+=/;
  if (arg.kind() !== "identifier") return PATH.test(arg.text());
  const assigned = new RegExp(String.raw`${NOT_AFTER_NAME}${namePattern(arg.text())}\s*=\s*(.+)`).exec(text);
  return assigned !== null && PATH.test(assigned[1] ?? "");
}

/** lxml's evaluator objects run the expression they are called with: `ev = etree.XPathEvaluator(doc); ev(expr)`. */
const EVALUATOR = /XPath(?:Document|Element)?Evaluator\s*\(/;

/** Calls of a name (or `self.` attribute) this file binds to an lxml XPath evaluator. */
function evaluatorCalls(ctx: RuleContext): FoundCall[] {
  if (ctx.root === undefined || !EVALUATOR.test(ctx.text)) return [];
  const holders = new Set(
    ctx.root
      .findAll({
        rule: { kind: "assignment", has: { field: "right", kind: "call", regex: EVALUATOR.source } },
      })
      .map((a) => a.field("left")?.text() ?? ""),
  );
  return ctx.root
    .findAll({ rule: { kind: "call" } })
    .filter((c) => holders.has(c.field("function")?.text() ?? ""))
    .map((node) => {
      const { positional, keyword } = callArguments(node.field("arguments"));
      return {
        node,
        callee: node.field("function")?.text() ?? "",
        viaMethod: false,
        args: positional,
        kwargs: keyword,
      };
    });
}
