import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import type { Review } from "../core/review.js";
import { cleanReview, sampleFindings, sampleReview } from "../../test/support/sample-review.js";
import {
  displaySnippet,
  formatRange,
  groupByFile,
  groupBySeverity,
  skipGroups,
  targetLabel,
} from "./report-facts.js";

function at(
  startLine: number,
  startColumn: number,
  endLine: number,
  endColumn: number,
  snippet = "x",
): Finding {
  return {
    ...sampleFindings[0]!,
    snippet,
    range: { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } },
  };
}

describe("formatRange", () => {
  it.each([
    { finding: at(4, 7, 4, 9), out: "4:7" },
    { finding: at(41, 5, 42, 26), out: "41:5–42:26" },
    { finding: at(4, 1, 5, 1), out: "4:1" },
    { finding: at(4, 1, 7, 1), out: "4:1–6" },
  ])("shows $out", ({ finding, out }) => {
    expect(formatRange(finding)).toBe(out);
  });
});

describe("displaySnippet", () => {
  it.each([
    {
      name: "a range to the start of the next line",
      finding: at(4, 1, 5, 1, "import os\n"),
      out: "import os",
    },
    { name: "a range inside its lines", finding: at(4, 1, 5, 3, "a\nbc"), out: "a\nbc" },
    { name: "a snippet cut short", finding: at(1, 1, 20, 1, "a\nb"), out: "a\nb" },
    { name: "a one-line range", finding: at(3, 2, 3, 1, "abc"), out: "abc" },
  ])("keeps only touched lines for $name", ({ finding, out }) => {
    expect(displaySnippet(finding)).toBe(out);
  });
});

describe("groupByFile", () => {
  it("puts the file with the most severe finding first, then more findings, then by path", () => {
    const f = (file: string, severity: Finding["severity"]): Finding => ({
      ...sampleFindings[0]!,
      file,
      severity,
    });
    const groups = groupByFile([
      f("b.py", "low"),
      f("a.py", "low"),
      f("c.py", "high"),
      f("a.py", "info"),
      f("d.py", "low"),
    ]);
    expect(groups.map((g) => [g.file, g.worst, g.findings.length])).toEqual([
      ["c.py", "high", 1],
      ["a.py", "low", 2],
      ["b.py", "low", 1],
      ["d.py", "low", 1],
    ]);
  });
});

describe("skipGroups", () => {
  it("counts every reason in catalogue order and names the files an author could have arranged", () => {
    expect(skipGroups(sampleReview).map((g) => [g.reason, g.count, g.paths.length])).toEqual([
      ["ignored", 3, 0],
      ["vendored", 2, 2],
      ["generated", 1, 1],
      ["minified", 1, 1],
      ["binary", 7, 7],
      ["too-large", 1, 1],
      ["unreadable", 1, 1],
      ["invalid-encoding", 1, 1],
      ["symlink-outside", 1, 1],
    ]);
  });

  it("keeps a reason this build does not know instead of losing it", () => {
    const review = {
      ...cleanReview,
      skipped: [{ path: "x.lock", reason: "lockfile" }],
      skippedCounts: { lockfile: 4 },
    } as unknown as Review;
    expect(skipGroups(review).map((g) => [g.reason, g.count])).toEqual([["lockfile", 4]]);
  });
});

describe("targetLabel", () => {
  it.each([
    { review: sampleReview, out: "https://github.com/acme/shop.git (feature/checkout @ 9fceb02d0ae5)" },
    { review: cleanReview, out: "/home/dev/shop" },
  ])("names $out", ({ review, out }) => {
    expect(targetLabel(review)).toBe(out);
  });
});

describe("groupBySeverity", () => {
  it("groups most severe first and keeps a severity it does not know", () => {
    const f = (severity: string): Finding => ({
      ...sampleFindings[0]!,
      severity: severity as Finding["severity"],
    });
    const groups = groupBySeverity([f("low"), f("urgent"), f("critical"), f("low")]);
    expect(groups.map((g) => [g.severity, g.findings.length])).toEqual([
      ["critical", 1],
      ["low", 2],
      ["urgent", 1],
    ]);
  });
});
