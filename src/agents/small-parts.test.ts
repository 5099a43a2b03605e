import { describe, expect, it } from "vitest";
import type { FindingDraft } from "../core/finding.js";
import { maskOutgoing, maskSecrets, redactText } from "./redact.js";
import { byRisk } from "./risk-order.js";

describe("redactText", () => {
  it("masks each secret range and keeps every line where it was", () => {
    const text = 'a = 1\ntoken = "abcdef123456"\nb = 2\n';
    const { text: masked, secrets } = redactText(text, [
      { start: { line: 2, column: 10 }, end: { line: 2, column: 22 } },
    ]);
    expect(masked).toBe('a = 1\ntoken = "«secret:1»"\nb = 2\n');
    expect(secrets).toEqual([{ value: "abcdef123456", placeholder: "«secret:1»" }]);
    expect(maskSecrets('print("abcdef123456")', secrets)).toBe('print("«secret:1»")');
  });

  it("keeps line breaks of a secret spanning lines", () => {
    const text = "k = '''AAAA\nBBBB'''\nx = 1";
    const { text: masked } = redactText(text, [
      { start: { line: 1, column: 8 }, end: { line: 2, column: 5 } },
    ]);
    expect(masked.split("\n")).toHaveLength(3);
    expect(masked).not.toContain("AAAA");
    expect(masked).not.toContain("BBBB");
  });
});

describe("byRisk", () => {
  const draft = (file: string, severity: FindingDraft["severity"]): FindingDraft => ({
    ruleId: "r",
    file,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    severity,
    category: "security",
    title: "t",
    description: "d",
    recommendation: "r",
    cwe: [],
    confidence: 1,
    source: "rules",
  });
  it("orders by most severe finding, then number of findings, then path", () => {
    const files = ["a.py", "b.py", "c.py", "d.py"].map((path) => ({ path }));
    const findings = [
      draft("c.py", "critical"),
      draft("b.py", "low"),
      draft("b.py", "low"),
      draft("d.py", "low"),
    ];
    expect(byRisk(files, findings).map((f) => f.path)).toEqual(["c.py", "b.py", "d.py", "a.py"]);
  });
});

describe("maskOutgoing", () => {
  it("masks what the parts let through, wherever else it is written, numbering after the placeholders there", () => {
    const text = 'x = "«secret:2»"\nAPI_TOKEN = "q7Wm2ZxP9kLr4TbN8vYc"\nprint("q7Wm2ZxP9kLr4TbN8vYc")\n';
    expect(maskOutgoing(text)).toBe('x = "«secret:2»"\nAPI_TOKEN = "«secret:3»"\nprint("«secret:3»")\n');
  });

  it("gives a secret written twice one placeholder, and the same text the same masking", () => {
    const token = ["gh", "p_", "Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4fGh7j"].join("");
    const text = `a = "${token}"\nb = "${token}"\n`;
    expect(maskOutgoing(text)).toBe('a = "«secret:1»"\nb = "«secret:1»"\n');
    expect(maskOutgoing(text)).toBe(maskOutgoing(text));
  });
});
