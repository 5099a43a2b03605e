import { testRule } from "../rule-tester.js";
import rule from "./assert-on-tuple.js";

testRule(rule, {
  valid: [
    { name: "assert with a message", code: `assert x > 0, "x must be positive"\n` },
    { name: "parenthesised condition", code: `assert (x > 0 and y > 0), "both positive"\n` },
  ],
  invalid: [
    {
      name: "tuple with message",
      code: `def withdraw(balance, amount):\n    assert (amount <= balance, "insufficient funds")\n    return balance - amount\n`,
      lines: [2],
    },
  ],
});
