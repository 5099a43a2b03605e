import { testRule } from "../rule-tester.js";
import rule from "./assignment-in-condition.js";

testRule(rule, {
  valid: [
    {
      name: "comparison",
      code: `function isAdmin(user) {
  if (user.role === "admin") return true;
  return false;
}`,
    },
    {
      name: "intended assignment in double parentheses",
      code: `let match;
while ((match = pattern.exec(text)) !== null) {
  results.push(match[1]);
}`,
    },
    {
      name: "double parentheses without comparison",
      code: `let node = head;
while ((node = node.next)) visit(node);`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "if with a single equals",
      code: `function checkout(cart, user) {
  if (user.status = "blocked") {
    throw new Error("blocked");
  }
  return charge(cart);
}`,
      lines: [2],
      at: [{ line: 2, column: 7, endLine: 2, endColumn: 30 }],
      output:
        'function checkout(cart, user) {\n  if (user.status === "blocked") {\n    throw new Error("blocked");\n  }\n  return charge(cart);\n}',
    },
    {
      name: "ternary",
      code: `const label = (count = 0) ? "none" : String(count);`,
      lines: [1],
    },
  ],
});
