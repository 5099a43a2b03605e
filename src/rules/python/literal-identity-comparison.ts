import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { nodeRange } from "../run-rules.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";

const LITERAL_KINDS = new Set([
  "string",
  "integer",
  "float",
  "list",
  "dictionary",
  "tuple",
  "set",
  "concatenated_string",
]);
const QUERY = nodeQuery(
  ["comparison_operator"],
  "\\sis\\s+(?:not\\s+)?(?:[rbuRBU]?[\"'\\[{(]|-?\\d)|^(?:[rbuRBU]?[\"'\\[{(]|-?\\d)[^\\n]*?\\sis\\s",
  /\sis\s+(?:not\s+)?(?:[rbu]?["'[{(]|-?\d)|["'\d)\]}]\s+is\s/i,
);

export default defineRule<{ op: SgNode; replacement: string }>(
  {
    id: "py/literal-identity-comparison",
    languages: ["python"],
    category: "logic",
    severity: "medium",
    confidence: 0.9,
    cwe: ["CWE-595", "CWE-697"],
    title: "`is` used to compare with a literal",
    description:
      "A value is compared with a string, number, list, dict or tuple literal using `is` / `is not`.",
    why: "`is` tests object identity, not equality: whether two equal strings or numbers are the same object depends on interning and the interpreter, so the test passes in one run and fails in another (Python 3.8+ warns about it).",
    howToFix: "Use == or != for values; keep `is` for None, True, False and sentinels.",
    references: [
      "https://docs.python.org/3/reference/expressions.html#is-not",
      "https://cwe.mitre.org/data/definitions/595.html",
    ],
    fixable: true,
    family: "literal-identity-comparison",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      if (node.kind() !== "comparison_operator") continue;
      const children = node.children();
      if (children.length !== 3) continue;
      const [left, op, right] = children;
      if (!left || !op || !right) continue;
      const opText = op.text().replace(/\s+/g, " ");
      if (opText !== "is" && opText !== "is not") continue;
      const literal = [left, right].find(
        (n) =>
          LITERAL_KINDS.has(String(n.kind())) || (n.kind() === "unary_operator" && /^-\s*\d/.test(n.text())),
      );
      if (literal === undefined) continue;
      // `()` and f-strings have no stable identity either, but `x is ()` is rare enough to keep simple.
      const replacement = opText === "is" ? "==" : "!=";
      ctx.report({
        node,
        message: `\`${node.text()}\` compares identity with a literal; use ${replacement}.`,
        state: { op, replacement },
      });
    }
  },
  ({ state }) =>
    state && {
      description: `Replace ${state.op.text().replace(/\s+/g, " ")} with ${state.replacement}`,
      applicability: "safe",
      edits: [{ range: nodeRange(state.op.range()), text: state.replacement }],
    },
);
