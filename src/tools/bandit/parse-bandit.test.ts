import { describe, expect, it } from "vitest";
import { parseBanditJson } from "./parse-bandit.js";

// Bandit 1.7.5+ writes columns (0-based UTF-8 bytes) and a CWE per issue; 1.6 does not.
const texts = new Map([["app/u.py", 'def f(s):\n    label = "é"; return eval(s)\n']]);
const report = (result: Record<string, unknown>) =>
  JSON.stringify({
    errors: [],
    results: [{ filename: "./app/u.py", issue_text: "msg", line_number: 2, ...result }],
  });

describe("parseBanditJson", () => {
  const cases = [
    {
      name: "byte columns become UTF-16 columns",
      result: { test_id: "B307", col_offset: 25, end_col_offset: 32, line_range: [2] },
      expected: {
        ruleId: "bandit/B307",
        range: { start: { line: 2, column: 25 }, end: { line: 2, column: 32 } },
        cwe: ["CWE-95"],
        severity: "high",
      },
    },
    {
      name: "an unknown test keeps bandit's severity and CWE",
      result: { test_id: "B999", test_name: "new_check", issue_severity: "LOW", issue_cwe: { id: 89 } },
      expected: {
        ruleId: "bandit/B999",
        range: { start: { line: 2, column: 5 }, end: { line: 2, column: 32 } },
        cwe: ["CWE-89"],
        severity: "low",
        family: "sql-injection",
        title: "New check",
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const parsed = parseBanditJson(report(c.result), "/repo", texts);
      expect(parsed.findings).toHaveLength(1);
      expect(parsed.findings[0]).toMatchObject({ file: "app/u.py", ...c.expected });
      expect([...parsed.rules.keys()]).toEqual([c.expected.ruleId]);
    });
  }

  it("keeps a hard-coded password out of the message and redacts it in the file (bandit 1.7 wording)", () => {
    const source = new Map([["app/u.py", 'def f(s):\n    token = "Zq8#kLm2pX"\n']]);
    const json = JSON.stringify({
      errors: [],
      results: [
        {
          filename: "app/u.py",
          test_id: "B105",
          issue_text: "Possible hardcoded password: 'Zq8#kLm2pX'",
          line_number: 2,
          col_offset: 12,
          end_col_offset: 24,
        },
      ],
    });
    const parsed = parseBanditJson(json, "/repo", source);
    expect(parsed.findings[0]?.redact).toEqual([
      { start: { line: 2, column: 14 }, end: { line: 2, column: 24 } },
    ]);
    expect(JSON.stringify(parsed.findings)).not.toContain("Zq8#kLm2pX");
    expect(JSON.stringify([...parsed.rules.values()])).not.toContain("Zq8#kLm2pX");
    expect(parsed.findings[0]?.description.startsWith("Possible hardcoded password (value redacted)")).toBe(
      true,
    );
  });

  const bad = [
    ["", "bandit produced no output"],
    ["[main] INFO profile include tests: None", "bandit produced output that is not JSON"],
    ['{"results": "nope"}', "bandit output is not in the expected format"],
  ] as const;
  for (const [text, message] of bad) {
    it(`rejects ${JSON.stringify(text.slice(0, 20))}`, () => {
      expect(() => parseBanditJson(text, "/repo", texts)).toThrow(message);
    });
  }

  it("drops results for files it was not asked about", () => {
    expect(
      parseBanditJson(report({ test_id: "B307", filename: "other.py" }), "/repo", texts).findings,
    ).toEqual([]);
  });
});
