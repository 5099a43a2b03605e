import { testRule } from "../rule-tester.js";
import rule from "./invalid-typeof.js";

testRule(rule, {
  valid: [
    {
      name: "correct spellings",
      code: `function describe(x) {
  if (typeof x === "string") return "text";
  if (typeof x === "function") return "callable";
  return typeof x === "undefined" ? "missing" : "other";
}`,
    },
    {
      name: "compared with a variable",
      code: `const matches = (value: unknown, kind: string) => typeof value === kind;`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "typo",
      code: `export function normalise(input) {
  if (typeof input === "strng") {
    return input.trim();
  }
  return String(input);
}`,
      lines: [2],
    },
    {
      name: "array is not a typeof result",
      code: `if ("array" !== typeof items) items = [items];`,
      lines: [1],
    },
  ],
});
