import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { codeRoot } from "./dataflow/shared-nodes.js";
import { defineRule, type RuleContext } from "../define-rule.js";
import { callArguments, stringValue, unwrap } from "./dataflow/ast.js";
import { findNews } from "./dataflow/flow.js";
import { nestedQuantifier } from "./dataflow/regex-shape.js";
import { patternUses } from "./dataflow/regex-uses.js";

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

/**
 * The text of a pattern built from constants: a literal, a same-file
 * `const WORDS = "..."`, or a template or `+` of those (`^${WORDS}$`).
 * Undefined as soon as any part is not a constant.
 */
function constantText(root: SgNode, node: SgNode | undefined, depth: number): string | undefined {
  if (!node || depth > 4) return undefined;
  const n = unwrap(node);
  const literal = stringValue(n);
  if (literal !== undefined) return literal;
  const kind = n.kind();
  if (kind === "identifier") {
    const declaration = root.find({
      rule: {
        kind: "variable_declarator",
        has: { field: "name", regex: `^${n.text().replace(/\$/g, "\\$")}$` },
        inside: { kind: "lexical_declaration", regex: "^const\\b" },
      },
    });
    return constantText(root, declaration?.field("value") ?? undefined, depth + 1);
  }
  if (kind === "binary_expression" && n.field("operator")?.text() === "+") {
    const left = constantText(root, n.field("left") ?? undefined, depth + 1);
    const right =
      left === undefined ? undefined : constantText(root, n.field("right") ?? undefined, depth + 1);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (kind === "template_string") {
    let out = "";
    for (const part of n.children()) {
      const partKind = part.kind();
      if (partKind === "template_substitution") {
        const value = constantText(root, part.namedChildren()[0], depth + 1);
        if (value === undefined) return undefined;
        out += value;
      } else if (partKind === "string_fragment" || partKind === "escape_sequence") out += part.text();
    }
    return out;
  }
  return undefined;
}

function reportPattern(ctx: RuleContext, made: SgNode, group: string): void {
  const uses = patternUses(made);
  if (uses.length === 0) {
    ctx.report({ node: made, message: `The group ${group} repeats a repetition. ${meta.why}` });
    return;
  }
  const line = made.range().start.line + 1;
  for (const use of uses) {
    ctx.report({
      node: use,
      message: `The pattern defined on line ${line} runs here, and its group ${group} repeats a repetition. ${meta.why}`,
    });
  }
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/\)([+*]|\{\d+,\})/.test(text)) return;
  for (const literal of root.findAll({ rule: { kind: "regex", regex: "\\)([+*]|\\{\\d+,\\})" } })) {
    const pattern = literal.field("pattern")?.text() ?? "";
    const group = nestedQuantifier(pattern);
    if (group) reportPattern(ctx, literal, group);
  }
  for (const made of findNews(ctx, /^RegExp$/)) {
    const pattern = constantText(root, callArguments(made)[0], 0);
    const group = pattern === undefined ? undefined : nestedQuantifier(pattern.replace(/\\\\/g, "\\"));
    if (group) reportPattern(ctx, made, group);
  }
});
