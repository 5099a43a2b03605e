import { JS_FAMILY } from "../../core/language.js";
import { defineRule } from "../define-rule.js";
import { callArguments } from "./dataflow/ast.js";
import { codeRoot } from "./dataflow/shared-nodes.js";

const meta = {
  id: "js/new-array-foreach",
  languages: JS_FAMILY,
  category: "logic",
  severity: "medium",
  confidence: 0.9,
  cwe: ["CWE-670"],
  title: "Iterating over the holes of new Array(n)",
  description:
    "map, forEach, filter, some, every or reduce is called directly on new Array(n) (or Array(n)) without fill() or Array.from.",
  why: "new Array(n) has n empty slots, not n undefined values, and array methods skip empty slots: the callback never runs and map returns an array of holes.",
  howToFix: "Use Array.from({ length: n }, (_, i) => ...) or new Array(n).fill(0).map(...).",
  references: [
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array#array_methods_and_empty_slots",
  ],
  fixable: false,
  family: "new-array-foreach",
} as const;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  if (!root || !/Array\s*\(/.test(ctx.text)) return;
  const calls = root.findAll({
    rule: {
      kind: "call_expression",
      has: {
        field: "function",
        kind: "member_expression",
        all: [
          { has: { field: "property", regex: "^(forEach|map|filter|some|every|reduce|flatMap|find)$" } },
          {
            has: {
              field: "object",
              any: [
                { kind: "new_expression", regex: "^new\\s+Array\\s*\\(" },
                { kind: "call_expression", regex: "^Array\\s*\\(" },
              ],
            },
          },
        ],
      },
    },
  });
  for (const call of calls) {
    const created = call.field("function")?.field("object");
    const args = created ? callArguments(created) : [];
    // new Array(a, b) builds [a, b]; only a single length argument makes holes.
    if (args.length !== 1 || args[0]?.kind() === "string" || args[0]?.kind() === "array") continue;
    ctx.report({
      node: call,
      message: `${created?.text() ?? "new Array(n)"} has only empty slots, so the callback never runs. ${meta.why}`,
    });
  }
});
