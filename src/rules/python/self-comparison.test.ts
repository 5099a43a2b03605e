import { testRule } from "../rule-tester.js";
import rule from "./self-comparison.js";

testRule(rule, {
  valid: [
    { name: "NaN idiom", code: `def is_nan(x):\n    return x != x\n` },
    { name: "different operands", code: `if a.b == a.c or x <= y:\n    pass\n` },
  ],
  invalid: [
    {
      name: "typo in a condition",
      code: `def same_owner(doc, user):\n    if doc.owner == doc.owner:\n        return True\n    return False\n`,
      lines: [2],
      cwe: "CWE-570",
    },
    { name: "always false less-than", code: `while count < count:\n    count += 1\n`, lines: [1] },
  ],
});
