import { defineRule } from "../define-rule.js";
import { callSpec, findCalls, reportTaintedArg } from "./dataflow/sinks.js";

const WHY =
  "Quotes and operators in the input change the XPath expression, so a query meant to return one node can return any part of the document, such as every user's password.";

const CALLS = callSpec({
  needsSource: true,
  hint: /xpath|XPath/,
  functions: ["lxml.etree.XPath", "lxml.etree.ETXPath"],
  methods: ["xpath"],
});

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
  },
  (ctx) => {
    for (const call of findCalls(ctx, CALLS)) {
      reportTaintedArg(ctx, call, { index: 0, name: "_path" }, "xpath", {
        what: `The XPath expression of ${call.callee}() is built from`,
        why: WHY,
      });
    }
  },
);
