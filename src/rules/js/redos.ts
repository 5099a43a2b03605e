import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule } from "../define-rule.js";
import { callArguments, stringValue } from "./dataflow/ast.js";
import { findNews } from "./dataflow/flow.js";
import { nestedQuantifier } from "./dataflow/regex-shape.js";

const meta = {
  id: "js/redos",
  languages: JS_FAMILY,
  category: "security",
  severity: "medium",
  confidence: 0.7,
  cwe: ["CWE-1333", "CWE-400"],
  owasp: "A04:2021-Insecure Design",
  title: "Regular expression with nested quantifiers (ReDoS)",
  description:
    "A regular expression repeats a group that itself contains an unbounded repetition, such as (a+)+ or (\\w*)*.",
  why: "On a non-matching input the engine tries exponentially many ways to split the text; one crafted string of a few dozen characters can block Node.js's single thread for seconds or minutes.",
  howToFix:
    "Remove the nesting ((a+)+ → a+), make the alternatives unambiguous, anchor and bound the input length, or use a linear-time engine such as re2 for patterns applied to user input.",
  references: [
    "https://cwe.mitre.org/data/definitions/1333.html",
    "https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS",
  ],
  fixable: false,
  family: "redos",
} as const;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/\)([+*]|\{\d+,\})/.test(text)) return;
  for (const literal of root.findAll({ rule: { kind: "regex", regex: "\\)([+*]|\\{\\d+,\\})" } })) {
    const pattern = literal.field("pattern")?.text() ?? "";
    const group = nestedQuantifier(pattern);
    if (group) ctx.report({ node: literal, message: `The group ${group} repeats a repetition. ${meta.why}` });
  }
  for (const made of findNews(ctx, "^RegExp$")) {
    const pattern = stringValue(callArguments(made)[0]);
    const group = pattern === undefined ? undefined : nestedQuantifier(pattern.replace(/\\\\/g, "\\"));
    if (group) ctx.report({ node: made, message: `The group ${group} repeats a repetition. ${meta.why}` });
  }
});
