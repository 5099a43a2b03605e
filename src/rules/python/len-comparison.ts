import { defineRule } from "../define-rule.js";
import { lineHasAfter } from "../shared/line-search.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";

const QUERY = nodeQuery(
  ["comparison_operator"],
  "^len\\([^()]*(?:\\([^()]*\\))*[^()]*\\)\\s*(?:==|!=|>|<=|>=)\\s*[01]$",
  // `len(` and, later on its line, `) == 0` or the like (lineHasAfter reads each line once).
  (text) => lineHasAfter(text, /len\(/, /\)\s*(?:==|!=|>|<=|>=)\s*[01]\b/g),
);

/** What each comparison with 0 or 1 means, as a truth test of the container. */
const MEANING: Readonly<Record<string, "empty" | "nonempty">> = {
  "== 0": "empty",
  "<= 0": "empty",
  "< 1": "empty",
  "!= 0": "nonempty",
  "> 0": "nonempty",
  ">= 1": "nonempty",
};

export default defineRule<{ replacement: string; text: string }>(
  {
    id: "py/len-comparison",
    languages: ["python"],
    category: "pattern",
    severity: "info",
    confidence: 0.6,
    cwe: ["CWE-1041"],
    title: "Emptiness tested with len()",
    description: "A container is tested for emptiness with len(x) == 0, len(x) > 0 or similar.",
    why: "Sequences and mappings are false when empty, so `if not x:` says the same thing more directly and works for any container, including ones that are expensive to count.",
    howToFix:
      "Write `if not items:` for empty and `if items:` for non-empty (keep len() for NumPy arrays and pandas objects, whose truth value is ambiguous).",
    references: ["https://peps.python.org/pep-0008/#programming-recommendations"],
    fixable: true,
    family: "len-comparison",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      if (node.kind() !== "comparison_operator") continue;
      const [left, op, right] = node.children();
      if (!left || !op || !right || left.kind() !== "call" || !left.text().startsWith("len(")) continue;
      const meaning = MEANING[`${op.text()} ${right.text()}`];
      const arg = left
        .children()[1]
        ?.children()
        .filter((c) => c.isNamed());
      if (meaning === undefined || arg?.length !== 1 || arg[0] === undefined) continue;
      const subject = arg[0].text();
      const replacement = meaning === "empty" ? `not ${subject}` : subject;
      ctx.report({
        node,
        message: `\`${node.text()}\` tests whether ${subject} is ${meaning === "empty" ? "empty" : "non-empty"}; \`${replacement}\` says it directly.`,
        state: { replacement, text: meaning === "empty" ? `not ${subject}` : `bool(${subject})` },
      });
    }
  },
  ({ range, state }) =>
    state && {
      description: `Replace with ${state.replacement}`,
      // The truth value of NumPy arrays and pandas objects raises, so a person confirms the type.
      applicability: "suggested",
      edits: [{ range, text: state.text }],
    },
);
