import { JS_FAMILY } from "../../core/language.js";
import type { Fix } from "../../core/fix.js";
import { defineRule, type RuleMatch } from "../define-rule.js";
import { nodeRange } from "../run-rules.js";
import { codeRoot } from "./dataflow/shared-nodes.js";

const meta = {
  id: "js/assignment-in-condition",
  languages: JS_FAMILY,
  category: "logic",
  severity: "medium",
  confidence: 0.8,
  cwe: ["CWE-481", "CWE-480"],
  title: "Assignment used as a condition",
  description:
    "The condition of an if, while, do-while, for or ternary is an assignment (x = y) rather than a comparison.",
  why: "It almost always means === was intended: the branch then depends on the assigned value's truthiness and the variable is silently overwritten.",
  howToFix:
    "Use === (or !==) to compare. If the assignment is intended, wrap it in an extra pair of parentheses and compare explicitly: while ((match = re.exec(s)) !== null).",
  references: [
    "https://cwe.mitre.org/data/definitions/481.html",
    "https://eslint.org/docs/latest/rules/no-cond-assign",
  ],
  fixable: true,
  family: "assignment-in-condition",
} as const;

export default defineRule(
  meta,
  (ctx) => {
    const root = codeRoot(ctx);
    // `if (x = ...`, `while (x.y = ...`, or `(x = ...) ?`
    if (
      !root ||
      !/\b(?:if|while)\s*\(\s*[\w$.[\]]+\s*=(?![=>])|\(\s*[\w$.]+\s*=(?![=>])[^()]*\)\s*\?/.test(ctx.text)
    )
      return;
    const conditions = root.findAll({
      rule: {
        kind: "assignment_expression",
        any: [
          {
            inside: {
              kind: "parenthesized_expression",
              inside: {
                any: [{ kind: "if_statement" }, { kind: "while_statement" }, { kind: "do_statement" }],
                field: "condition",
              },
            },
          },
          { inside: { kind: "for_statement", field: "condition" } },
          {
            inside: {
              kind: "parenthesized_expression",
              inside: { kind: "ternary_expression", field: "condition" },
            },
          },
        ],
      },
    });
    for (const assignment of conditions) {
      ctx.report({
        node: assignment,
        message: `\`${assignment.text()}\` assigns instead of comparing. ${meta.why}`,
      });
    }
  },
  compareInstead,
);

/** The reported `a = b` written as `a === b`. */
function compareInstead({ node }: RuleMatch): Fix | undefined {
  const left = node?.field("left");
  const right = node?.field("right");
  if (!node || !left || !right) return undefined;
  return {
    description: "Compare with === instead of assigning",
    applicability: "suggested",
    edits: [{ range: nodeRange(node.range()), text: `${left.text()} === ${right.text()}` }],
  };
}
