import { defineRule } from "../define-rule.js";
import { pyXmlEntitiesOff } from "../fix/xxe.js";
import { callSpec, findCalls } from "./dataflow/sinks.js";

const WHY =
  "An XML parser that resolves external entities or loads external DTDs lets a document read local files (file:///etc/passwd), reach internal URLs, or exhaust memory with nested entities.";

const CALLS = callSpec({
  hint: /XMLParser|make_parser|pulldom|setFeature|xml\.sax/,
  functions: [
    "lxml.etree.XMLParser",
    "etree.XMLParser",
    "xml.sax.make_parser",
    "xml.dom.pulldom.parse",
    "xml.dom.pulldom.parseString",
    "pulldom.parse",
    "pulldom.parseString",
  ],
  methods: ["setFeature"],
});

export default defineRule(
  {
    id: "py/xxe",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.8,
    cwe: ["CWE-611", "CWE-776"],
    owasp: "A05:2021-Security Misconfiguration",
    title: "XML parser that resolves external entities",
    description:
      "An lxml XMLParser is created with resolve_entities=True, no_network=False or load_dtd=True, a SAX parser turns external entities on, or xml.dom.pulldom parses input.",
    why: WHY,
    howToFix:
      "Parse untrusted XML with defusedxml (defusedxml.ElementTree, defusedxml.lxml), or create lxml parsers with resolve_entities=False, no_network=True and load_dtd=False; never set feature_external_ges or feature_external_pes to True.",
    references: [
      "https://cwe.mitre.org/data/definitions/611.html",
      "https://docs.python.org/3/library/xml.html#xml-vulnerabilities",
      "https://pypi.org/project/defusedxml/",
    ],
    fixable: true,
    family: "xxe",
  },
  (ctx) => {
    for (const call of findCalls(ctx, CALLS)) {
      if (call.callee.endsWith("XMLParser")) {
        const risky = [
          call.kwargs.get("resolve_entities")?.text() === "True" ? "resolve_entities=True" : "",
          call.kwargs.get("no_network")?.text() === "False" ? "no_network=False" : "",
          call.kwargs.get("load_dtd")?.text() === "True" ? "load_dtd=True" : "",
        ].filter(Boolean);
        if (risky.length > 0)
          ctx.report({
            node: call.node,
            message: `XMLParser(${risky.join(", ")}) lets documents pull in external entities. ${WHY}`,
          });
      } else if (call.callee === "setFeature") {
        const [feature, value] = call.args;
        if (
          /external_(?:ges|pes)|external-general|external-parameter/.test(feature?.text() ?? "") &&
          /^(?:True|1)$/.test(value?.text() ?? "")
        ) {
          ctx.report({
            node: call.node,
            message: `${call.node.text()} turns external entity resolution on. ${WHY}`,
          });
        }
      } else if (call.callee.includes("pulldom")) {
        // With a parser passed in, that parser's own features decide, and setFeature() is checked above.
        if (call.kwargs.has("parser") || call.args.length > 1) continue;
        ctx.report({
          node: call.node,
          confidence: 0.6,
          message: `${call.callee}() builds DOM nodes with the standard library's parser, which has no protection against entity expansion. ${WHY}`,
        });
      } else if (call.callee.endsWith("make_parser") && !ctx.text.includes("feature_external_ges")) {
        // Python 3.7.1+ leaves external entities off by default, so this alone is a weak signal.
        ctx.report({
          node: call.node,
          confidence: 0.45,
          severity: "low",
          message: `xml.sax.make_parser() is used without explicitly disabling feature_external_ges. ${WHY}`,
        });
      }
    }
  },
  pyXmlEntitiesOff,
);
