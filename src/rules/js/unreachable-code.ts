import { JS_FAMILY } from "../../core/language.js";
import { defineRule } from "../define-rule.js";
import { codeRoot, nodesOfKind } from "./dataflow/shared-nodes.js";

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

const JUMPS = ["return_statement", "throw_statement", "break_statement", "continue_statement"] as const;
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
  // The shared walk keeps only jumps followed by something in their block.
  const jumps = JUMPS.flatMap((kind) => nodesOfKind(ctx, kind));
  for (const jump of jumps) {
    // The first real statement after the jump among its siblings, if any.
    for (let next = jump.next(); next; next = next.next()) {
      const kind = String(next.kind());
      if (!next.isNamed() || IGNORED.has(kind)) continue;
      if (kind === "variable_declaration" && !next.text().includes("=")) continue;
      if (/(_statement|_declaration)$/.test(kind)) {
        ctx.report({
          node: next,
          message: `This statement never runs: it follows a ${String(jump.kind()).replace("_statement", "")}. ${meta.why}`,
        });
      }
      break;
    }
  }
});
