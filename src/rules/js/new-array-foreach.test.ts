import { testRule } from "../rule-tester.js";
import rule from "./new-array-foreach.js";

testRule(rule, {
  valid: [
    {
      name: "Array.from with a length",
      code: `const slots = Array.from({ length: 24 }, (_, hour) => ({ hour, booked: false }));`,
    },
    {
      name: "filled first",
      code: `const grid = new Array(size).fill(0).map(() => new Array(size).fill(0));`,
      language: "typescript",
    },
    {
      name: "array of two values",
      code: `new Array("a", "b").forEach((x) => console.log(x));`,
    },
  ],
  invalid: [
    {
      name: "map over holes",
      code: `function emptyBoard(n) {
  return new Array(n).map(() => ".".repeat(n));
}`,
      lines: [2],
    },
    {
      name: "forEach on Array(n)",
      code: `const pages = Math.ceil(total / perPage);
Array(pages).forEach((_, i) => links.push(\`/page/\${i + 1}\`));`,
      lines: [2],
    },
  ],
});
