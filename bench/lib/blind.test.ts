import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/platform/detect-language.js";
import { assembleBatch, batchNames, describeBlindPath, readBlindBatch } from "./blind.js";
import { casesOfClass, reviewUnitsOf, scoredFilesOf } from "./blind-score.js";

const BLIND = join(dirname(fileURLToPath(import.meta.url)), "..", "blind");

describe("describeBlindPath", () => {
  it.each([
    { path: "w1/python/89/flask-search/vuln/app.py", ok: true },
    { path: "w1/js/1321/merge-deep/safe/src/lib/merge.ts", ok: true },
    { path: "w1/go/89/x/vuln/main.go", ok: false },
    { path: "w1/python/12345/x/vuln/app.py", ok: false },
    { path: "w1/python/89/Upper_Case/vuln/app.py", ok: false },
    { path: "w1/python/89/x/fixed/app.py", ok: false },
    { path: "w1/python/89/app.py", ok: false },
  ])("$path", ({ path, ok }) => {
    const info = describeBlindPath(path);
    expect(typeof info !== "string" && !("aside" in info)).toBe(ok);
  });

  it("reads writer, class, case and version from the path, whatever the depth below the version", () => {
    expect(describeBlindPath("w1/js/79/next-bio/vuln/app/profile/page.tsx")).toEqual({
      path: "w1/js/79/next-bio/vuln/app/profile/page.tsx",
      writer: "w1",
      language: "js",
      classCwe: "CWE-79",
      slug: "next-bio",
      caseId: "w1/js/79/next-bio",
      kind: "vuln",
    });
  });

  it("sets case.json and a writer's NOTES.md aside", () => {
    expect(describeBlindPath("w1/python/89/x/case.json")).toEqual({ aside: "case" });
    expect(describeBlindPath("w1/NOTES.md")).toEqual({ aside: "note" });
  });
});

describe("assembleBatch", () => {
  const meta = (cls: string) => JSON.stringify({ class: cls, language: "python", framework: "flask" });
  const entries = [
    { path: "w1/NOTES.md", text: "notes" },
    { path: "w1/python/89/search/case.json", text: meta("CWE-89") },
    { path: "w1/python/89/search/vuln/app.py", text: "from repo import find\nfind(q)\n" },
    {
      path: "w1/python/89/search/vuln/repo.py",
      text: "def find(q):\n    cur.execute(q)  # cg-expect: CWE-89\n",
    },
    { path: "w1/python/89/search/vuln/templates/list.html", text: "<p>{{ rows }}</p> # cg-expect: CWE-79\n" },
    { path: "w1/python/89/search/safe/app.py", text: "from repo import find\nfind(q)\n" },
    { path: "w1/python/89/search/safe/repo.py", text: "def find(q):\n    cur.execute('?', (q,))\n" },
    { path: "w1/python/614/cookie/case.json", text: meta("CWE-89") },
    {
      path: "w1/python/614/cookie/vuln/app.py",
      text: "resp.set_cookie('s', v)  # cg-expect: CWE-614, CWE-1004\n",
    },
  ];
  const batch = assembleBatch("batch1", entries, detectLanguage);

  it("gathers each case's files, labels read in code files only, across modules", () => {
    const search = batch.cases.find((c) => c.id === "w1/python/89/search");
    expect(search?.framework).toBe("flask");
    expect(search?.vuln.map((f) => f.path.split("/vuln/")[1])).toEqual([
      "app.py",
      "repo.py",
      "templates/list.html",
    ]);
    expect(search?.vuln.flatMap((f) => f.labels)).toEqual([
      { file: "w1/python/89/search/vuln/repo.py", line: 2, cwe: "CWE-89" },
    ]);
    expect(search?.vuln.map((f) => f.reviewLanguage)).toEqual(["python", "python", "html"]);
    // The rules see the code without the benchmark's comments; templates are never cut.
    expect(search?.vuln.map((f) => f.reviewText)).toEqual([
      "from repo import find\nfind(q)\n",
      "def find(q):\n    cur.execute(q)\n",
      "<p>{{ rows }}</p> # cg-expect: CWE-79\n",
    ]);
  });

  it("names a case without a twin and a case.json whose class disagrees with its folder", () => {
    expect(batch.problems).toEqual([
      "w1/python/614/cookie/case.json: class CWE-89 but the folder says CWE-614",
      "w1/python/614/cookie: no safe/ twin",
    ]);
  });

  it("turns each case version into one review unit and tags its files with the unit", () => {
    expect(reviewUnitsOf(batch.cases).map((u) => [u.id, u.files.length])).toEqual([
      ["w1/python/614/cookie/vuln", 1],
      ["w1/python/614/cookie/safe", 0],
      ["w1/python/89/search/vuln", 3],
      ["w1/python/89/search/safe", 2],
    ]);
    const units = new Set(scoredFilesOf(casesOfClass(batch, "89")).map((f) => f.unit));
    expect([...units]).toEqual(["w1/python/89/search/vuln", "w1/python/89/search/safe"]);
  });

  it("flags a label in a safe twin and a vulnerable version without one", () => {
    const bad = assembleBatch(
      "batch1",
      [
        { path: "w/js/22/a/case.json", text: JSON.stringify({ class: "CWE-22" }) },
        { path: "w/js/22/a/vuln/index.js", text: "fs.readFile(p)\n" },
        { path: "w/js/22/a/safe/index.js", text: "fs.readFile(p) // cg-expect: CWE-22\n" },
      ],
      detectLanguage,
    );
    expect(bad.problems).toEqual([
      "w/js/22/a: vuln/ has no cg-expect label",
      "w/js/22/a/safe/index.js:1: a label in a safe/ twin",
    ]);
  });
});

describe("batchNames", () => {
  it("keeps batch folders in number order", () => {
    expect(batchNames(["batch10", "BRIEF.md", "batch2", "batch1", "batchx"])).toEqual([
      "batch1",
      "batch2",
      "batch10",
    ]);
  });
});

describe("the committed batches", () => {
  for (const name of batchNames(readdirSync(BLIND))) {
    it(`${name} follows the brief: every case has a twin, a case.json and a label of its class`, async () => {
      const batch = await readBlindBatch(BLIND, name, detectLanguage);
      expect(batch.problems).toEqual([]);
      expect(batch.cases.length).toBeGreaterThanOrEqual(300);
    });
  }

  it("holds the development batches 1 and 2 and the held-out batch 3", () => {
    expect(batchNames(readdirSync(BLIND))).toEqual(["batch1", "batch2", "batch3", "batch4"]);
  });
});
