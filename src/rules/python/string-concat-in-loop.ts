import type { SgNode } from "@ast-grep/napi";
import { defineRule } from "../define-rule.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";
import { namePattern } from "../shared/name-pattern.js";

/** Text pre-check: a name set to a string literal and later grown with +=. */
function growsStringVariable(text: string): boolean {
  if (!text.includes("+=")) return false;
  for (const m of text.matchAll(
    /^[ \t]*(\w+)[ \t]*(?::[ \t]*str[ \t]*)?=[ \t]*[rbuRBU]?(?:"[^"\n]*"|'[^'\n]*')[ \t]*$/gm,
  )) {
    if (m[1] !== undefined && text.includes(`${m[1]} +=`)) return true;
  }
  return false;
}

const QUERY = nodeQuery(["augmented_assignment"], "^\\w+\\s*\\+=", growsStringVariable);

export default defineRule(
  {
    id: "py/string-concat-in-loop",
    languages: ["python"],
    category: "performance",
    severity: "low",
    confidence: 0.7,
    cwe: ["CWE-1050"],
    title: "String built with += in a loop",
    description: "A string variable that starts as a literal grows with += inside a for or while loop.",
    why: "Strings are immutable, so each += may copy everything built so far: the loop becomes quadratic in the output size and slows down sharply on large inputs.",
    howToFix:
      'Collect the pieces in a list and join once after the loop ("".join(parts)), or write to an io.StringIO.',
    references: [
      "https://docs.python.org/3/faq/programming.html#what-is-the-most-efficient-way-to-concatenate-many-strings-together",
    ],
    fixable: false,
    family: "string-concat-in-loop",
  },
  (ctx) => {
    const seen = new Set<string>();
    // Counters (`total += x`) share the loop with the string: judge each name once per scope.
    const startsAsString = new Map<string, boolean>();
    for (const node of candidates(ctx, QUERY)) {
      if (node.kind() !== "augmented_assignment") continue;
      const name = /^(\w+)\s*\+=/.exec(node.text())?.[1];
      if (name === undefined) continue;
      const scope = enclosingLoopScope(node);
      if (scope === undefined) continue;
      const cacheKey = `${scope.id()}:${name}`;
      let isString = startsAsString.get(cacheKey);
      if (isString === undefined) {
        // Only a variable that starts life as a string literal in the same function is known to be a str.
        isString = new RegExp(
          `(?<![^\\n])[ \\t]*${namePattern(name)}\\s*(?::\\s*str\\s*)?=\\s*[rbuRBU]?(?:""|''|"[^"\\n]*"|'[^'\\n]*')\\s*(?:#[^\\n]*)?(?:\\n|$)`,
        ).test(scope.text());
        startsAsString.set(cacheKey, isString);
      }
      if (!isString) continue;
      const key = `${name}:${String(node.range().start.line)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({
        node,
        message: `'${name}' is a string grown with += inside a loop; each step can copy the whole string.`,
      });
    }
  },
);

/** The function (or module) around a += that sits in a loop of that function; undefined when not in a loop. */
function enclosingLoopScope(node: SgNode): SgNode | undefined {
  let inLoop = false;
  let current: SgNode | null = node.parent();
  while (current !== null) {
    const kind = current.kind();
    if (kind === "for_statement" || kind === "while_statement") inLoop = true;
    if (kind === "function_definition" || kind === "module") break;
    current = current.parent();
  }
  return inLoop && current !== null ? current : undefined;
}
