import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import type { Review, SkippedFile } from "../core/review.js";
import {
  cleanReview,
  sampleFindings,
  sampleReview,
  sampleReviewWithTests,
  sampleTestFinding,
} from "../../test/support/sample-review.js";
import { renderTerminal } from "./terminal.js";

// eslint-disable-next-line no-control-regex -- looking for escape sequences is the point
const ANSI = /\u001b\[/;

function withFinding(patch: Partial<Finding>): Review {
  return { ...cleanReview, findings: [{ ...sampleFindings[0]!, ...patch }] };
}

describe("renderTerminal", () => {
  it("renders the sample review as users see it", async () => {
    const out = renderTerminal(sampleReview, { color: false, width: 100 });
    await expect(out).toMatchFileSnapshot("./__snapshots__/sample.terminal.txt");
  });

  it("renders a clean review", async () => {
    const out = renderTerminal(cleanReview, { color: false, width: 100 });
    await expect(out).toMatchFileSnapshot("./__snapshots__/clean.terminal.txt");
  });

  it.each([
    { color: true, hasAnsi: true },
    { color: false, hasAnsi: false },
  ])("colour $color gives escape codes: $hasAnsi", ({ color, hasAnsi }) => {
    expect(ANSI.test(renderTerminal(sampleReview, { color }))).toBe(hasAnsi);
  });

  it("shows the INCOMPLETE banner first and last, naming the analysers that failed or timed out", () => {
    const out = renderTerminal(sampleReview, { color: false });
    const banners = out.split("\n").filter((l) => l.includes("INCOMPLETE REVIEW"));
    expect(banners).toEqual([
      " INCOMPLETE REVIEW: eslint, semgrep did not finish",
      " INCOMPLETE REVIEW: eslint, semgrep did not finish",
    ]);
    expect(out.indexOf("INCOMPLETE")).toBeLessThan(out.indexOf("py/sql-injection"));
    // The closing banner: its heading, the reason (a few wrapped lines) and its rules.
    expect(out.trimEnd().split("\n").slice(-8).join("\n")).toContain("INCOMPLETE REVIEW");
    expect(out).toContain("eslint failed (eslint exited with code 2");
    expect(out).toContain("semgrep timed");
  });

  it("has no banner when the review completed", () => {
    expect(renderTerminal(cleanReview, { color: false })).not.toContain("INCOMPLETE");
  });

  it("lists the most severe first: severity by severity, each by file, so no note sits above a critical", () => {
    const out = renderTerminal(sampleReview, { color: false });
    const severities = out.split("\n").filter((l) => /^ [A-Z]+ {2}\(\d+\)$/.test(l));
    expect(severities).toEqual([" CRITICAL  (1)", " HIGH  (2)", " MEDIUM  (1)", " LOW  (1)", " INFO  (1)"]);
    const headers = out.split("\n").filter((l) => / {2}\(\d+ findings?\)$/.test(l));
    expect(headers.map((h) => h.replace(/ {2}\(.*$/, ""))).toEqual([
      "src/shop/db/orders.py",
      "config/app settings #2 — données.yaml",
      "web/static/<script>alert(1)</script>.js",
      "src/shop/utils.py",
      "src/shop/utils.py",
      "src/shop/utils.py",
    ]);
    const newLines = out.split("\n").filter((l) => l.endsWith("NEW"));
    expect(newLines).toEqual(["   CRITICAL   py/sql-injection  NEW", "   HIGH   text/hardcoded-secret  NEW"]);
  });

  it("lists findings in test code apart, after production, saying how many and why", async () => {
    const out = renderTerminal(sampleReviewWithTests, { color: false, width: 200 });
    const apart = out.indexOf("Non-production code");
    expect(apart).toBeGreaterThan(out.indexOf("py/print-statement"));
    expect(out.slice(apart)).toContain(
      "1 finding in non-production code listed apart (test 1); 1 lowered to low. They count neither for the exit code nor for the score.",
    );
    expect(out.slice(apart)).toContain("non-production test: pytest file name test_*.py, was high");
    expect(out).toContain("  Apart       1 finding in non-production code listed apart");
    expect(out).toContain("non-production qa/**");
    await expect(out).toMatchFileSnapshot("./__snapshots__/sample-with-tests.terminal.txt");
  });

  it("says so when every finding is in non-production code", () => {
    const onlyTests = { ...sampleReviewWithTests, findings: [sampleTestFinding] };
    expect(renderTerminal(onlyTests, { color: false })).toContain("No findings in production code.");
  });

  it("shows every part of a finding", () => {
    const out = renderTerminal(sampleReview, { color: false, width: 200 });
    for (const expected of [
      "line 41:5–42:26 · security · CWE-89 · CVSS 9.8 · confidence 95% · found by rules + bandit (also bandit/B608)",
      "    41 │     query = f\"SELECT * FROM orders WHERE customer = '{customer_id}' AND status | 'open'\"",
      "    42 │     cursor.execute(query)",
      "How to fix: Pass the value as a query parameter",
      "Suggested fix: Use a parameterised query (2 edits)",
      "Auto-fix available: Catch Exception instead of everything (1 edit)",
    ]) {
      expect(out).toContain(expected);
    }
  });

  it("summarises counts, score, files, skips, comparison, analysers, notices and LLM usage", () => {
    const out = renderTerminal(sampleReview, { color: false, width: 200 });
    for (const expected of [
      "  Findings    6 total · 1 critical · 2 high · 1 medium · 1 low · 1 info",
      "  Categories  security 4 · logic 1 · style 1",
      `  Score       ${sampleReview.summary.score.toFixed(1)} / 100`,
      "  Files       42 analysed · 1.2 MB · 31,415 lines",
      "  Skipped     18 files: 3 ignored · 2 vendored · 1 generated · 1 minified · 7 binary · 1 too-large · 1 unreadable · 1 invalid-encoding · 1 symlink-outside",
      "                data/dump.sql (12.4 MB exceeds the 1 MB limit)",
      "  Since last  2 new · 2 fixed · 1 not re-checked (vs rev_01JD8AAAAAAAAAAAAAAAAAAAAA)",
      "              fixed  CRITICAL  py/command-injection src/shop/admin/backup.py:57 Shell command built from user input",
      "    semgrep       timed out   12 files · 1 finding · 5 min 0 s",
      "    eslint        failed      0 files · 0 findings · 950 ms",
      "    llm-security  unavailable",
      "    warning bandit: src/shop/legacy.py: syntax error, file skipped by bandit",
      "  LLM         18,234 tokens · $0.05",
    ]) {
      expect(out).toContain(expected);
    }
  });

  it("leaves out LLM usage when there was none", () => {
    expect(renderTerminal(cleanReview, { color: false })).not.toContain("LLM");
  });

  it.each([
    { verbose: false, shown: 5, more: "and 2 more" },
    { verbose: true, shown: 7, more: undefined },
  ])("caps named skipped files unless verbose (verbose: $verbose)", ({ verbose, shown, more }) => {
    const out = renderTerminal(sampleReview, { color: false, verbose });
    const binaryNames = sampleReview.skipped.filter((s) => s.reason === "binary").map((s) => s.path);
    expect(binaryNames.filter((name) => out.includes(`                ${name}`))).toHaveLength(shown);
    if (more) expect(out).toContain(more);
    else expect(out).not.toMatch(/and \d+ more/);
  });

  it("counts skips the list does not name, and never names ignored files", () => {
    const skipped: SkippedFile[] = [{ path: "big.bin", reason: "too-large" }];
    const review: Review = { ...cleanReview, skipped, skippedCounts: { "too-large": 3, ignored: 40 } };
    const out = renderTerminal(review, { color: false });
    expect(out).toContain("43 files: 40 ignored · 3 too-large");
    expect(out).toContain("                big.bin");
    expect(out).toContain("and 2 more");
  });

  it.each([
    {
      name: "escape sequence",
      snippet: "x = 1 \u001b[2J\u001b[31mred",
      expected: "x = 1 <U+001B>[2J<U+001B>[31mred",
    },
    { name: "carriage return", snippet: "ok = 1\roverwritten", expected: "ok = 1<U+000D>overwritten" },
    {
      name: "bidi override",
      snippet: "access = 'user\u202e \u2066// admin'",
      expected: "access = 'user<U+202E> <U+2066>// admin'",
    },
  ])("makes a hostile snippet's $name visible instead of obeying it", ({ snippet, expected }) => {
    const out = renderTerminal(
      withFinding({ snippet, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }),
      {
        color: false,
        width: 200,
      },
    );
    expect(out).toContain(expected);
    expect(ANSI.test(out)).toBe(false);
    expect(out).not.toContain("\r");
  });

  it.each([
    { verbose: false, expected: /│ a{20,}…$/m },
    { verbose: true, expected: /│ a{300}$/m },
  ])("cuts long snippet lines to the width unless verbose ($verbose)", ({ verbose, expected }) => {
    const review = withFinding({ snippet: "a".repeat(300) });
    expect(renderTerminal(review, { color: false, width: 80, verbose })).toMatch(expected);
  });

  it("wraps prose to the width", () => {
    const description = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    const out = renderTerminal(withFinding({ description }), { color: false, width: 60 });
    const prose = out.split("\n").filter((l) => l.includes("word"));
    expect(prose.length).toBeGreaterThan(5);
    for (const line of prose) expect(line.length).toBeLessThanOrEqual(60);
  });
});

describe("renderTerminal with values from a newer version", () => {
  it("shows an unknown severity and analyser status instead of failing", () => {
    const review = {
      ...withFinding({ severity: "urgent" as Finding["severity"] }),
      analysers: [{ id: "future", status: "paused", durationMs: 1, filesAnalysed: 0, findings: 0 }],
    } as unknown as Review;
    const out = renderTerminal(review, { color: true });
    expect(out).toContain(" URGENT ");
    expect(out).toContain("paused");
  });
});

describe("renderTerminal with many dismissed findings", () => {
  const dismissed = Array.from({ length: 12 }, (_, i) => ({
    fingerprint: `${i}`.padStart(32, "a"),
    ruleId: "py/assert-used",
    file: "src/app.py",
    line: i + 1,
    severity: "low" as const,
    title: "assert used",
    by: "ana",
    reason: `reason ${i}`,
    at: "2026-11-20T09:15:00.000Z",
  }));
  const review: Review = { ...cleanReview, suppressed: { inline: 0, baseline: 0, dismissed: 12 }, dismissed };

  it.each([
    { verbose: false, shown: 10, more: "and 2 more (codeguardian dismissals lists them all)" },
    { verbose: true, shown: 12, more: undefined },
  ])("lists $shown of 12 with who, when and why when verbose is $verbose", ({ verbose, shown, more }) => {
    const out = renderTerminal(review, { color: false, width: 120, verbose });
    expect(out).toContain(
      "Suppressed  0 by inline comments · 0 by the baseline · 12 dismissed in this project",
    );
    expect(out.match(/ dismissed {2}LOW {2}py\/assert-used src\/app\.py:\d+ assert used/g)).toHaveLength(
      shown,
    );
    expect(out.match(/by ana on 2026-11-20: reason \d+/g)).toHaveLength(shown);
    if (more === undefined) expect(out).not.toContain("more (codeguardian dismissals");
    else expect(out).toContain(more);
  });
});
