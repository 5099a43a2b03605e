import { testRule } from "../rule-tester.js";
import rule from "./len-comparison.js";

testRule(rule, {
  valid: [
    { name: "truth test", code: `if not items:\n    pass\nif len(items) > 3:\n    pass\n` },
    { name: "length compared to a variable", code: `ok = len(a) == n\n` },
  ],
  invalid: [
    {
      name: "== 0 and > 0",
      code: `def show(items, users):\n    if len(items) == 0:\n        return "empty"\n    return len(users) > 0\n`,
      lines: [2, 4],
      at: [
        { line: 2, column: 8, endLine: 2, endColumn: 23 },
        { line: 4, column: 12, endLine: 4, endColumn: 26 },
      ],
      output: 'def show(items, users):\n    if not items:\n        return "empty"\n    return bool(users)\n',
    },
  ],
});
