import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { jsXmlEntitiesOff } from "../fix/xxe.js";
import { callArguments, dottedPath } from "./dataflow/ast.js";
import { findCalls, flowOf, isDead, taintAt } from "./dataflow/flow.js";
import { describeOrigins, levelOf } from "./dataflow/taint.js";

const meta = {
  id: "js/xxe",
  languages: JS_FAMILY,
  category: "security",
  severity: "high",
  confidence: 0.8,
  cwe: ["CWE-611", "CWE-776"],
  owasp: "A05:2021-Security Misconfiguration",
  title: "XML parsed with external entities enabled",
  description:
    "libxmljs parseXml/parseXmlString (or another libxml2 binding) is called with noent: true, which substitutes external entities.",
  why: 'A document can declare <!ENTITY x SYSTEM "file:///etc/passwd"> or an http:// URL: the parser reads local files into the result or makes requests from the server (XXE), and nested entities can exhaust memory.',
  howToFix:
    "Remove noent: true (libxmljs's default leaves entities unexpanded) and avoid dtdload/dtdvalid on untrusted documents; prefer a parser without DTD support for data exchange.",
  references: [
    "https://cwe.mitre.org/data/definitions/611.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html",
  ],
  fixable: true,
  family: "xxe",
} as const;

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (!root || !/noent/.test(text)) return;
    const engine = flowOf(ctx);
    for (const call of findCalls(
      ctx,
      "(^|\\.)(parseXml|parseXmlString|parseXmlAsync|parseHtml|parseXmlFile|parse)$",
    )) {
      const args = callArguments(call);
      const options = args.slice(1).find((a) => /\bnoent\s*:\s*true/.test(a.text()));
      if (!options || isDead(call)) continue;
      const xml = args[0];
      const t = engine && xml ? taintAt(engine, xml, { kind: "xpath", sink: "the XML parser" }) : undefined;
      const path = dottedPath(call.field("function") ?? call) ?? "parseXml";
      // The parser option is the defect whatever the document; a known remote or stored document raises the confidence.
      const level = t ? levelOf(t) : undefined;
      const outside = level === "remote" || level === "stored";
      ctx.report({
        node: call,
        message: `${path}() expands external entities (noent: true)${t && level !== undefined ? ` on ${describeOrigins(t)}` : ""}. ${meta.why}`,
        confidence: outside ? 0.9 : meta.confidence,
      });
    }
  },
  jsXmlEntitiesOff,
);
