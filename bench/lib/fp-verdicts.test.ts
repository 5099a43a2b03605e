import { describe, expect, it } from "vitest";
import { parseVerdicts } from "./fp-verdicts.js";

const FP = "dcbe61c015ec472ba2be16131ed95600";
const entry = {
  verdict: "false",
  reason: "the path comes from the operator",
  project: "flask",
  rule: "py/x",
  file: "config.py",
  line: 3,
};

describe("parseVerdicts", () => {
  it("reads a verdict keyed by fingerprint", () => {
    const parsed = parseVerdicts(JSON.stringify({ [FP]: entry }));
    expect(parsed.problems).toEqual([]);
    expect(parsed.verdicts.get(FP)).toEqual(entry);
  });

  it("reads an empty file as no verdicts", () => {
    expect(parseVerdicts("{}")).toEqual({ verdicts: new Map(), problems: [] });
  });

  it.each([
    ["not JSON", "{", /^not JSON/],
    ["an array", "[]", /expected an object keyed by fingerprint/],
    ["a key that is not a fingerprint", JSON.stringify({ "django/x.py:3": entry }), /not a fingerprint/],
    [
      "an unknown verdict",
      JSON.stringify({ [FP]: { ...entry, verdict: "maybe" } }),
      new RegExp(`${FP}: verdict`),
    ],
    ["an empty reason", JSON.stringify({ [FP]: { ...entry, reason: "  " } }), /reason: a one-line reason/],
    ["a reason of two lines", JSON.stringify({ [FP]: { ...entry, reason: "a\nb" } }), /reason: one line/],
    ["a line that is not a positive integer", JSON.stringify({ [FP]: { ...entry, line: 0 } }), /line/],
    ["an unknown field", JSON.stringify({ [FP]: { ...entry, note: "x" } }), /note|Unrecognized/],
  ])("names the problem with %s and keeps the entry out", (_, text, problem) => {
    const parsed = parseVerdicts(text);
    expect(parsed.verdicts.size).toBe(0);
    expect(parsed.problems.join("\n")).toMatch(problem);
  });
});
