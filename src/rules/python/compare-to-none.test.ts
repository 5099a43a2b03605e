import { testRule } from "../rule-tester.js";
import rule from "./compare-to-none.js";

testRule(rule, {
  valid: [
    {
      name: "is None",
      code: `def f(x):\n    if x is None:\n        return 0\n    return 1 if x is not None else 2\n`,
    },
    {
      name: "SQLAlchemy IS NULL in filter",
      code: `rows = session.query(User).filter(User.deleted_at == None).all()\n`,
    },
    { name: "comparison to other constants", code: `if x == 0 or y != "None":\n    pass\n` },
  ],
  invalid: [
    {
      name: "== None in a condition",
      code: `def name_of(user):\n    if user.name == None:\n        return "anonymous"\n    return user.name\n`,
      lines: [2],
      at: [{ line: 2, column: 8, endLine: 2, endColumn: 25 }],
      output:
        'def name_of(user):\n    if user.name is None:\n        return "anonymous"\n    return user.name\n',
    },
    {
      name: "None on the left and !=",
      code: `ok = None != result\nassert value == None, "unset"\n`,
      lines: [1, 2],
    },
  ],
});
