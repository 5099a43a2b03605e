import { describe, expect, it } from "vitest";
import { LineIndex } from "../../core/location.js";
import { redactQuotedSecret } from "./redact-secret.js";

const text = 'db = connect(\n    password="Zq8#kLm2pX")\nother = "Zq8#kLm2pX"\n';
const lines = new LineIndex(text);
const flagged = { start: { line: 1, column: 6 }, end: { line: 2, column: 27 } };

describe("redactQuotedSecret", () => {
  const cases = [
    {
      name: "finds the quoted value on the flagged lines only",
      message: "Possible hardcoded password: 'Zq8#kLm2pX'",
      expected: {
        message: "Possible hardcoded password (value redacted)",
        redact: [{ start: { line: 2, column: 15 }, end: { line: 2, column: 25 } }],
      },
    },
    {
      name: "redacts the whole flagged lines when the value is not there as written",
      message: "Possible hardcoded password: 'Zq8\\x23kLm2pX'",
      expected: {
        message: "Possible hardcoded password (value redacted)",
        redact: [{ start: { line: 1, column: 1 }, end: { line: 2, column: 27 } }],
      },
    },
    {
      name: "keeps a message without a quoted value, and still redacts the lines",
      message: "Hard-coded credential",
      expected: {
        message: "Hard-coded credential",
        redact: [{ start: { line: 1, column: 1 }, end: { line: 2, column: 27 } }],
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(redactQuotedSecret(c.message, lines, flagged)).toEqual(c.expected);
    });
  }
});
