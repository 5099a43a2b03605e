import { describe, expect, it } from "vitest";
import { pathArgument, resolveReportedPath } from "./paths.js";

describe("pathArgument", () => {
  const cases = [
    ["app.py", "./app.py"],
    ["-rf.py", "./-rf.py"],
    ["./a/b.py", "./a/b.py"],
  ] as const;
  for (const [path, expected] of cases)
    it(`${path} → ${expected}`, () => expect(pathArgument(path)).toBe(expected));
});

describe("resolveReportedPath", () => {
  const known = new Set(["app.py", "pkg/mod.py"]);
  const cases = [
    ["app.py", "app.py"],
    ["./pkg/mod.py", "pkg/mod.py"],
    ["/repo/pkg/mod.py", "pkg/mod.py"],
    ["pkg/../app.py", "app.py"],
    ["other.py", undefined],
    ["/elsewhere/app.py", undefined],
  ] as const;
  for (const [reported, expected] of cases) {
    it(`${reported} → ${String(expected)}`, () =>
      expect(resolveReportedPath(reported, "/repo", known)).toBe(expected));
  }
});
