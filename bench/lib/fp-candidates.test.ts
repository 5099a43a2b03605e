import { describe, expect, it } from "vitest";
import { excerpt, renderCandidates } from "./fp-candidates.js";
import type { ReportedFinding } from "./fp-figures.js";

const text = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join("\n");

function finding(file: string, line: number): ReportedFinding {
  return {
    fingerprint: `ff${line}`,
    ruleId: "py/rule",
    file,
    line,
    severity: "high",
    title: "A title",
    description: "What it says\nover two lines",
    cwe: ["CWE-22"],
  };
}

describe("excerpt", () => {
  it("shows 12 lines either side with numbers and marks the finding's line", () => {
    const lines = excerpt(text, 20).split("\n");
    expect(lines).toHaveLength(25);
    expect(lines[0]).toBe("   8 | line 8");
    expect(lines[12]).toBe("> 20 | line 20");
    expect(lines[24]).toBe("  32 | line 32");
  });

  it("stops at the file's edges", () => {
    expect(excerpt(text, 2).split("\n")[0]).toBe("   1 | line 1");
    expect(excerpt(text, 40).split("\n").at(-1)).toBe("> 40 | line 40");
  });
});

describe("renderCandidates", () => {
  it("writes one section per finding in project, file and line order, without the rule's documentation", () => {
    const md = renderCandidates(
      [
        { project: "b", finding: finding("x.py", 5), text },
        { project: "a", finding: finding("y.py", 9), text },
        { project: "a", finding: finding("y.py", 3), text: undefined },
      ],
      "# Header",
    );
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual(["## 1. a/y.py:3", "## 2. a/y.py:9", "## 3. b/x.py:5"]);
    expect(md).toContain("- fingerprint: `ff9`");
    expect(md).toContain("- CWE: CWE-22");
    expect(md).toContain("> What it says\n> over two lines");
    expect(md).toContain("(the file could not be read)");
    expect(md.startsWith("# Header\n\n")).toBe(true);
  });

  it("fences quoted code with more backticks than it contains", () => {
    const md = renderCandidates(
      [{ project: "a", finding: finding("r.md", 1), text: "````js\nx\n````" }],
      "#",
    );
    expect(md).toContain("`````text\n> 1 | ````js");
  });

  it("says so when there is nothing to judge", () => {
    expect(renderCandidates([], "# H")).toBe("# H\n\nNo unjudged findings.\n");
  });
});
