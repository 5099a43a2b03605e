import { testRule } from "../rule-tester.js";
import rule from "./unreachable-code.js";

testRule(rule, {
  valid: [
    { name: "return at the end", code: `def f(x):\n    if x:\n        return 1\n    return 2\n` },
    {
      name: "code after an if that returns",
      code: `for x in xs:\n    if x:\n        continue\n    print(x)\n`,
    },
  ],
  invalid: [
    {
      name: "statement after return",
      code: `def total(items):\n    return sum(items)\n    print("done")\n`,
      lines: [3],
    },
    {
      name: "after raise and break",
      code: `def g(xs):\n    for x in xs:\n        if x < 0:\n            raise ValueError(x)\n            log(x)\n        break\n        x += 1\n`,
      lines: [5, 7],
    },
  ],
});
