import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Analyser } from "../core/analyser.js";
import { DEFAULT_CONFIG, type ResolvedConfig } from "../core/config.js";
import type { FindingDraft } from "../core/finding.js";
import type { Review } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
import type { Dismissal } from "../core/team.js";
import { runReview, type ScopeResult } from "./run-review.js";

function file(path: string, text: string): SourceFile {
  return {
    path,
    absolutePath: `/repo/${path}`,
    language: "python",
    text,
    bytes: text.length,
    lines: text.split("\n").length,
    hash: createHash("sha256").update(text).digest("hex"),
  };
}

/**
 * A line-matching analyser: reports `eval(` wherever it appears. Small, real
 * and deterministic, so the pipeline's own behaviour is what is under test.
 */
const evalFinder: Analyser = {
  id: "rules",
  kind: "builtin",
  availability: () => Promise.resolve(null),
  analyse: ({ files }) => {
    const findings: FindingDraft[] = [];
    for (const f of files) {
      f.text.split("\n").forEach((line, i) => {
        const column = line.indexOf("eval(");
        if (column < 0) return;
        findings.push({
          ruleId: "py/eval-injection",
          file: f.path,
          range: {
            start: { line: i + 1, column: column + 1 },
            end: { line: i + 1, column: line.length + 1 },
          },
          severity: "high",
          category: "security",
          title: "eval",
          description: "d",
          recommendation: "r",
          cwe: ["CWE-95"],
          confidence: 0.9,
          source: "rules",
        });
      });
    }
    return Promise.resolve({
      findings,
      notices: [],
      filesAnalysed: files.length,
      analysedPaths: files.map((f) => f.path),
      rules: [
        {
          id: "py/eval-injection",
          analyser: "rules",
          languages: ["python"],
          category: "security",
          severity: "high",
          confidence: 0.9,
          cwe: ["CWE-95"],
          title: "eval",
          description: "d",
          why: "w",
          howToFix: "h",
          references: [],
          fixable: false,
        },
      ],
    });
  },
};

const crashing: Analyser = {
  id: "bandit",
  kind: "external",
  availability: () => Promise.resolve(null),
  analyse: () => Promise.reject(new Error("exit code 2: Traceback ...")),
};

const hanging: Analyser = {
  id: "semgrep",
  kind: "external",
  availability: () => Promise.resolve(null),
  analyse: ({ signal }) =>
    new Promise((_resolve, reject) => signal.addEventListener("abort", () => reject(new Error("aborted")))),
};

const missing: Analyser = {
  id: "pylint",
  kind: "external",
  availability: () => Promise.resolve("pylint is not installed"),
  analyse: () => Promise.reject(new Error("must not run")),
};

let ids = 0;
async function review(
  scope: ScopeResult,
  analysers: readonly Analyser[],
  previous?: Review,
  config: ResolvedConfig = DEFAULT_CONFIG,
  dismissals?: ReadonlyMap<string, Dismissal>,
): Promise<Review> {
  return runReview(
    {
      target: { kind: "path", input: ".", root: "/repo" },
      config,
      requestedBy: { kind: "cli" },
      ...(previous ? { previous } : {}),
      ...(dismissals ? { dismissals } : {}),
    },
    {
      scope: () => Promise.resolve(scope),
      analysers,
      progress: () => undefined,
      now: () => new Date("2026-11-27T00:00:00Z"),
      elapsed: () => performance.now(),
      newId: () => `review-${++ids}`,
      version: "test",
    },
  );
}

describe("runReview", () => {
  const scope: ScopeResult = {
    files: [file("a.py", "x = eval(data)\n"), file("b.py", "print('ok')\n")],
    skipped: [{ path: "logo.png", reason: "binary" }],
  };

  it("runs analysers, synthesises, counts skips and scores", async () => {
    const r = await review(scope, [evalFinder]);
    expect(r.completeness).toBe("complete");
    expect(r.findings.map((f) => [f.file, f.range.start.line])).toEqual([["a.py", 1]]);
    expect(r.skippedCounts).toEqual({ binary: 1 });
    expect(r.summary.bySeverity.high).toBe(1);
    expect(r.files.analysed).toBe(2);
  });

  it("turns a crash and a timeout into visible incomplete entries, keeping other results", async () => {
    const config = {
      ...DEFAULT_CONFIG,
      analysers: {
        ...DEFAULT_CONFIG.analysers,
        semgrep: { enabled: true, timeoutSeconds: 0.05, useProjectConfig: false },
        pylint: { enabled: true, timeoutSeconds: 5, useProjectConfig: false },
      },
    };
    const r = await review(scope, [evalFinder, crashing, hanging, missing], undefined, config);
    expect(r.completeness).toBe("incomplete");
    expect(Object.fromEntries(r.analysers.map((a) => [a.id, a.status]))).toEqual({
      rules: "completed",
      bandit: "failed",
      semgrep: "timed-out",
      pylint: "unavailable",
    });
    expect(r.findings).toHaveLength(1);
    expect(r.notices.map((n) => n.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bandit failed: exit code 2/),
        expect.stringMatching(/semgrep timed out/),
      ]),
    );
    // An unavailable tool is said once, by its run, not again as a notice.
    expect(r.analysers.find((a) => a.id === "pylint")?.message).toBe("pylint is not installed");
    expect(r.notices.filter((n) => n.analyser === "pylint")).toEqual([]);
  });

  it("reports nothing new on a second review and lists a fix as fixed", async () => {
    const first = await review(scope, [evalFinder]);
    const second = await review(scope, [evalFinder], first);
    expect(second.comparison?.newFingerprints).toEqual([]);
    expect(second.comparison?.fixed).toEqual([]);

    const fixedScope: ScopeResult = { ...scope, files: [file("a.py", "x = int(data)\n"), scope.files[1]!] };
    const third = await review(fixedScope, [evalFinder], second);
    expect(third.comparison?.fixed.map((f) => f.file)).toEqual(["a.py"]);
  });

  it("leaves out a dismissed finding visibly, counted and listed, and never calls it fixed", async () => {
    const first = await review(scope, [evalFinder]);
    const fingerprint = first.findings[0]!.fingerprint;
    const dismissal = { fingerprint, by: "ana", reason: "test fixture", at: "2026-12-01T00:00:00.000Z" };
    const second = await review(
      scope,
      [evalFinder],
      first,
      DEFAULT_CONFIG,
      new Map([[fingerprint, dismissal]]),
    );
    expect(second.findings).toEqual([]);
    expect(second.suppressed).toEqual({ inline: 0, baseline: 0, dismissed: 1 });
    expect(second.dismissed).toEqual([
      expect.objectContaining({ fingerprint, file: "a.py", line: 1, by: "ana", reason: "test fixture" }),
    ]);
    expect(second.comparison?.fixed).toEqual([]);
    expect((await review(scope, [evalFinder], second)).comparison?.newFingerprints).toEqual([fingerprint]);
  });

  it("does not call a finding fixed when its file or analyser was not re-checked", async () => {
    const first = await review(scope, [evalFinder]);
    const outOfScope = await review({ files: [scope.files[1]!], skipped: [] }, [evalFinder], first);
    expect(outOfScope.comparison?.fixed).toEqual([]);
    expect(outOfScope.comparison?.notRechecked.map((f) => f.file)).toEqual(["a.py"]);
  });

  it("does not call a finding fixed when its rule was switched off (a default-off tool check)", async () => {
    const first = await review(scope, [evalFinder]);
    const ruleId = first.findings[0]!.ruleId;
    const off = { ...DEFAULT_CONFIG, rules: { ...DEFAULT_CONFIG.rules, [ruleId]: { enabled: false } } };
    const second = await review(scope, [evalFinder], first, off);
    expect(second.findings).toEqual([]);
    expect(second.comparison?.fixed).toEqual([]);
    expect(second.comparison?.notRechecked.map((f) => f.ruleId)).toEqual([ruleId]);
  });

  it("keeps fingerprints across a pure rename and when code moves down", async () => {
    const first = await review(scope, [evalFinder]);
    const renamed: ScopeResult = {
      files: [file("renamed.py", "x = eval(data)\n"), scope.files[1]!],
      skipped: [],
    };
    const second = await review(renamed, [evalFinder], first);
    expect(second.findings[0]?.fingerprint).toBe(first.findings[0]?.fingerprint);
    expect(second.comparison?.newFingerprints).toEqual([]);

    const moved: ScopeResult = {
      files: [file("renamed.py", "import os\n\n\nx = eval(data)\n"), scope.files[1]!],
      skipped: [],
    };
    const third = await review(moved, [evalFinder], second);
    expect(third.findings[0]?.range.start.line).toBe(4);
    expect(third.findings[0]?.fingerprint).toBe(first.findings[0]?.fingerprint);
  });

  it("moves findings in tests apart, capped at low, and scores production code alone", async () => {
    const withTests: ScopeResult = {
      files: [
        ...scope.files,
        file("tests/test_a.py", "eval(x)\n\neval(y)\n"),
        file("tests/helper.py", "def h(): return eval(z)\n"),
      ],
      skipped: [],
      // a.py imports the helper under tests/: that helper ships, so it stays production.
      importGraph: {
        imports: new Map([["a.py", new Set(["tests/helper.py"])]]),
        importers: new Map([["tests/helper.py", new Set(["a.py"])]]),
      },
    };
    const r = await review(withTests, [evalFinder]);
    expect(r.findings.map((f) => [f.file, f.severity, f.nonProduction?.originalSeverity])).toEqual([
      ["a.py", "high", undefined],
      ["tests/helper.py", "high", undefined],
      ["tests/test_a.py", "low", "high"],
      ["tests/test_a.py", "low", "high"],
    ]);
    expect(r.findings[2]?.nonProduction?.reason).toBe("pytest file name test_*.py");
    expect(r.files.productionLines).toBe(3);
    const productionOnly = await review(
      { ...withTests, files: withTests.files.slice(0, 2).concat(withTests.files[3]!) },
      [evalFinder],
    );
    expect(r.summary.score).toBe(productionOnly.summary.score);
  });

  it("with --diff keeps only findings on changed lines", async () => {
    const two: ScopeResult = { files: [file("a.py", "x = eval(a)\ny = eval(b)\n")], skipped: [] };
    const r = await runReview(
      {
        target: { kind: "path", input: ".", root: "/repo" },
        config: DEFAULT_CONFIG,
        diff: { base: "main", changed: new Map([["a.py", new Set([2])]]), wholeFiles: false },
        requestedBy: { kind: "cli" },
      },
      {
        scope: () => Promise.resolve(two),
        analysers: [evalFinder],
        progress: () => undefined,
        now: () => new Date(),
        elapsed: () => performance.now(),
        newId: () => "d",
        version: "test",
      },
    );
    expect(r.findings.map((f) => f.range.start.line)).toEqual([2]);
    expect(r.diff).toEqual({ base: "main", changedFiles: 1, wholeFiles: false });
  });
});
