import { testRule } from "../rule-tester.js";
import rule from "./redos.js";

testRule(rule, {
  valid: [
    {
      name: "simple email check",
      code: `const EMAIL = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;
export const isEmail = (s) => EMAIL.test(s);`,
    },
    {
      name: "alternation repeated without inner repetition",
      code: `const HEX = /^(?:[0-9a-f]{2})+$/i;`,
    },
    {
      name: "repetitions separated by a dot the inner part cannot match",
      code: `const DOMAIN = /^([a-z0-9]+\\.)+[a-z]{2,}$/;`,
    },
    {
      name: "escaped parentheses",
      code: `const CALL = /\\(a+\\)+/;`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "words with optional spaces, repeated",
      code: `const FULL_NAME = /^(\\w+\\s?)*$/;
app.post("/profile", (req, res) => {
  res.json({ ok: FULL_NAME.test(req.body.name) });
});`,
      lines: [1],
    },
    {
      name: "star of star",
      code: `function stripSpaces(s: string) {
  return s.replace(/^(\\s*)*$/, "");
}`,
      lines: [2],
      language: "typescript",
    },
    {
      name: "RegExp constructor with a constant pattern",
      code: `const CSV_LINE = new RegExp("^(.*,){2,}end$");`,
      lines: [1],
    },
  ],
});
