import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { archiveName, parseSources } from "./fp-sources.js";

const SHA = "a".repeat(64);

describe("parseSources", () => {
  it("accepts the committed sources.json", () => {
    const parsed = parseSources(
      readFileSync(join(import.meta.dirname, "..", "fp-set", "sources.json"), "utf8"),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.sources?.sources.map((s) => s.project)).toContain("django");
  });

  it.each([
    [
      "a range instead of an exact npm version",
      { kind: "npm", project: "x", package: "x", version: "^1.0.0", sha256: SHA },
      /version: an exact version/,
    ],
    [
      "a short sha256",
      { kind: "npm", project: "x", package: "x", version: "1.0.0", sha256: "abc" },
      /sha256/,
    ],
    [
      "a Debian package without its module",
      { kind: "debian", project: "x", package: "python3-x", version: "1-1", sha256: SHA },
      /module/,
    ],
  ])("names %s", (_, source, problem) => {
    const parsed = parseSources(JSON.stringify({ debianRelease: "bookworm", sources: [source] }));
    expect(parsed.sources).toBeUndefined();
    expect(parsed.problems.join("\n")).toMatch(problem);
  });

  it("refuses a project listed twice", () => {
    const s = { kind: "npm", project: "x", package: "x", version: "1.0.0", sha256: SHA };
    const parsed = parseSources(JSON.stringify({ debianRelease: "bookworm", sources: [s, s] }));
    expect(parsed.problems).toEqual(['sources: project "x" is listed twice']);
  });
});

describe("archiveName", () => {
  it("keeps a Debian epoch out of the file name", () => {
    const name = archiveName({
      kind: "debian",
      project: "django",
      package: "python3-django",
      version: "3:3.2.25-0+deb12u7",
      module: "django",
      sha256: SHA,
    });
    expect(name).toBe("python3-django_3_3.2.25-0+deb12u7_all.deb");
  });
});
