import { JS_FAMILY } from "../../core/language.js";
import { defineRule } from "../define-rule.js";
import { stringValue } from "./dataflow/ast.js";
import { codeRoot } from "./dataflow/shared-nodes.js";

const meta = {
  id: "js/invalid-typeof",
  languages: JS_FAMILY,
  category: "logic",
  severity: "medium",
  confidence: 0.95,
  cwe: ["CWE-570", "CWE-697"],
  title: "typeof compared with a string it never returns",
  description:
    "The result of typeof is compared with a string that is not one of undefined, object, boolean, number, bigint, string, symbol or function (a typo such as 'strin' or 'array').",
  why: "typeof never returns that string, so the comparison is always false (or always true for !==) and the guarded code never (or always) runs.",
  howToFix: "Fix the spelling; for arrays use Array.isArray(x), for null use x === null.",
  references: [
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/typeof",
    "https://eslint.org/docs/latest/rules/valid-typeof",
  ],
  fixable: false,
  family: "invalid-typeof",
} as const;

/** typeof compared with a string literal that is not a known result, in either order. */
const INVALID_NEARBY =
  /typeof\s+[\w$.[\]]+\s*[!=]==?\s*["'`](?!(?:undefined|object|boolean|number|bigint|string|symbol|function)["'`])|["'`](?!(?:undefined|object|boolean|number|bigint|string|symbol|function)["'`])[^"'`\n]*["'`]\s*[!=]==?\s*typeof\b/;
const VALID = new Set(["undefined", "object", "boolean", "number", "bigint", "string", "symbol", "function"]);

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  if (!root || !INVALID_NEARBY.test(ctx.text)) return;
  const comparisons = root.findAll({
    rule: {
      kind: "binary_expression",
      has: { field: "operator", regex: "^(===|==|!==|!=)$" },
      any: [
        { has: { field: "left", kind: "unary_expression", regex: "^typeof" } },
        { has: { field: "right", kind: "unary_expression", regex: "^typeof" } },
      ],
    },
  });
  for (const comparison of comparisons) {
    const other = comparison.field("left")?.text().startsWith("typeof")
      ? comparison.field("right")
      : comparison.field("left");
    const value = stringValue(other);
    if (value === undefined || VALID.has(value)) continue;
    ctx.report({ node: comparison, message: `typeof never returns "${value}". ${meta.why}` });
  }
});
