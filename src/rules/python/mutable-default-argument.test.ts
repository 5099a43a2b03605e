import { testRule } from "../rule-tester.js";
import rule from "./mutable-default-argument.js";

testRule(rule, {
  valid: [
    {
      name: "None default",
      code: `def add(item, items=None):\n    if items is None:\n        items = []\n    items.append(item)\n    return items\n`,
    },
    {
      name: "immutable defaults",
      code: `def f(a=(), b=frozenset(), c="x", d=0, e=tuple()):\n    return a, b, c, d, e\n`,
    },
    { name: "keyword argument in a call is not a default", code: `result = build(items=[], options={})\n` },
  ],
  invalid: [
    {
      name: "list default",
      code: `def add(item, items=[]):\n    items.append(item)\n    return items\n`,
      lines: [1],
      at: [{ line: 1, column: 15, endLine: 1, endColumn: 23 }],
      output:
        "def add(item, items=None):\n    if items is None:\n        items = []\n    items.append(item)\n    return items\n",
    },
    {
      name: "typed dict default and dict() call, in a method",
      code: `class Cache:\n    def get(self, key: str, seen: dict = {}):\n        return seen.get(key)\n\n    def put(self, key, store=dict()):\n        store[key] = 1\n`,
      lines: [2, 5],
    },
    {
      name: "defaultdict and set literal",
      code: `from collections import defaultdict\ndef group(rows, acc=defaultdict(list), tags={"a"}):\n    return acc, tags\n`,
      lines: [2],
      output: null,
    },
  ],
});
