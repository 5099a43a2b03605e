import { testRule } from "../rule-tester.js";
import rule from "./shadowed-builtin.js";

testRule(rule, {
  valid: [
    { name: "descriptive names", code: `items = [1, 2]\nuser_id = 3\nfor kind in kinds:\n    pass\n` },
    {
      name: "class attribute in a model",
      code: `class User(Model):\n    id = AutoField()\n    type = CharField()\n`,
    },
    { name: "comparison is not assignment", code: `if list == other:\n    pass\n` },
  ],
  invalid: [
    {
      name: "list and id in a function",
      code: `def load(rows):\n    list = []\n    for id in rows:\n        list.append(id)\n    return list\n`,
      lines: [2, 3],
    },
    { name: "module-level type", code: `type = "admin"\n`, lines: [1] },
  ],
});
