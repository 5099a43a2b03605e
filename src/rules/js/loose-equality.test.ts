import { testRule } from "../rule-tester.js";
import rule from "./loose-equality.js";

testRule(rule, {
  valid: [
    {
      name: "null idiom",
      code: `function orDefault(value, fallback) {
  return value == null ? fallback : value;
}`,
    },
    {
      name: "strict equality",
      code: `if (req.query.page === "1" || count !== 0) paginate();`,
    },
    {
      name: "two variables",
      code: `const same = (a: unknown, b: unknown) => a == b;`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "number literal",
      code: `function isGuest(user) {
  return user.role == 0;
}`,
      lines: [2],
      at: [{ line: 2, column: 10, endLine: 2, endColumn: 24 }],
      output: "function isGuest(user) {\n  return user.role === 0;\n}",
    },
    {
      name: "string and boolean literals",
      code: `if (input != "") {
  submit(input);
}
const enabled = flags.beta == true;`,
      lines: [1, 4],
    },
  ],
});
