import { createHash } from "node:crypto";
import type { SgNode } from "@ast-grep/napi";
import { describe, expect, it } from "vitest";
import type { SourceFile } from "../../src/core/source-file.js";
import { parseSource } from "../../src/rules/parse.js";
import { BUILTIN_RULES } from "../../src/rules/registry.js";
import { runRulesOnFile } from "../../src/rules/run-rules.js";
import { compiledPattern, TOKEN_PATTERNS } from "../../src/rules/text/lib/secret-patterns.js";
import {
  concatJs,
  largeJs,
  largePython,
  longCommentPython,
  longLine,
  nestedJs,
  PLANTED_TOKEN,
} from "../../bench/lib/hostile-inputs.js";
import { EXTERNAL_TOOLS_OFF, operatorHome, reviewReport } from "./hostile-support.js";

/**
 * Inputs built to make the built-in rules' work grow faster than the input
 * (docs/security-notes/linear-work.md): each must still be analysed and its
 * planted finding reported, as the same input without the trick is.
 */

// The operator's file, since a repository's (or --config's) could not raise the limits: limits raised
// so the large inputs are analysed, external tools off (they are not what is tested).
const home = operatorHome("cg-linear-", [
  "limits:",
  "  max_file_bytes: 20000000",
  "  max_line_length: 1048576",
  ...EXTERNAL_TOOLS_OFF,
]);

interface Reviewed {
  readonly code: number;
  readonly completeness: string;
  readonly analysed: number;
  readonly findings: { ruleId: string; file: string; severity: string }[];
  readonly notices: { message: string; file?: string; incomplete?: true }[];
}

async function review(files: Record<string, string>): Promise<Reviewed> {
  const result = await reviewReport(home.tree(files));
  const report = result.report as Omit<Reviewed, "code" | "analysed"> & { files: { analysed: number } };
  return { code: result.code, analysed: report.files.analysed, ...report };
}

function has(r: Reviewed, ruleId: string, file: string, severity = "critical"): boolean {
  return r.findings.some((f) => f.ruleId === ruleId && f.file === file && f.severity === severity);
}

describe("long + chains (1.15)", () => {
  for (const terms of [4000, 20_000]) {
    it(`1.15: a ${terms}-term + chain into cp.exec is reported as the critical command injection (exit 1)`, async () => {
      const control = await review({ "chain.js": concatJs(3) });
      expect(control.code).toBe(1);
      expect(has(control, "js/command-injection", "chain.js")).toBe(true);

      const chained = await review({ "chain.js": concatJs(terms) });
      expect(chained.notices.map((n) => n.message)).not.toContainEqual(expect.stringContaining("failed"));
      expect(chained.completeness).toBe("complete");
      expect(has(chained, "js/command-injection", "chain.js")).toBe(true);
      expect(chained.code).toBe(1);
    });
  }
});

describe("a rule that fails on a file (1.14, B8)", () => {
  const nestedArray = (depth: number): string =>
    `eval(\n${"[\n".repeat(depth)}location.hash\n${"]\n".repeat(depth)});\n`;

  it("1.14: a rule overflowing on 20,000 nested [ makes the review incomplete (exit 4), not passed", async () => {
    const control = await review({ "deep.js": nestedArray(3) });
    expect(control.completeness).toBe("complete");
    expect(control.code).toBe(1);

    const deep = await review({ "deep.js": nestedArray(20_000) });
    const failed = deep.notices.filter((n) => n.message.startsWith("rule js/code-injection failed"));
    expect(failed).toEqual([expect.objectContaining({ file: "deep.js", incomplete: true })]);
    expect(deep.completeness).toBe("incomplete");
    expect(deep.code).toBe(4);
  });
});

/** Counts calls of a method of every syntax node, calling through to the real method. */
function countCalls(
  sample: SgNode,
  method: "findAll" | "parent",
): { calls: () => number; restore: () => void } {
  const proto = Object.getPrototypeOf(sample) as Record<string, (...args: unknown[]) => unknown>;
  const original = proto[method]!;
  let calls = 0;
  proto[method] = function (this: unknown, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  return { calls: () => calls, restore: () => void (proto[method] = original) };
}

function sourceFile(path: string, text: string): SourceFile {
  return {
    path,
    absolutePath: `/repo/${path}`,
    language: "javascript",
    text,
    bytes: Buffer.byteLength(text),
    lines: text.split("\n").length,
    hash: createHash("sha256").update(text).digest("hex"),
  };
}

describe("deep nesting (1.16)", () => {
  it("1.16: js/code-injection searches the tree as often for 3,000 nested functions as for 30", () => {
    const rule = BUILTIN_RULES.filter((r) => r.meta.id === "js/code-injection");
    const sample = parseSource("javascript", "x").root;
    // Each search or parent look-up costs at most the tree's size (a parent look-up walks down from
    // the root): a number of them that does not grow with the depth keeps the work linear in it.
    const work = (depth: number): { searches: number; parents: number; found: number } => {
      const searches = countCalls(sample, "findAll");
      const parents = countCalls(sample, "parent");
      try {
        const { drafts } = runRulesOnFile(sourceFile("nest.js", nestedJs(depth)), rule);
        return { searches: searches.calls(), parents: parents.calls(), found: drafts.length };
      } finally {
        searches.restore();
        parents.restore();
      }
    };
    const shallow = work(30);
    const deep = work(3000);
    expect(shallow.found).toBe(1);
    expect(deep.found).toBe(1);
    expect(deep.searches).toBe(shallow.searches);
    expect(deep.parents).toBe(shallow.parents);
  });

  it("1.16: 3,000 nested functions around eval(location.hash) are reviewed with the finding (exit 1)", async () => {
    const control = await review({ "nest.js": nestedJs(3) });
    expect(has(control, "js/code-injection", "nest.js")).toBe(true);
    const deep = await review({ "nest.js": nestedJs(3000) });
    expect(deep.completeness).toBe("complete");
    expect(has(deep, "js/code-injection", "nest.js")).toBe(true);
    expect(deep.code).toBe(1);
  });
});

describe("long boolean conditions", () => {
  /** A redirect to a request value behind `terms` checks of other values joined with `and`. */
  const guarded = (terms: number): string =>
    [
      "from flask import request, redirect",
      "",
      "def go():",
      '    nxt = request.args["next"]',
      `    if ${Array.from({ length: terms }, (_, i) => `a${i}.startswith("/")`).join(" and ")}:`,
      "        return redirect(nxt)",
      '    return "no"',
      "",
    ].join("\n");

  it("py/open-redirect reads 4,000 and-ed checks no more often per check than 40, and still reports", () => {
    const rule = BUILTIN_RULES.filter((r) => r.meta.id === "py/open-redirect");
    const sample = parseSource("python", "x").root;
    // Characters of node text the rule read: each level of the chain read the whole condition
    // again (and once more per name in it) before, a square of its length.
    const work = (terms: number): { chars: number; found: number; notices: number } => {
      const proto = Object.getPrototypeOf(sample) as { text: (this: SgNode) => string };
      const original = proto.text;
      let chars = 0;
      proto.text = function (this: SgNode) {
        const text = original.call(this);
        chars += text.length;
        return text;
      };
      try {
        const text = guarded(terms);
        const { drafts, notices } = runRulesOnFile(
          { ...sourceFile("go.py", text), language: "python" },
          rule,
        );
        return { chars, found: drafts.length, notices: notices.length };
      } finally {
        proto.text = original;
      }
    };
    const short = work(40);
    const long = work(4000);
    expect([short.found, long.found]).toEqual([1, 1]);
    expect(long.notices).toBe(0);
    // A hundred times the checks: about a hundred times the text, never the ten thousand times a square gives.
    expect(long.chars / short.chars).toBeLessThan(300);
  });
});

describe("long lines (1.18)", () => {
  it("1.18: every token pattern is an RE2 pattern, matched in time linear in the text", () => {
    // RE2 refuses back-references and look-around, the constructs that need backtracking.
    for (const pattern of TOKEN_PATTERNS) expect(() => compiledPattern(pattern)).not.toThrow();
    expect(TOKEN_PATTERNS.length).toBeGreaterThan(15);
  });

  it("1.18: a token at the end of a 1 MB line of eyJ- is found, as on a short line", async () => {
    const control = await review({ "app.env": longLine(100) });
    expect(control.findings.filter((f) => f.ruleId === "text/known-token")).toHaveLength(1);
    const long = await review({ "app.env": longLine(1_000_000) });
    expect(long.completeness).toBe("complete");
    expect(long.analysed).toBe(1);
    expect(long.findings.filter((f) => f.ruleId === "text/known-token")).toHaveLength(1);
    expect(PLANTED_TOKEN.startsWith("ghp_")).toBe(true);
  });

  it("a 1 MB comment line of '# ' in a swallowed except is reviewed with its finding, as a short one is", async () => {
    // The comment pattern of py/swallowed-exception split such a line at every # (20 took 45 s).
    const control = await review({ "app.py": longCommentPython(100) });
    expect(has(control, "py/swallowed-exception", "app.py", "medium")).toBe(true);
    const long = await review({ "app.py": longCommentPython(1_000_000) });
    expect(long.completeness).toBe("complete");
    expect(long.analysed).toBe(1);
    expect(has(long, "py/swallowed-exception", "app.py", "medium")).toBe(true);
  });
});

describe("large ordinary files (1.13, scaled down)", () => {
  it("1.13: a 1 MB file of short JS functions and one of Python are analysed with their planted findings", async () => {
    const control = await review({ "big.js": largeJs(2_000), "big.py": largePython(2_000) });
    expect(has(control, "js/code-injection", "big.js")).toBe(true);
    const large = await review({ "big.js": largeJs(1_000_000), "big.py": largePython(1_000_000) });
    expect(large.completeness).toBe("complete");
    expect(large.analysed).toBe(2);
    expect(has(large, "js/code-injection", "big.js")).toBe(true);
    expect(has(large, "py/code-injection", "big.py")).toBe(has(control, "py/code-injection", "big.py"));
  });
});
