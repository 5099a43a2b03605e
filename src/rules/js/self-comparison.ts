import { JS_FAMILY } from "../../core/language.js";
import { defineRule } from "../define-rule.js";
import { codeRoot } from "./dataflow/shared-nodes.js";

const meta = {
  id: "js/self-comparison",
  languages: JS_FAMILY,
  category: "logic",
  severity: "medium",
  confidence: 0.85,
  cwe: ["CWE-570", "CWE-571"],
  title: "Comparison of a value with itself",
  description:
    "Both sides of ===, ==, <, <=, > or >= are the same expression, so the result is always the same.",
  why: "The comparison is always true (or always false): usually one side was meant to be another variable (a.id === a.id instead of a.id === b.id), and the check it was supposed to make never happens.",
  howToFix:
    "Compare against the value that was intended. To test for NaN use Number.isNaN(x) (x !== x is accepted as the NaN idiom).",
  references: [
    "https://cwe.mitre.org/data/definitions/570.html",
    "https://eslint.org/docs/latest/rules/no-self-compare",
  ],
  fixable: false,
  family: "self-comparison",
} as const;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  // The same operand on both sides of a comparison, as text.
  if (!root || !/(?<![\w$.])([\w$][\w$.]*)\s*(?:===?|[<>]=?)\s*\1(?![\w$.(])/.test(ctx.text)) return;
  const comparisons = root.findAll({
    rule: { kind: "binary_expression", has: { field: "operator", regex: "^(===|==|<|<=|>|>=)$" } },
  });
  for (const comparison of comparisons) {
    const left = comparison.field("left")?.text().replace(/\s+/g, "");
    const right = comparison.field("right")?.text().replace(/\s+/g, "");
    // Calls may return different values each time (Math.random() === Math.random()).
    if (left === undefined || left !== right || left.includes("(")) continue;
    const op = comparison.field("operator")?.text() ?? "===";
    const always = op === "<" || op === ">" ? "false" : "true";
    ctx.report({
      node: comparison,
      message: `\`${comparison.text()}\` compares ${left} with itself and is always ${always} (except for NaN). ${meta.why}`,
    });
  }
});
