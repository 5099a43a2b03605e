import type { SgNode } from "@ast-grep/napi";
import { defineRule, type RuleContext } from "../define-rule.js";
import { pyXmlEntitiesOff } from "../fix/xxe.js";
import { callSpec, findCalls, flowOf, type FoundCall } from "./dataflow/sinks.js";
import { constructedParser, featuredParsers, parsesWith, type RiskyParser } from "./dataflow/xml-parsers.js";

const WHY =
  "An XML parser that resolves external entities or loads external DTDs lets a document read local files (file:///etc/passwd), reach internal URLs, or exhaust memory with nested entities.";

const CALLS = callSpec({
  hint: /XMLParser|makeparser|iterparse|make_parser|pulldom|setFeature|xml\.sax/,
  functions: [
    "lxml.etree.XMLParser",
    "etree.XMLParser",
    "lxml.objectify.makeparser",
    "objectify.makeparser",
    "lxml.etree.iterparse",
    "etree.iterparse",
    "xml.sax.make_parser",
    "xml.dom.pulldom.parse",
    "xml.dom.pulldom.parseString",
    "pulldom.parse",
    "pulldom.parseString",
  ],
  methods: ["setFeature"],
});

/** The configuration calls a finding at a parse call points to; its fix edits them. */
type Config = readonly SgNode[];

export default defineRule<Config>(
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
      "A document is parsed with an lxml parser made with resolve_entities=True, no_network=False or load_dtd=True (XMLParser, objectify.makeparser, iterparse), or with a SAX parser that turns external entities on; or xml.dom.pulldom parses input. The finding is on the parse call, with the parser's configuration as evidence; a risky parser not used in the same file is reported where it is made.",
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
    const parsers: RiskyParser[] = [];
    const features: SgNode[] = [];
    for (const call of findCalls(ctx, CALLS)) {
      if (/(?:XMLParser|makeparser|iterparse)$/.test(call.callee)) {
        const risky = riskyFlags(call);
        if (risky.length === 0) continue;
        // iterparse takes the flags itself: the call that configures is the call that parses.
        if (call.callee.endsWith("iterparse"))
          ctx.report({
            node: call.node,
            message: `iterparse(${risky.join(", ")}) reads the document with entities resolved. ${WHY}`,
          });
        else parsers.push(constructedParser(call.node, risky.join(", ")));
      } else if (call.callee === "setFeature") {
        const [feature, value] = call.args;
        if (
          /external_(?:ges|pes)|external-general|external-parameter/.test(feature?.text() ?? "") &&
          /^(?:True|1)$/.test(value?.text() ?? "")
        ) {
          features.push(call.node);
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
    reportParsers(ctx, [...parsers, ...featuredParsers(features)]);
  },
  (match) => {
    // Reported at a parse call: the edits go to the configuration the check found for it.
    const config = match.state ?? [];
    if (config.length === 0)
      return pyXmlEntitiesOff({ node: match.node, range: match.range, state: undefined });
    const fixes = config.map((node) => pyXmlEntitiesOff({ node, range: match.range, state: undefined }));
    const [first] = fixes;
    if (first === undefined || fixes.some((f) => f === undefined)) return undefined;
    return { ...first, edits: fixes.flatMap((f) => f?.edits ?? []) };
  },
);

/** lxml keywords that let a document pull in entities or DTDs. */
function riskyFlags(call: FoundCall): string[] {
  return [
    call.kwargs.get("resolve_entities")?.text() === "True" ? "resolve_entities=True" : "",
    call.kwargs.get("no_network")?.text() === "False" ? "no_network=False" : "",
    call.kwargs.get("load_dtd")?.text() === "True" ? "load_dtd=True" : "",
  ].filter(Boolean);
}

function lineOf(node: SgNode): number {
  return node.range().start.line + 1;
}

/**
 * Each parse call that uses a risky parser is the finding, the configuration
 * its evidence; a risky parser no parse call in this file uses (made here,
 * used elsewhere) is reported where it is configured.
 */
function reportParsers(ctx: RuleContext<Config>, parsers: readonly RiskyParser[]): void {
  if (ctx.root === undefined || parsers.length === 0) return;
  const flow = flowOf(ctx);
  const uses = parsesWith(ctx.root, parsers, (d) => flow.canonical(d));
  const used = new Set<RiskyParser>();
  for (const [call, risky] of uses) {
    risky.forEach((p) => used.add(p));
    const config = risky.flatMap((p) => p.config);
    const where = [...new Set(config.map(lineOf))].join(", ");
    const what = [...new Set(risky.map((p) => p.what))].join("; ");
    ctx.report({
      node: call,
      state: config,
      message: `The document is parsed with the parser configured on line ${where} (${what}), which resolves entities. ${WHY}`,
    });
  }
  for (const parser of parsers) {
    if (used.has(parser)) continue;
    for (const node of parser.config) {
      const message =
        parser.what === "external entities"
          ? `${node.text()} turns external entity resolution on. ${WHY}`
          : `${node.field("function")?.text() ?? "XMLParser"}(${parser.what}) lets documents pull in external entities. ${WHY}`;
      ctx.report({ node, message });
    }
  }
}
