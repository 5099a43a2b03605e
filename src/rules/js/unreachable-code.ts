import { JS_FAMILY } from "../../core/language.js";
import { defineRule } from "../define-rule.js";
import { codeRoot } from "./dataflow/shared-nodes.js";

const meta = {
  id: "js/unreachable-code",
  languages: JS_FAMILY,
  category: "logic",
  severity: "low",
  confidence: 0.9,
  cwe: ["CWE-561"],
  title: "Unreachable code after return, throw, break or continue",
  description:
    "A statement follows a return, throw, break or continue in the same block, so it can never run.",
  why: "Dead code usually means a mistake: a cleanup, a log line or a security check the author expected to run is skipped every time.",
  howToFix:
    "Move the statement before the jump, put it in a finally block, or delete it if it is really unused.",
  references: [
    "https://cwe.mitre.org/data/definitions/561.html",
    "https://eslint.org/docs/latest/rules/no-unreachable",
  ],
  fixable: false,
  family: "unreachable-code",
} as const;

const JUMPS = new Set(["return_statement", "throw_statement", "break_statement", "continue_statement"]);
/** Hoisted or inert: a function declaration after return is still callable; comments and empty statements do nothing. */
const IGNORED = new Set([
  "function_declaration",
  "generator_function_declaration",
  "comment",
  "empty_statement",
  "class_declaration",
  "type_alias_declaration",
  "interface_declaration",
]);

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  if (!root || !/\b(return|throw|break|continue)\b/.test(ctx.text)) return;
  const blocks = root.findAll({
    rule: {
      any: [{ kind: "statement_block" }, { kind: "switch_case" }],
      has: { any: [...JUMPS].map((kind) => ({ kind })) },
    },
  });
  for (const block of blocks) {
    let jumped: string | undefined;
    for (const statement of block.namedChildren()) {
      const kind = String(statement.kind());
      if (jumped !== undefined) {
        if (IGNORED.has(kind) || (kind === "variable_declaration" && !statement.text().includes("=")))
          continue;
        ctx.report({
          node: statement,
          message: `This statement never runs: it follows a ${jumped}. ${meta.why}`,
        });
        break;
      }
      if (JUMPS.has(kind)) jumped = kind.replace("_statement", "");
    }
  }
});
