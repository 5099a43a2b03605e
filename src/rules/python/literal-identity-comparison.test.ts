import { testRule } from "../rule-tester.js";
import rule from "./literal-identity-comparison.js";

testRule(rule, {
  valid: [
    { name: "is None / is True", code: `if x is None or flag is True:\n    pass\n` },
    { name: "== with literals", code: `if status == "ok" and count != 0:\n    pass\n` },
    { name: "sentinel object", code: `_MISSING = object()\nif value is _MISSING:\n    pass\n` },
  ],
  invalid: [
    {
      name: "string and number",
      code: `def check(status, code):\n    if status is "ok":\n        return code is not 200\n`,
      lines: [2, 3],
      at: [
        { line: 2, column: 8, endLine: 2, endColumn: 22 },
        { line: 3, column: 16, endLine: 3, endColumn: 31 },
      ],
      output: 'def check(status, code):\n    if status == "ok":\n        return code != 200\n',
    },
    {
      name: "literal on the left and an empty list",
      code: `ok = 0 is n\nempty = items is []\n`,
      lines: [1, 2],
    },
  ],
});
