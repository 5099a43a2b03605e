import { defineRule } from "../define-rule.js";
import { hasCodeAfterJump } from "./code-after-jump.js";
import { candidates, relationalQuery } from "./dataflow/hub.js";

const JUMPS = ["return_statement", "raise_statement", "continue_statement", "break_statement"];
const STATEMENTS = [
  ...JUMPS,
  "expression_statement",
  "if_statement",
  "for_statement",
  "while_statement",
  "try_statement",
  "with_statement",
  "assert_statement",
  "delete_statement",
  "pass_statement",
  "global_statement",
  "nonlocal_statement",
  "function_definition",
  "class_definition",
  "decorated_definition",
  "match_statement",
  "import_statement",
  "import_from_statement",
];
/** The first statement right after a jump in the same block. */
const QUERY = relationalQuery(
  STATEMENTS,
  {
    any: STATEMENTS.map((kind) => ({ kind })),
    follows: { any: JUMPS.map((kind) => ({ kind })) },
    inside: { kind: "block" },
  },
  // A jump followed, at the same indentation, by a line that is neither blank, a comment nor a new clause.
  hasCodeAfterJump,
);
const JUMP_KINDS = new Set(JUMPS);

export default defineRule(
  {
    id: "py/unreachable-code",
    languages: ["python"],
    category: "logic",
    severity: "medium",
    confidence: 0.9,
    cwe: ["CWE-561"],
    title: "Unreachable code",
    description: "Statements follow a return, raise, continue or break in the same block, so they never run.",
    why: "Code that never runs is usually a mistake: a cleanup or a check the author believes happens, or a leftover that misleads the next reader.",
    howToFix: "Delete the dead statements, or move them before the jump if they were meant to run.",
    references: ["https://cwe.mitre.org/data/definitions/561.html"],
    fixable: false,
    family: "unreachable-code",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      const previous = node.prev();
      if (previous === null || !JUMP_KINDS.has(String(previous.kind())) || node.parent()?.kind() !== "block")
        continue;
      // `return` then `yield` is the idiom for an empty generator: the yield is there on purpose.
      if (previous.kind() === "return_statement" && /^yield\b/.test(node.text())) continue;
      const line = node.range().start.line + 1;
      ctx.report({
        node,
        message: `Line ${line} comes after a return, raise, continue or break in the same block and never runs.`,
      });
    }
  },
);
