import { testRule } from "../rule-tester.js";
import rule from "./for-in-array.js";

testRule(rule, {
  valid: [
    {
      name: "for...of over an array",
      code: `const tags = ["a", "b"];
for (const tag of tags) console.log(tag);`,
    },
    {
      name: "for...in over an object",
      code: `const limits = { free: 10, pro: 100 };
for (const plan in limits) {
  console.log(plan, limits[plan]);
}`,
    },
  ],
  invalid: [
    {
      name: "array literal",
      code: `const steps = ["build", "test", "deploy"];
for (const i in steps) {
  console.log("step " + (i + 1) + ": " + steps[i]);
}`,
      lines: [2],
    },
    {
      name: "typed parameter",
      code: `function sum(values: number[]) {
  let total = 0;
  for (const k in values) total += values[k];
  return total;
}`,
      lines: [3],
      language: "typescript",
    },
  ],
});
