import { JS_FAMILY } from "../../core/language.js";
import type { Fix } from "../../core/fix.js";
import { defineRule, type RuleMatch } from "../define-rule.js";
import { nodeRange } from "../run-rules.js";
import { codeRoot } from "./dataflow/shared-nodes.js";

const meta = {
  id: "js/loose-equality",
  languages: JS_FAMILY,
  category: "pattern",
  severity: "low",
  confidence: 0.7,
  cwe: ["CWE-1024", "CWE-697"],
  title: "Loose equality with a literal",
  description:
    "== or != compares a value with a number, string or boolean literal (comparisons with null are left alone: x == null is the idiom for null or undefined).",
  why: "Loose equality converts types first: '' == 0, '0' == false and ' \\n' == 0 are all true, so a check such as role == 0 or input != '' lets unexpected values through.",
  howToFix: "Use === and !== and convert explicitly where a conversion is wanted (Number(x) === 0).",
  references: [
    "https://cwe.mitre.org/data/definitions/1024.html",
    "https://eslint.org/docs/latest/rules/eqeqeq",
  ],
  fixable: true,
  family: "loose-equality",
} as const;

const LITERAL = /^(number|string|true|false)$/;

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    // A literal on either side of == or != (typeof comparisons excluded below).
    if (
      !root ||
      !/[^=!<>]==\s*(?:["'`\d-]|true\b|false\b)|!=\s*(?:["'`\d-]|true\b|false\b)|(?:["'`\d]|true|false)\s*[!=]=[^=]/.test(
        ctx.text,
      )
    )
      return;
    const comparisons = root.findAll({
      rule: { kind: "binary_expression", has: { field: "operator", regex: "^(==|!=)$" } },
    });
    for (const comparison of comparisons) {
      const left = comparison.field("left");
      const right = comparison.field("right");
      const operator = comparison.field("operator");
      if (!left || !right || !operator) continue;
      if (!LITERAL.test(String(left.kind())) && !LITERAL.test(String(right.kind()))) continue;
      // typeof always yields a string, so == against a string literal cannot convert anything.
      if (left.text().startsWith("typeof ") || right.text().startsWith("typeof ")) continue;
      ctx.report({
        node: comparison,
        message: `\`${comparison.text()}\` converts types before comparing. ${meta.why}`,
      });
    }
  },
  strictComparison,
);

/** The reported comparison's == or != made strict. */
function strictComparison({ node }: RuleMatch): Fix | undefined {
  const operator = node?.field("operator");
  if (!operator) return undefined;
  const strict = operator.text() === "==" ? "===" : "!==";
  return {
    description: `Use ${strict}`,
    applicability: "suggested",
    edits: [{ range: nodeRange(operator.range()), text: strict }],
  };
}
