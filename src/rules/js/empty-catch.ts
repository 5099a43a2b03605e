import { JS_FAMILY } from "../../core/language.js";
import { defineRule } from "../define-rule.js";
import { codeRoot, nodesOfKind } from "./dataflow/shared-nodes.js";

const meta = {
  id: "js/empty-catch",
  languages: JS_FAMILY,
  category: "pattern",
  severity: "low",
  confidence: 0.8,
  cwe: ["CWE-1069", "CWE-390"],
  title: "Empty catch block swallows errors",
  description: "A catch block (or a .catch() callback) does nothing and has no comment explaining why.",
  why: "Failures disappear without a trace: the program continues in a half-done state and nobody learns why data is missing or a request silently did nothing.",
  howToFix:
    "Handle the error, log it with context, or rethrow it; if ignoring it is really correct, say why in a comment inside the block.",
  references: [
    "https://cwe.mitre.org/data/definitions/1069.html",
    "https://eslint.org/docs/latest/rules/no-empty",
  ],
  fixable: false,
  family: "empty-catch",
} as const;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  if (!root || !/catch/.test(ctx.text)) return;
  for (const clause of nodesOfKind(ctx, "catch_clause")) {
    const body = clause.field("body");
    if (!body || body.namedChildren().length > 0) continue;
    ctx.report({ node: clause, message: `This catch block ignores the error. ${meta.why}` });
  }
  // `.catch(() => {})`, `.catch(function () {})`, `.catch((e) => {})`
  if (
    !/\.catch\(\s*(?:async\s*)?(?:\([^()]*\)|[\w$]+|function\s*\([^()]*\))\s*(?:=>\s*)?\{\s*\}/.test(ctx.text)
  )
    return;
  const handlers = root.findAll({
    rule: {
      kind: "call_expression",
      has: { field: "function", kind: "member_expression", has: { field: "property", regex: "^catch$" } },
    },
  });
  for (const call of handlers) {
    const callback = call.field("arguments")?.namedChildren()[0];
    const body = callback?.field("body");
    if (!callback || !body || !/^(arrow_function|function_expression)$/.test(String(callback.kind())))
      continue;
    if (body.kind() === "statement_block" && body.namedChildren().length === 0) {
      ctx.report({ node: call, message: `This .catch() callback ignores the error. ${meta.why}` });
    }
  }
});
