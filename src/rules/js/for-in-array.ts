import { JS_FAMILY } from "../../core/language.js";
import { defineRule } from "../define-rule.js";
import { enclosingFunction } from "./dataflow/async.js";
import { codeRoot, nodesOfKind } from "./dataflow/shared-nodes.js";
import { NOT_AFTER_NAME, namePattern } from "../shared/name-pattern.js";

const meta = {
  id: "js/for-in-array",
  languages: JS_FAMILY,
  category: "logic",
  severity: "low",
  confidence: 0.75,
  cwe: ["CWE-710"],
  title: "for...in over an array",
  description:
    "A for...in loop iterates over a value that is an array (declared with [...], new Array, Array.from, or indexed by the loop key with .length checks).",
  why: "for...in yields string keys, skips nothing inherited (a polyfill or a polluted prototype adds extra keys) and does not promise index order: key + 1 becomes '01', and extra properties run the body with undefined values.",
  howToFix:
    "Use for (const item of array), array.forEach, or a counted for loop when the index is needed (for (const [i, item] of array.entries())).",
  references: [
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/for...in#array_iteration_and_for...in",
  ],
  fixable: false,
  family: "for-in-array",
} as const;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  const { text } = ctx;
  if (!root || !/for\s*\([^()]*\bin\b/.test(text)) return;
  const loops = nodesOfKind(ctx, "for_in_statement");
  for (const loop of loops) {
    const head = loop.text().slice(0, 200);
    if (!/^for\s*\((const|let|var)?\s*[\w$]+\s+in\b/.test(head)) continue;
    const right = loop.field("right");
    if (right?.kind() !== "identifier" && right?.kind() !== "array") continue;
    const name = right.text();
    const isArrayLiteral = right.kind() === "array";
    // Look for the declaration in the enclosing function only: common names (items, values) recur across a file.
    const scopeText = enclosingFunction(loop)?.text() ?? text;
    const escaped = namePattern(name);
    const declaredAsArray = new RegExp(
      `\\b(?:const|let|var)\\s+${escaped}\\s*(:\\s*[\\w$<>\\[\\]]+\\[\\]\\s*)?=\\s*(\\[|new Array\\b|Array\\.(from|of)\\b|[\\w$.]+\\.(map|filter|slice|split|concat)\\()`,
    ).test(scopeText);
    const typedAsArray = new RegExp(
      `${NOT_AFTER_NAME}${escaped}\\s*:\\s*(readonly\\s+)?([\\w$<>]+\\[\\]|Array<)`,
    ).test(scopeText);
    if (!isArrayLiteral && !declaredAsArray && !typedAsArray) continue;
    ctx.report({ node: loop, message: `for...in iterates over the keys of the array ${name}. ${meta.why}` });
  }
});
