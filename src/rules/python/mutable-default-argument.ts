import { defineRule } from "../define-rule.js";
import { pyMutableDefault } from "../fix/python.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";

const MUTABLE_KINDS = new Set([
  "list",
  "dictionary",
  "set",
  "list_comprehension",
  "dictionary_comprehension",
  "set_comprehension",
]);
const MUTABLE_CALLS =
  /^(?:list|dict|set|bytearray|collections\.defaultdict|defaultdict|collections\.OrderedDict|OrderedDict|collections\.deque|deque)\s*\(/;

const QUERY = nodeQuery(
  ["default_parameter", "typed_default_parameter"],
  "=\\s*(?:\\[|\\{|[\\w.]*(?:list|dict|set|defaultdict|OrderedDict|deque|bytearray)\\s*\\()",
  /\bdef\s+\w+\s*\((?:[^()]|\([^()]*\))*?=\s*(?:\[|\{|[\w.]*(?:list|dict|set|defaultdict|OrderedDict|deque|bytearray)\s*\()/,
);

export default defineRule(
  {
    id: "py/mutable-default-argument",
    languages: ["python"],
    category: "logic",
    severity: "medium",
    confidence: 0.8,
    cwe: ["CWE-1188"],
    title: "Mutable default argument",
    description: "A parameter's default value is a list, dict, set or other mutable object.",
    why: "The default is built once, when the def runs, and shared by every call: an append or update in one call is still there in the next, which leaks data between callers and causes order-dependent bugs.",
    howToFix:
      "Default to None and create the object inside the function: `def f(items=None):` then `if items is None: items = []`.",
    references: ["https://docs.python.org/3/reference/compound_stmts.html#function-definitions"],
    fixable: true,
    family: "mutable-default-argument",
  },
  (ctx) => {
    for (const param of candidates(ctx, QUERY)) {
      const value = param.field("value");
      if (value === null) continue;
      const mutable =
        MUTABLE_KINDS.has(String(value.kind())) ||
        (value.kind() === "call" && MUTABLE_CALLS.test(value.text()));
      if (!mutable) continue;
      const name = param.field("name")?.text() ?? param.children()[0]?.text() ?? "";
      ctx.report({
        node: param,
        message: `Parameter '${name}' defaults to ${value.text().length > 40 ? "a mutable object" : value.text()}, which is created once and shared by every call.`,
      });
    }
  },
  pyMutableDefault,
);
