import type { SgNode } from "@ast-grep/napi";
import { JS_FAMILY } from "../../core/language.js";
import { defineRule } from "../define-rule.js";
import { isFunctionKind } from "./dataflow/ast.js";
import { codeRoot, nodesOfKind } from "./dataflow/shared-nodes.js";
import { NOT_AFTER_NAME, NOT_BEFORE_NAME, namePattern } from "../shared/name-pattern.js";

const meta = {
  id: "js/await-in-loop",
  languages: JS_FAMILY,
  category: "performance",
  severity: "low",
  confidence: 0.6,
  cwe: ["CWE-1050"],
  title: "Independent awaits run one after another in a loop",
  description:
    "A for...of loop awaits a call for each element, the iterations do not depend on each other (no break, return or value carried to the next iteration), so the requests run strictly in sequence.",
  why: "N network or database round trips are paid one after another: a loop over 100 items at 50 ms each takes 5 s instead of about 50 ms when run together.",
  howToFix:
    "Start the calls together and wait once: await Promise.all(items.map((item) => fetchItem(item))) (bound the concurrency with a small pool if the list is large). Keep the loop when order or rate limiting matters.",
  references: [
    "https://eslint.org/docs/latest/rules/no-await-in-loop",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise/all",
  ],
  fixable: false,
  family: "await-in-loop",
} as const;

/** The loop's own awaits (not those inside nested callbacks). */
function ownAwaits(body: SgNode): SgNode[] {
  return body.findAll({ rule: { kind: "await_expression" } }).filter((a) => {
    for (const ancestor of a.ancestors()) {
      if (ancestor.id() === body.id()) return true;
      if (isFunctionKind(String(ancestor.kind()))) return false;
    }
    return false;
  });
}

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  if (!root || !/for\s*\([^()]*\bof\b/.test(ctx.text) || !ctx.text.includes("await")) return;
  const loops = nodesOfKind(ctx, "for_in_statement");
  for (const loop of loops) {
    if (!/^for\s*\([\w${}[\],\s]+\sof\b/.test(loop.text().slice(0, 200))) continue;
    const body = loop.field("body");
    const variable = loop.field("left")?.text() ?? "";
    if (!body) continue;
    const bodyText = body.text();
    // Sequencing is deliberate when iterations stop early, wait on purpose or carry state forward.
    if (
      /\b(break|return|continue|yield)\b|sleep|delay|setTimeout|retry|rateLimit|throttle|\+=|\+\+|--|\.push\(/.test(
        bodyText,
      )
    )
      continue;
    const awaits = ownAwaits(body);
    const first = awaits[0];
    if (!first) continue;
    if (
      !new RegExp(`${NOT_AFTER_NAME}${namePattern(variable.replace(/[^\w$]/g, ""))}${NOT_BEFORE_NAME}`).test(
        first.text(),
      )
    )
      continue;
    ctx.report({
      node: first,
      message: `Each iteration waits for the previous one although they look independent. ${meta.why}`,
    });
  }
});
