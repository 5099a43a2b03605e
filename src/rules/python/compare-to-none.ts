import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { nodeRange } from "../run-rules.js";
import { candidates, relationalQuery } from "./dataflow/hub.js";

/** ORM expressions overload == to build SQL (`Model.col == None` means IS NULL); leave them alone. */
const ORM_CONTEXT = {
  kind: "call",
  regex: "^[\\w.()\\[\\]]*\\.(?:filter|where|having|exclude|filter_by|join|query)\\s*\\(",
  stopBy: "end",
} as const;

const QUERY = relationalQuery(
  ["comparison_operator"],
  { kind: "comparison_operator", has: { kind: "none" }, regex: "[=!]=", not: { inside: ORM_CONTEXT } },
  /[=!]=\s*None|None\s*[=!]=/,
);

export default defineRule<{ op: SgNode; replacement: string }>(
  {
    id: "py/compare-to-none",
    languages: ["python"],
    category: "pattern",
    severity: "low",
    confidence: 0.9,
    cwe: ["CWE-595"],
    title: "Comparison to None with == or !=",
    description: "A value is compared to None with == or != instead of is / is not.",
    why: "== calls the left operand's __eq__, which a class may override (NumPy arrays, pandas objects and ORM columns do), so the test can be wrong, raise, or return a non-boolean; None is a singleton and identity is the intended check.",
    howToFix: "Write `x is None` or `x is not None`.",
    references: [
      "https://peps.python.org/pep-0008/#programming-recommendations",
      "https://cwe.mitre.org/data/definitions/595.html",
    ],
    fixable: true,
    family: "compare-to-none",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      const children = node.children();
      if (children.length !== 3) continue;
      const [left, op, right] = children;
      if (!left || !op || !right) continue;
      const opText = op.text();
      if (opText !== "==" && opText !== "!=") continue;
      if (left.kind() !== "none" && right.kind() !== "none") continue;
      const replacement = opText === "==" ? "is" : "is not";
      ctx.report({
        node,
        message: `\`${node.text()}\` compares to None with ${opText}; use \`${replacement}\`: == runs __eq__, which a class may override.`,
        state: { op, replacement },
      });
    }
  },
  ({ state }) =>
    state && {
      description: `Replace ${state.op.text()} with ${state.replacement}`,
      // An overridden __eq__ may be relied on, so a person confirms.
      applicability: "suggested",
      edits: [{ range: nodeRange(state.op.range()), text: state.replacement }],
    },
);
