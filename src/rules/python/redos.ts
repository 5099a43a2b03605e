import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { nestedQuantifier } from "./dataflow/regex-shape.js";
import { mayHaveSources } from "./dataflow/sources.js";
import { callSpec, findCalls, flowOf, argTaint, reportFlow, verdictFor } from "./dataflow/sinks.js";

const WHY =
  "Python's re engine backtracks: a pattern with a repeated group that itself repeats takes exponential time on a crafted string, and a pattern supplied by the user can be made to do so, so one request can hold a worker for minutes.";

const FUNCTIONS = ["compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split"];
/** A file can only match if it has a group repeated after its closing parenthesis, or untrusted input. */
const CALLS = callSpec({
  hint: (text) => /\bre\b/.test(text) && (/\)[*+]|\)\{\d*,\}/.test(text) || mayHaveSources(text)),
  functions: FUNCTIONS.map((f) => `re.${f}`),
});

export default defineRule(
  {
    id: "py/redos",
    languages: ["python"],
    category: "security",
    severity: "medium",
    confidence: 0.7,
    cwe: ["CWE-1333", "CWE-400"],
    owasp: "A05:2021-Security Misconfiguration",
    title: "Regular expression open to catastrophic backtracking",
    description:
      "A regular expression has a nested unbounded quantifier such as (a+)+ or (.*)*, or the pattern itself comes from untrusted input.",
    why: WHY,
    howToFix:
      "Rewrite the pattern so no repeated group contains another unbounded repeat (for example (a+)+ becomes a+), bound the input length before matching, and escape user text with re.escape before putting it into a pattern.",
    references: [
      "https://cwe.mitre.org/data/definitions/1333.html",
      "https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS",
    ],
    fixable: false,
    family: "redos",
    // Operator-only flows (docs/trust-levels.md): a pattern the operator supplies is a search they run on their own machine.
    operatorFlows: "ignore",
  },
  (ctx) => {
    const calls = findCalls(ctx, CALLS);
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    const sources = mayHaveSources(ctx.text);
    for (const call of calls) {
      const pattern = call.args[0] ?? call.kwargs.get("pattern");
      if (pattern === undefined) continue;
      const literal = stringValue(pattern);
      if (literal !== undefined) {
        const group = nestedQuantifier(literal);
        if (group !== undefined)
          ctx.report({
            node: pattern,
            message: `The pattern repeats ${group}, a group that already repeats inside. ${WHY}`,
          });
        continue;
      }
      if (!sources) continue;
      const verdict = verdictFor(flow, argTaint(flow, call.node, 0, "pattern"), "regex", {
        built: 0.35,
        direct: 0.3,
      });
      if (verdict?.fromSource === true)
        reportFlow(ctx, call.node, verdict, `${call.callee}() compiles a pattern from`, WHY, {
          extraCwe: ["CWE-730"],
        });
    }
  },
);

/** The text of a plain (non-f) string literal, raw or not, with simple escapes left as the regex sees them. */
function stringValue(node: SgNode): string | undefined {
  const kind = node.kind();
  if (kind === "concatenated_string") {
    const parts = node.children().map(stringValue);
    return parts.every((p) => p !== undefined) ? parts.join("") : undefined;
  }
  if (kind !== "string") return undefined;
  const parts = node.children();
  if (parts.some((p) => p.kind() === "interpolation")) return undefined;
  const raw = /^[a-zA-Z]*[rR]/.test(parts[0]?.text() ?? "");
  const text = parts
    .filter((p) => p.kind() === "string_content" || p.kind() === "escape_sequence")
    .map((p) => p.text())
    .join("");
  return raw ? text : text.replace(/\\\\/g, "\\");
}
