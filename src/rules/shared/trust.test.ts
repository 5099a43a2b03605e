import { describe, expect, it } from "vitest";
import type { OperatorFlows, StoredFlows } from "../../core/rule-meta.js";
import type { Severity } from "../../core/severity.js";
import { decideFlow, strongest, strongestOf, TRUST_LEVELS, type TrustLevel } from "./trust.js";

/** The default policy of docs/trust-levels.md, level by level. */
const DECISIONS: readonly {
  /** Undefined: no known source reaches the sink (unknown origin). */
  level: TrustLevel | undefined;
  rule: Severity;
  operatorFlows?: OperatorFlows;
  storedFlows?: StoredFlows;
  expected: { severity: Severity; hardening: boolean } | undefined;
}[] = [
  { level: "remote", rule: "critical", expected: { severity: "critical", hardening: false } },
  {
    level: "remote",
    rule: "high",
    operatorFlows: "ignore",
    expected: { severity: "high", hardening: false },
  },
  { level: "stored", rule: "critical", expected: { severity: "critical", hardening: false } },
  { level: "stored", rule: "medium", expected: { severity: "medium", hardening: false } },
  { level: "stored", rule: "medium", storedFlows: "ignore", expected: undefined },
  {
    level: "remote",
    rule: "medium",
    storedFlows: "ignore",
    expected: { severity: "medium", hardening: false },
  },
  { level: "operator", rule: "critical", expected: { severity: "low", hardening: true } },
  { level: "operator", rule: "high", operatorFlows: "note", expected: { severity: "low", hardening: true } },
  { level: "operator", rule: "info", expected: { severity: "info", hardening: true } },
  { level: "operator", rule: "critical", operatorFlows: "ignore", expected: undefined },
  { level: "constant", rule: "critical", expected: undefined },
  { level: "constant", rule: "low", operatorFlows: "note", expected: undefined },
  { level: undefined, rule: "critical", expected: { severity: "medium", hardening: false } },
  { level: undefined, rule: "high", expected: { severity: "medium", hardening: false } },
  { level: undefined, rule: "medium", expected: { severity: "medium", hardening: false } },
  { level: undefined, rule: "low", operatorFlows: "ignore", expected: { severity: "low", hardening: false } },
];

describe("trust decision", () => {
  it.each(DECISIONS)(
    "$level data in a $rule rule (operator $operatorFlows, stored $storedFlows)",
    ({ level, rule, operatorFlows, storedFlows, expected }) => {
      const policy = {
        ...(operatorFlows === undefined ? {} : { operatorFlows }),
        ...(storedFlows === undefined ? {} : { storedFlows }),
      };
      expect(decideFlow(level, rule, policy)).toEqual(expected);
    },
  );

  it("never lets an operator-only flow reach high or critical, whatever the rule", () => {
    const severities: Severity[] = ["critical", "high", "medium", "low", "info"];
    for (const rule of severities) {
      const decision = decideFlow("operator", rule);
      expect(["low", "info"]).toContain(decision?.severity);
    }
  });

  it("lets only remote and stored data reach high or critical", () => {
    const severities: Severity[] = ["critical", "high", "medium", "low", "info"];
    for (const level of [...TRUST_LEVELS, undefined]) {
      const decision = decideFlow(level, "critical");
      const severe = decision?.severity === "critical" || decision?.severity === "high";
      expect(severe, String(level)).toBe(level === "remote" || level === "stored");
    }
    for (const rule of severities) expect(decideFlow(undefined, rule)?.severity).not.toMatch(/critical|high/);
  });

  it("keeps the least trusted level when values meet", () => {
    expect(strongest("operator", "remote")).toBe("remote");
    expect(strongest("stored", "operator")).toBe("stored");
    expect(strongest("constant", "operator")).toBe("operator");
    expect(strongestOf(["operator", "stored", "constant"])).toBe("stored");
    expect(strongestOf([])).toBe("constant");
    for (const a of TRUST_LEVELS) for (const b of TRUST_LEVELS) expect(strongest(a, b)).toBe(strongest(b, a));
  });
});
