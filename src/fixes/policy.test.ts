import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_RULES } from "../rules/registry.js";
import { FIX_POLICIES, policyFor } from "./policy.js";

const DOCS = join(import.meta.dirname, "../../docs/rules");

/** Every rule a fix can come from: each fixable rule's own fix step. */
const fixable = BUILTIN_RULES.filter((r) => r.meta.fixable)
  .map((r) => r.meta.id)
  .sort();

describe("fix policies: one per fixable rule, written in the rule's docs", () => {
  it.each(fixable)("%s has a fix policy", (id) => {
    expect(FIX_POLICIES.has(id)).toBe(true);
  });

  it.each([...FIX_POLICIES.keys()])("%s: a built-in rule, whose docs carry the policy line", (id) => {
    expect(BUILTIN_RULES.some((r) => r.meta.id === id)).toBe(true);
    const doc = readFileSync(join(DOCS, `${id.replace("/", "-")}.md`), "utf8");
    const lines = doc.split("\n").filter((l) => l.startsWith("**Fix policy:**"));
    expect(lines).toEqual([`**Fix policy:** ${FIX_POLICIES.get(id)!.statement}`]);
  });

  it("a finding of no built-in rule answers to its weakness's policy", () => {
    expect(policyFor(["agent/security"], ["CWE-89"])?.ruleId).toBe("sql-injection");
    expect(policyFor(["agent/security"], ["CWE-1333"])).toBeUndefined();
    expect(policyFor(["py/weak-hash"], ["CWE-89"])?.ruleId).toBe("py/weak-hash");
  });
});
