import { describe, expect, it } from "vitest";
import { describeCorpusPath, readCorpus } from "./corpus.js";

describe("describeCorpusPath", () => {
  it.each([
    { path: "python/89/a.vuln.py", ok: true },
    { path: "js/1321/merge.safe.ts", ok: true },
    { path: "js/89/a.vuln.py", ok: false },
    { path: "python/12345/a.vuln.py", ok: false },
    { path: "python/89/a.py", ok: false },
    { path: "go/89/a.vuln.go", ok: false },
    { path: "python/89/extra/a.vuln.py", ok: false },
  ])("$path", ({ path, ok }) => {
    expect(typeof describeCorpusPath(path) !== "string").toBe(ok);
  });

  it("reads the class, kind and language from the path", () => {
    expect(describeCorpusPath("js/1333/slug.vuln.ts")).toEqual({
      path: "js/1333/slug.vuln.ts",
      language: "js",
      codeLanguage: "typescript",
      classCwe: "CWE-1333",
      caseName: "slug",
      kind: "vuln",
    });
  });
});

describe("readCorpus", () => {
  it("refuses a folder that does not exist", async () => {
    await expect(readCorpus("/nonexistent/corpus")).rejects.toThrow(/not found/);
  });
});
