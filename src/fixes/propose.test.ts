import { describe, expect, it } from "vitest";
import { isCancelled } from "../core/errors.js";
import type { Fix } from "../core/fix.js";
import { BUILTIN_RULES } from "../rules/registry.js";
import { reviewed } from "../../test/fixes/findings.js";
import { proveFixes } from "./plan.js";
import { withProposedFixes, type FixProposer } from "./propose.js";

const CODE = "import requests\n\n\ndef rates():\n    return requests.get(URL, verify=False).json()\n";

/** The rule's finding without its fix, and a proposer that answers with the rule's own fix step: real edits, reached through the port. */
function tlsFinding() {
  const { file, findings } = reviewed(CODE, "python", "r.py");
  const tls = findings.filter((f) => f.ruleId === "py/tls-verification-disabled");
  return { file, findings: tls.map(({ fix: _fix, ...rest }) => rest), fixes: tls.map((f) => f.fix) };
}

const viaProvider: FixProposer = (finding) => {
  const fix = tlsFinding().fixes[0];
  return Promise.resolve(
    fix && finding.ruleId === "py/tls-verification-disabled" ? { fix } : { refused: "no fix" },
  );
};

describe("withProposedFixes", () => {
  it("fills a missing fix, always as a suggestion, and the ladder proves it", async () => {
    const { file, findings } = tlsFinding();
    const safeClaim: FixProposer = async (f, source, window) => {
      const answer = await viaProvider(f, source, window);
      return "fix" in answer ? { fix: { ...answer.fix, applicability: "safe" } } : answer;
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
      return Promise.resolve({ fix });
    };
    const proposed = await withProposedFixes(findings, new Map([["r.py", file]]), outside, {
      contextLines: 1,
      wholeFileLines: 0,
    });
    expect(seen).toEqual(["4-6"]);
    expect(proposed.map((f) => f.fix)).toEqual([undefined]);
    expect(proposed[0]?.fixValidation?.reasons).toEqual([
      "model proposal refused: edits outside the lines shown",
    ]);
  });

  it("shows a short file whole, asks only for eligible findings, most severe first, up to the limit", async () => {
    const code =
      "import hashlib\nimport requests\n\n\ndef f(u):\n    hashlib.md5(u)\n    return requests.get(u, verify=False)\n";
    const { file, findings } = reviewed(code, "python", "r.py");
    const asked: string[] = [];
    const windows: string[] = [];
    const record: FixProposer = (f, _file, window) => {
      asked.push(f.ruleId);
      windows.push(`${window.range.start.line}-${window.range.end.line}`);
      return Promise.resolve({ refused: "declined" });
    };
    const unfixed = findings.map(({ fix: _fix, ...rest }) => rest);
    const out = await withProposedFixes(unfixed, new Map([["r.py", file]]), record, {
      eligible: (f) => f.ruleId !== "py/ssrf",
      limit: 1,
    });
    expect(asked).toEqual(["py/tls-verification-disabled"]);
    expect(windows).toEqual([`1-${file.lines}`]);
    expect(out.map((f) => f.ruleId)).toEqual(findings.map((f) => f.ruleId));
    expect(out.find((f) => f.ruleId === "py/weak-hash")?.fixValidation).toBeUndefined();
  });

  it("asks nothing more once cancelled, and rejects with CG_CANCELLED", async () => {
    const code =
      "import hashlib\nimport requests\n\n\ndef f(u):\n    hashlib.md5(u)\n    return requests.get(u, verify=False)\n";
    const { file, findings } = reviewed(code, "python", "r.py");
    const unfixed = findings.map(({ fix: _fix, ...rest }) => rest);
    expect(unfixed.length).toBeGreaterThan(1);
    const controller = new AbortController();
    const asked: string[] = [];
    const cancelling: FixProposer = (f) => {
      asked.push(f.ruleId);
      controller.abort();
      return Promise.resolve({ refused: "cancelled" });
    };
    const outcome = await withProposedFixes(unfixed, new Map([["r.py", file]]), cancelling, {
      signal: controller.signal,
    }).catch((error: unknown) => error);
    expect(isCancelled(outcome)).toBe(true);
    expect(asked).toHaveLength(1);
  });
});
