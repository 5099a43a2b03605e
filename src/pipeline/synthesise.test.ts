import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../core/config.js";
import type { FindingDraft } from "../core/finding.js";
import { REDACTION_MASK } from "../core/redaction.js";
import { qualityScore, SCORE_VERSION } from "../core/score.js";
import { summarise, synthesise } from "./synthesise.js";

const text = [
  "import os",
  "def run(cmd):",
  "    os.system(cmd)",
  "    key = 'AKIAABCDEFGHIJKLMNOP'",
  "    os.system(cmd)",
].join("\n");

function draft(overrides: Partial<FindingDraft>): FindingDraft {
  return {
    ruleId: "py/command-injection",
    file: "app.py",
    range: { start: { line: 3, column: 5 }, end: { line: 3, column: 19 } },
    severity: "high",
    category: "security",
    title: "Command injection",
    description: "what and why",
    recommendation: "how",
    cwe: ["CWE-78"],
    confidence: 0.9,
    source: "rules",
    family: "command-injection",
    ...overrides,
  };
}

function run(drafts: FindingDraft[], config = DEFAULT_CONFIG) {
  return synthesise({
    drafts,
    texts: new Map([["app.py", text]]),
    identities: new Map([["app.py", "app.py"]]),
    redactions: new Map(),
    config,
  });
}

describe("synthesise", () => {
  it("a secret flagged by the language's credential rule and by text/known-token is one finding the language rule leads", () => {
    const secret = { start: { line: 4, column: 12 }, end: { line: 4, column: 32 } };
    const common = {
      range: { start: { line: 4, column: 5 }, end: { line: 4, column: 33 } },
      cwe: ["CWE-798"],
      family: "hardcoded-credentials",
    };
    const findings = run([
      draft({
        ...common,
        ruleId: "text/known-token",
        severity: "critical",
        title: "Credential committed in a file",
        redact: [secret],
      }),
      draft({
        ...common,
        ruleId: "py/hardcoded-credentials",
        title: "Hard-coded credential",
        redact: [secret],
      }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "py/hardcoded-credentials",
      relatedRules: ["text/known-token"],
    });
  });

  it("masks overlapping secret ranges on a line as one span", () => {
    const [finding] = synthesise({
      drafts: [draft({ range: { start: { line: 4, column: 5 }, end: { line: 4, column: 33 } } })],
      texts: new Map([["app.py", text]]),
      identities: new Map([["app.py", "app.py"]]),
      redactions: new Map([
        [
          "app.py",
          [
            { start: { line: 4, column: 16 }, end: { line: 4, column: 24 } },
            { start: { line: 4, column: 12 }, end: { line: 4, column: 32 } },
          ],
        ],
      ]),
      config: DEFAULT_CONFIG,
    });
    expect(finding?.snippet).toBe(`    key = '${REDACTION_MASK}'`);
  });

  it("merges a built-in rule and a tool on the same place and CWE; the rule leads", () => {
    const findings = run([
      draft({
        ruleId: "bandit/B605",
        source: "bandit",
        severity: "critical",
        title: "bandit says",
        family: undefined,
      }),
      draft({}),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "py/command-injection",
      severity: "high",
      title: "Command injection",
      sources: ["rules", "bandit"],
      relatedRules: ["bandit/B605"],
      snippet: "    os.system(cmd)",
    });
  });

  it("keeps the strongest severity when only tools agree", () => {
    const findings = run([
      draft({ ruleId: "bandit/B605", source: "bandit", severity: "medium" }),
      draft({ ruleId: "semgrep/os-system", source: "semgrep", severity: "critical" }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe("critical");
    expect(findings[0]?.sources).toEqual(["semgrep", "bandit"]);
  });

  it("does not merge different issues on the same line, or the same issue on other lines", () => {
    const findings = run([
      draft({}),
      draft({ ruleId: "py/other", cwe: ["CWE-20"], family: "other" }),
      draft({ range: { start: { line: 5, column: 5 }, end: { line: 5, column: 19 } } }),
    ]);
    expect(findings).toHaveLength(3);
  });

  it("gives identical snippets distinct fingerprints by occurrence, without line numbers", () => {
    const findings = run([
      draft({}),
      draft({ range: { start: { line: 5, column: 5 }, end: { line: 5, column: 19 } } }),
    ]);
    const [a, b] = findings;
    expect(a?.snippet).toBe(b?.snippet);
    expect(a?.fingerprint).not.toBe(b?.fingerprint);
  });

  it("applies rule overrides and the confidence threshold", () => {
    const config = {
      ...DEFAULT_CONFIG,
      rules: {
        "py/command-injection": { enabled: true, severity: "low" as const },
        "py/off": { enabled: false },
      },
    };
    const findings = run(
      [
        draft({}),
        draft({ ruleId: "py/off", cwe: ["CWE-1"], family: "x" }),
        draft({ ruleId: "py/weak", cwe: ["CWE-2"], family: "y", confidence: 0.2 }),
      ],
      config,
    );
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["py/command-injection", "low"]]);
  });

  it("sorts critical first, then confidence, file and line", () => {
    const findings = run([
      draft({ ruleId: "a", cwe: ["CWE-1"], family: "a", severity: "low" }),
      draft({ ruleId: "b", cwe: ["CWE-2"], family: "b", severity: "critical", confidence: 0.6 }),
      draft({ ruleId: "c", cwe: ["CWE-3"], family: "c", severity: "critical", confidence: 0.9 }),
    ]);
    expect(findings.map((f) => f.ruleId)).toEqual(["c", "b", "a"]);
  });

  it("masks secrets in every snippet on their line", () => {
    const secret = { start: { line: 4, column: 12 }, end: { line: 4, column: 32 } };
    const findings = synthesise({
      drafts: [
        draft({
          ruleId: "py/hardcoded-credentials",
          cwe: ["CWE-798"],
          family: "secret",
          range: secret,
          redact: [secret],
        }),
        draft({ ruleId: "py/other", cwe: ["CWE-9"], family: "o", range: secret }),
      ],
      texts: new Map([["app.py", text]]),
      identities: new Map(),
      redactions: new Map([["app.py", [secret]]]),
      config: DEFAULT_CONFIG,
    });
    for (const f of findings) {
      expect(f.snippet).toBe(`    key = '${REDACTION_MASK}'`);
      expect(f.snippet).not.toContain("AKIA");
    }
  });

  it("summarises counts and the score", () => {
    const findings = run([draft({})]);
    const summary = summarise(findings, { lines: 4_000, productionLines: 1_000 });
    expect(summary.total).toBe(1);
    expect(summary.bySeverity.high).toBe(1);
    expect(summary.byCategory.security).toBe(1);
    // Scored over the production lines, not all of them.
    expect(summary.score).toBe(qualityScore(findings, 1_000));
    expect(summary.score).toBeLessThan(qualityScore(findings, 4_000));
    expect(summary.scoreVersion).toBe(SCORE_VERSION);
  });

  it("scores over all lines when production was not told apart, and leaves test findings out", () => {
    const findings = run([draft({})]);
    expect(summarise(findings, { lines: 4_000 }).score).toBe(qualityScore(findings, 4_000));
    const moved = findings.map((f) => ({ ...f, nonProduction: { kind: "test", reason: "tests/" } }));
    const summary = summarise(moved, { lines: 4_000 });
    expect(summary.score).toBe(100);
    expect(summary.bySeverity.high).toBe(1);
  });
});
