import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { assignedTo, moduleValue } from "./dataflow/bindings.js";
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
/** Django's RegexValidator runs its pattern on every value the form or model field receives. */
const VALIDATORS = callSpec({
  hint: /RegexValidator/,
  functions: ["django.core.validators.RegexValidator", "RegexValidator"],
});
/** Methods of a compiled pattern that run it on a string. */
const MATCHERS = new Set(FUNCTIONS.filter((f) => f !== "compile"));

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
    for (const call of findCalls(ctx, VALIDATORS)) {
      const literal = stringValue(call.kwargs.get("regex") ?? call.args[0]);
      const group = literal === undefined ? undefined : nestedQuantifier(literal);
      if (group !== undefined)
        ctx.report({
          node: call.node,
          message: `The validator's pattern repeats ${group}, a group that already repeats inside, and it runs on every value the field receives. ${WHY}`,
        });
    }
    if (calls.length === 0) return;
    const flow = flowOf(ctx);
    const sources = mayHaveSources(ctx.text);
    for (const call of calls) {
      const pattern = call.args[0] ?? call.kwargs.get("pattern");
      if (pattern === undefined) continue;
      const literal = stringValue(pattern) ?? constantPattern(pattern);
      if (literal !== undefined) {
        const group = nestedQuantifier(literal);
        if (group === undefined) continue;
        // A compiled pattern is reported where it is run on a string, the pattern's line as evidence.
        const uses = call.callee === "re.compile" ? matchesWith(ctx.root, call.node) : [];
        const where = pattern.range().start.line + 1;
        for (const use of uses)
          ctx.report({
            node: use,
            message: `This runs the pattern of line ${where}, which repeats ${group}, a group that already repeats inside. ${WHY}`,
          });
        if (uses.length === 0)
          ctx.report({
            node: pattern.kind() === "identifier" ? call.node : pattern,
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

/** The name a call's value is assigned to, and the function it is local to (undefined at module or `self.` level). */
function holderOf(call: SgNode): { name: string; scope: SgNode | undefined } | undefined {
  const name = assignedTo(call);
  if (name === undefined) return undefined;
  const fn = call.ancestors().find((a) => a.kind() === "function_definition");
  return { name, scope: name.includes(".") ? undefined : fn };
}

/** `NAME.match(s)` / `re.search(NAME, s)` for the compiled pattern `compile` is assigned to. */
function matchesWith(root: SgNode | undefined, compile: SgNode): SgNode[] {
  const holder = holderOf(compile);
  if (root === undefined || holder === undefined) return [];
  const within = holder.scope ?? root;
  return within.findAll({ rule: { kind: "call" } }).filter((call) => {
    const callee = call.field("function");
    if (callee?.kind() !== "attribute") return false;
    const method = callee.field("attribute")?.text() ?? "";
    if (!MATCHERS.has(method)) return false;
    const object = callee.field("object")?.text();
    if (object === holder.name) return true;
    const first = call
      .field("arguments")
      ?.children()
      .find((c) => c.isNamed() && c.kind() !== "comment");
    return object === "re" && first?.text() === holder.name;
  });
}

/** A pattern named by a constant: `EMAIL_PATTERN = r"..."` assigned once at the top of the module. */
function constantPattern(node: SgNode): string | undefined {
  return node.kind() === "identifier" ? stringValue(moduleValue(node)) : undefined;
}

/** The text of a plain (non-f) string literal, raw or not, with simple escapes left as the regex sees them. */
function stringValue(node: SgNode | undefined): string | undefined {
  if (node === undefined) return undefined;
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
