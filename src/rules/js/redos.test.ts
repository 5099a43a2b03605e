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
    {
      name: "RegExp built from a safe constant in a template",
      code: `const TAG = "[a-z]+(-[a-z]+)?";
export const isTag = (s) => new RegExp(\`^\${TAG}$\`).test(s);`,
    },
    {
      name: "RegExp template with a run-time part is not judged as a constant",
      code: `const SEP = "(\\\\s+)";
export const splitter = (unit) => new RegExp(SEP + unit + "*");`,
    },
  ],
  invalid: [
    {
      name: "a class field holding the pattern, run by a method through this",
      code: `export class SlugValidator {
  private readonly re = /^(\\w+-?)+$/;

  isSlug(value: string): boolean {
    return this.re.test(value);
  }
}`,
      language: "typescript",
      lines: [5],
    },
    {
      name: "a JavaScript class field, run by String.prototype.match",
      code: `class Tags {
  pattern = /^(\\w+\\s?)*$/;
  parse(s) {
    return s.match(this.pattern);
  }
}`,
      lines: [4],
    },
    {
      name: "words with optional spaces, repeated",
      code: `const FULL_NAME = /^(\\w+\\s?)*$/;
app.post("/profile", (req, res) => {
  res.json({ ok: FULL_NAME.test(req.body.name) });
});`,
      // Reported where the pattern runs on the text; the message names line 1, where it is defined.
      lines: [3],
    },
    {
      name: "a constant pattern run by a string method, twice",
      code: `const TAGS = /^(\\w+\\s?)*$/;
export const tagged = (s) => s.match(TAGS) !== null;
export const cleaned = (s) => s.replace(TAGS, "");`,
      lines: [2, 3],
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
    {
      name: "RegExp built in a template from a nested-quantifier constant",
      code: `const SEGMENTS = "([a-z0-9]+-?)*";
export const isSlug = (s) => new RegExp(\`^\${SEGMENTS}[a-z0-9]$\`).test(s);`,
      lines: [2],
    },
    {
      name: "RegExp concatenated from constants",
      code: `const LABEL = "(\\\\w+\\\\.?)+";
const HOST = new RegExp("^" + LABEL + "$");`,
      lines: [2],
    },
  ],
});
