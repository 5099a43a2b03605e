import { describe, expect, it } from "vitest";
import { parseUnifiedDiff, unquoteC } from "./diff-parse.js";

function lines(patch: string): Record<string, number[]> {
  return Object.fromEntries(
    [...parseUnifiedDiff(patch)].map(([path, set]) => [path, [...set].sort((a, b) => a - b)]),
  );
}

describe("parseUnifiedDiff", () => {
  it("collects added and changed new-side lines per file", () => {
    const patch = [
      "diff --git a/src/a.py b/src/a.py",
      "index 1111111..2222222 100644",
      "--- a/src/a.py",
      "+++ b/src/a.py",
      "@@ -3 +3 @@ def f():",
      "-    return 1",
      "+    return 2",
      "@@ -10,0 +11,2 @@",
      "+x = 1",
      "+y = 2",
      "@@ -20,3 +22,0 @@",
      "-gone",
      "-gone",
      "-gone",
      "diff --git a/new.py b/new.py",
      "new file mode 100644",
      "--- /dev/null",
      "+++ b/new.py",
      "@@ -0,0 +1,3 @@",
      "+a",
      "+b",
      "+c",
      "\\ No newline at end of file",
      "",
    ].join("\n");
    expect(lines(patch)).toEqual({ "src/a.py": [3, 11, 12], "new.py": [1, 2, 3] });
  });

  it("never mistakes hunk content for headers", () => {
    const patch = [
      "diff --git a/a.txt b/a.txt",
      "--- a/a.txt",
      "+++ b/a.txt",
      "@@ -1,2 +1,3 @@",
      "---- old dashes",
      "--- b/fake.txt",
      "+++ b/fake.txt",
      "+diff --git a/x b/x",
      "+@@ -1 +1 @@",
      "",
    ].join("\n");
    expect(lines(patch)).toEqual({ "a.txt": [1, 2, 3] });
  });

  it("reads renamed files under their new name and quoted names unquoted", () => {
    const patch = [
      "diff --git a/old.py b/new.py",
      "similarity index 90%",
      "rename from old.py",
      "rename to new.py",
      "--- a/old.py",
      "+++ b/new.py",
      "@@ -5 +5 @@",
      "-a",
      "+b",
      'diff --git "a/tab\\there.py" "b/tab\\there.py"',
      '--- "a/tab\\there.py"',
      '+++ "b/tab\\there.py"',
      "@@ -1 +1 @@",
      "-a",
      "+b",
      "",
    ].join("\n");
    expect(lines(patch)).toEqual({ "new.py": [5], "tab\there.py": [1] });
  });

  it("ignores deleted files", () => {
    const patch = [
      "diff --git a/d.py b/d.py",
      "deleted file mode 100644",
      "--- a/d.py",
      "+++ /dev/null",
      "@@ -1,2 +0,0 @@",
      "-a",
      "-b",
      "",
    ].join("\n");
    expect(lines(patch)).toEqual({});
  });
});

describe("unquoteC", () => {
  const cases: readonly (readonly [string, string])[] = [
    ['"a\\"b"', 'a"b'],
    ['"back\\\\slash"', "back\\slash"],
    ['"new\\nline"', "new\nline"],
    ['"caf\\303\\251.py"', "café.py"],
  ];
  it.each(cases)("%s → %s", (quoted, expected) => {
    expect(unquoteC(quoted)).toBe(expected);
  });
});
