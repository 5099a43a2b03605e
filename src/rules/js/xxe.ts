import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import type { SgNode } from "@ast-grep/napi";
import { defineRule, type RuleContext } from "../define-rule.js";
import { jsXmlEntitiesOff } from "../fix/xxe.js";
import { callArguments, declaredValue, dottedPath, unwrap } from "./dataflow/ast.js";
import { findCalls, findCallsByWalk, flowOf, isDead, taintAt } from "./dataflow/flow.js";
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

/** libxml2 options that reach outside the document: entity substitution and external DTD loading. */
const ENTITY_FLAGS = /\b(noent|replaceEntities|dtdload)\s*:\s*true/;

/** An options argument's text, or the object a same-file `const opts = {...}` gave the name. */
function optionsText(root: SgNode, node: SgNode): string {
  const n = unwrap(node);
  // `this.options`, set once in the constructor (`this.options = { noent: true }`).
  if (n.kind() === "member_expression" && n.field("object")?.kind() === "this") {
    const target = n.text();
    const set = root
      .findAll({ rule: { kind: "assignment_expression", has: { field: "left", kind: "member_expression" } } })
      .find((a) => a.field("left")?.text() === target);
    return set?.field("right")?.text() ?? "";
  }
  if (n.kind() !== "identifier") return n.text();
  return declaredValue(root, n.text())?.text() ?? "";
}

/**
 * `xmllint` and later `--noent` or `--loaddtd` with no quote between them
 * (one command string). Read per quoted piece from its first `xmllint`, so
 * the text is read once; a pattern with `[^"'\`]*` between the two re-read
 * the rest of the piece from every `xmllint` (test/regex-linearity.test.ts).
 */
function xmllintFlagInOneString(text: string): boolean {
  return text.split(/["'`]/).some((piece) => {
    const at = /\bxmllint\b/.exec(piece);
    return at !== null && /--(?:noent|loaddtd)\b/.test(piece.slice(at.index + at[0].length));
  });
}

/** `execFile("xmllint", ["--noent", file])`: libxml2's command-line tool told to substitute entities. */
function reportXmllint(ctx: RuleContext): void {
  for (const call of findCallsByWalk(
    ctx,
    "(^|\\.)(exec|execSync|execFile|execFileSync|spawn|spawnSync|run|execa|\\$)$",
  )) {
    const args = callArguments(call);
    if (!args.some((a) => /xmllint/.test(a.text())) || isDead(call)) continue;
    if (
      !args.some((a) => /["'`]--(noent|dtdload|loaddtd)\b/.test(a.text()) || xmllintFlagInOneString(a.text()))
    )
      continue;
    ctx.report({
      node: call,
      message: `xmllint is run with --noent (or --loaddtd), so entities in the document are substituted from files and URLs. ${meta.why}`,
    });
  }
}

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    const { text } = ctx;
    if (!root || !/noent|replaceEntities|dtdload/.test(text)) return;
    if (/xmllint/.test(text)) reportXmllint(ctx);
    const engine = flowOf(ctx);
    for (const call of findCalls(
      ctx,
      /(^|\.)(parseXml|parseXmlString|parseXmlAsync|parseHtml|parseXmlFile|parse)$/,
    )) {
      const args = callArguments(call);
      // The first options argument that sets a flag, and which flag: its text (or its declaration) is read once.
      let flag: string | undefined;
      for (const a of args.slice(1)) {
        flag = ENTITY_FLAGS.exec(optionsText(root, a))?.[1];
        if (flag !== undefined) break;
      }
      if (flag === undefined || isDead(call)) continue;
      const xml = args[0];
      const t = engine && xml ? taintAt(engine, xml, { kind: "xpath", sink: "the XML parser" }) : undefined;
      const path = dottedPath(call.field("function") ?? call) ?? "parseXml";
      // The parser option is the defect whatever the document; a known remote or stored document raises the confidence.
      const level = t ? levelOf(t) : undefined;
      const outside = level === "remote" || level === "stored";
      ctx.report({
        node: call,
        message: `${path}() ${flag === "dtdload" ? "loads external DTDs" : "expands external entities"} (${flag}: true)${t && level !== undefined ? ` on ${describeOrigins(t)}` : ""}. ${meta.why}`,
        confidence: outside ? 0.9 : meta.confidence,
      });
    }
  },
  jsXmlEntitiesOff,
);
