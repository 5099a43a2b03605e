import { defineRule } from "../define-rule.js";
import type { SgNode } from "@ast-grep/napi";
import { candidates, nodeQuery } from "./dataflow/hub.js";

/** Builtins whose shadowing breaks later code in the same scope most often. */
const BUILTINS = [
  "list",
  "dict",
  "set",
  "str",
  "int",
  "float",
  "bool",
  "tuple",
  "bytes",
  "type",
  "id",
  "len",
  "max",
  "min",
  "sum",
  "map",
  "filter",
  "input",
  "open",
  "object",
  "range",
  "sorted",
  "any",
  "all",
  "iter",
  "next",
  "format",
  "hash",
  "vars",
  "dir",
  "zip",
  "print",
  "abs",
];
const NAMES = BUILTINS.join("|");
const QUERY = nodeQuery(
  ["assignment", "for_statement"],
  `^(?:(?:async\\s+)?for\\s+)?(?:${NAMES})\\s*(?:(?::[^=]+)?=[^=]|\\s+in\\b)`,
  new RegExp(
    `^[ \\t]*(?:(?:async[ \\t]+)?for[ \\t]+(?:${NAMES})[ \\t]+in\\b|(?:${NAMES})[ \\t]*(?::[^=\\n\\r\\u2028\\u2029]+)?=[^=])`,
    "m",
  ),
);
const ASSIGN_RE = new RegExp(`^(${NAMES})\\s*(?::[^=]+)?=[^=]`);
const FOR_RE = new RegExp(`^(?:async\\s+)?for\\s+(${NAMES})\\s+in\\b`);

export default defineRule(
  {
    id: "py/shadowed-builtin",
    languages: ["python"],
    category: "pattern",
    severity: "low",
    confidence: 0.8,
    cwe: ["CWE-710"],
    title: "Variable shadows a builtin",
    description: "A variable or loop variable is named like a builtin (list, dict, id, type, input, max...).",
    why: "Until the name goes out of scope the builtin is unreachable there: a later list(...) or type(x) calls the variable instead and fails with a confusing TypeError.",
    howToFix: "Rename the variable to say what it holds (items, user_id, kind).",
    references: ["https://docs.python.org/3/library/functions.html"],
    fixable: false,
    family: "shadowed-builtin",
  },
  (ctx) => {
    for (const node of candidates(ctx, QUERY)) {
      const kind = node.kind();
      const m =
        kind === "assignment"
          ? ASSIGN_RE.exec(node.text())
          : kind === "for_statement"
            ? FOR_RE.exec(node.text())
            : null;
      if (!m || inClassBody(node)) continue;
      ctx.report({
        node: kind === "for_statement" ? (node.children().find((c) => c.text() === m[1]) ?? node) : node,
        message: `'${m[1] ?? ""}' hides the builtin ${m[1] ?? ""}() for the rest of this scope.`,
      });
    }
  },
);

/** `id = AutoField()` in a class body defines an attribute; it hides nothing in methods. */
function inClassBody(node: SgNode): boolean {
  const statement = node.kind() === "assignment" ? node.parent() : node;
  return statement?.parent()?.parent()?.kind() === "class_definition";
}
