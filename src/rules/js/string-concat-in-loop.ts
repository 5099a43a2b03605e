import { JS_FAMILY } from "../../core/language.js";
import { defineRule } from "../define-rule.js";
import { codeRoot } from "./dataflow/shared-nodes.js";

const meta = {
  id: "js/string-concat-in-loop",
  languages: JS_FAMILY,
  category: "performance",
  severity: "info",
  confidence: 0.55,
  cwe: ["CWE-1046"],
  title: "String built with += inside a loop",
  description:
    "A string declared before a loop grows with += on every iteration of a loop over a collection.",
  why: "Each += can copy the text built so far; for large outputs (CSV exports, HTML reports) the work grows quadratically and the intermediate ropes use a lot of memory.",
  howToFix:
    "Collect the parts in an array and join once (parts.push(x); ... parts.join('')), or use map(...).join('').",
  references: ["https://cwe.mitre.org/data/definitions/1046.html"],
  fixable: false,
  family: "string-concat-in-loop",
} as const;

export default defineRule(meta, (ctx) => {
  const root = codeRoot(ctx);
  if (!root || !ctx.text.includes("+=")) return;
  // Only strings: variables declared with a string literal and later grown with +=.
  const names = new Set<string>();
  for (const m of ctx.text.matchAll(/\b(?:let|var)\s+([\w$]+)\s*(?::\s*string\s*)?=\s*["'`]/g)) {
    if (m[1] && ctx.text.includes(`${m[1]} +=`)) names.add(m[1]);
  }
  if (names.size === 0) return;
  const pattern = [...names].map((n) => n.replace(/\$/g, "\\$")).join("|");
  const appends = root.findAll({
    rule: {
      kind: "augmented_assignment_expression",
      has: { field: "left", kind: "identifier", regex: `^(${pattern})$` },
      regex: "^[\\w$]+\\s*\\+=",
      inside: {
        any: [{ kind: "for_in_statement" }, { kind: "for_statement" }, { kind: "while_statement" }],
        stopBy: {
          any: [
            { kind: "function_declaration" },
            { kind: "arrow_function" },
            { kind: "function_expression" },
            { kind: "method_definition" },
          ],
        },
      },
    },
  });
  const reported = new Set<string>();
  for (const append of appends) {
    const name = append.field("left")?.text() ?? "";
    if (reported.has(name)) continue;
    reported.add(name);
    ctx.report({ node: append, message: `${name} grows with += on every iteration. ${meta.why}` });
  }
});
