import { testRule } from "../rule-tester.js";
import rule from "./self-comparison.js";

testRule(rule, {
  valid: [
    {
      name: "two different objects",
      code: `const sameOwner = (a, b) => a.ownerId === b.ownerId;`,
    },
    {
      name: "NaN idiom",
      code: `function isNotANumber(x: unknown) {
  return x !== x;
}`,
      language: "typescript",
    },
    {
      name: "calls can differ",
      code: `const flaky = Math.random() < Math.random();`,
    },
  ],
  invalid: [
    {
      name: "copy-paste in a permission check",
      code: `function canEdit(user, doc) {
  if (user.id === user.id) {
    return true;
  }
  return doc.editors.includes(user.id);
}`,
      lines: [2],
    },
    {
      name: "range check against itself",
      code: `if (end < end) throw new RangeError("empty range");`,
      lines: [1],
    },
  ],
});
