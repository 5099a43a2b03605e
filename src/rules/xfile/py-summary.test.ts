import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BUILTIN_RULES } from "../registry.js";
import { runRulesOnFile } from "../run-rules.js";
import type { FileSummary } from "./summary.js";

function summaryOf(text: string): FileSummary {
  const result = runRulesOnFile(
    {
      path: "helpers.py",
      absolutePath: "/repo/helpers.py",
      language: "python",
      text,
      bytes: Buffer.byteLength(text),
      lines: text.split("\n").length,
      hash: createHash("sha256").update(text).digest("hex"),
    },
    BUILTIN_RULES,
  );
  if (result.summary === undefined) throw new Error("no summary");
  return result.summary;
}

function returnsOf(summary: FileSummary, name: string): FileSummary["functions"][number]["returns"] {
  const index = summary.exports[name];
  if (index === undefined) throw new Error(`${name} is not exported`);
  return summary.functions[index]?.returns;
}

/** A same-file helper longer than the per-file walk budget (3,000 characters). */
const LARGE_HELPER = `def _grow(value):
${Array.from({ length: 120 }, (_, i) => `    value = value + "${String(i).padStart(3, "0")}"`).join("\n")}
    return value
`;

describe("Python summaries: which defs are walked for their returns", () => {
  it("walks a short helper that returns a parameter, never a dunder method", () => {
    const summary = summaryOf(`class Name:
    def __eq__(self, other):
        return self.value == other

    def strip(self, text):
        return text.strip()
`);
    expect(summary.exports["Name.__eq__"]).toBeDefined();
    expect(returnsOf(summary, "Name.__eq__")).toBeUndefined();
    expect(returnsOf(summary, "Name.strip")).toEqual([{ kind: "param", index: 0, sanitised: [] }]);
  });

  it("counts the same-file helpers a walk went through against the file's budget", () => {
    const summary = summaryOf(`def pad(text):
    return _grow(text)

def trim(text):
    return text.strip()

${LARGE_HELPER}`);
    expect(returnsOf(summary, "pad")).toEqual([{ kind: "param", index: 0, sanitised: [] }]);
    // pad's walk went through _grow, past the budget: trim is left to its callers' own reading.
    expect(returnsOf(summary, "trim")).toBeUndefined();
  });

  it("walks the next short helper while the budget lasts", () => {
    const summary = summaryOf(`def pad(text):
    return text + " "

def trim(text):
    return text.strip()
`);
    expect(returnsOf(summary, "pad")).toEqual([{ kind: "param", index: 0, sanitised: [] }]);
    expect(returnsOf(summary, "trim")).toEqual([{ kind: "param", index: 0, sanitised: [] }]);
  });
});
