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
      name: "escaped parentheses",
      code: `const CALL = /\\(a+\\)+/;`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "nested plus in a validator",
      code: `const DOMAIN = /^([a-z0-9]+\\.)+[a-z]{2,}$/;
app.post("/domain", (req, res) => {
  res.json({ ok: DOMAIN.test(req.body.domain) });
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
