import { describe, expect, it } from "vitest";
import type { Fix } from "../core/fix.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { reviewed } from "../../test/fixes/findings.js";
import { proveFixes } from "./plan.js";
import { withProposedFixes, type FixProposer } from "./propose.js";
import { provideFix } from "./providers/index.js";

const CODE = "import requests\n\n\ndef rates():\n    return requests.get(URL, verify=False).json()\n";

/** A proposer that answers with the deterministic provider: real edits, reached through the port. */
function tlsFinding() {
  const { file, findings } = reviewed(CODE, "python", "r.py");
  return { file, findings: findings.filter((f) => f.ruleId === "py/tls-verification-disabled") };
}

const viaProvider: FixProposer = (finding, file) =>
  Promise.resolve(provideFix(finding.ruleId, finding.range, file));

describe("withProposedFixes", () => {
  it("fills a missing fix, always as a suggestion, and the ladder proves it", async () => {
    const { file, findings } = tlsFinding();
    const safeClaim: FixProposer = async (f, source, window) => {
      const fix = await viaProvider(f, source, window);
      return fix && { ...fix, applicability: "safe" };
    };
    const proposed = await withProposedFixes(findings, new Map([["r.py", file]]), safeClaim);
    expect(proposed.map((f) => f.fix?.applicability)).toEqual(["suggested"]);
    const plan = await proveFixes([file], proposed, { rules: BUILTIN_RULES });
    expect(plan.files[0]?.after).toBe(CODE.replace("verify=False", "verify=True"));
  });

  it("shows the proposer a window around the finding and drops edits outside it", async () => {
    const { file, findings } = tlsFinding();
    const seen: string[] = [];
    const outside: FixProposer = (_f, _file, window) => {
      seen.push(`${window.range.start.line}-${window.range.end.line}`);
      const fix: Fix = {
        description: "rewrite the import",
        applicability: "suggested",
        edits: [{ range: { start: { line: 1, column: 1 }, end: { line: 1, column: 7 } }, text: "from" }],
      };
      return Promise.resolve(fix);
    };
    const proposed = await withProposedFixes(findings, new Map([["r.py", file]]), outside, 1);
    expect(seen).toEqual(["4-6"]);
    expect(proposed.map((f) => f.fix)).toEqual([undefined]);
  });
});
