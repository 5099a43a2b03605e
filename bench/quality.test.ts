import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseSource } from "../src/rules/parse.js";
import { VULN_CLASSES } from "./lib/classes.js";
import { readCorpus, type Corpus } from "./lib/corpus.js";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "corpus");

describe("the corpus", () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await readCorpus(CORPUS);
  });
  const vuln = () => corpus.files.filter((f) => f.kind === "vuln");
  const safe = () => corpus.files.filter((f) => f.kind === "safe");
  const twinKey = (f: { language: string; classCwe: string; caseName: string; path: string }) =>
    `${f.path.slice(0, f.path.lastIndexOf("/"))}/${f.caseName}.${f.path.split(".").pop() ?? ""}`;

  it("has no misplaced files or malformed labels", () => {
    expect(corpus.problems).toEqual([]);
  });

  it("labels at least one line of every vulnerable case, all with the case's class", () => {
    expect(
      vuln()
        .filter((f) => f.labels.length === 0)
        .map((f) => f.path),
    ).toEqual([]);
    const foreign = vuln().flatMap((f) =>
      f.labels.filter((l) => l.cwe !== f.classCwe).map((l) => `${l.file}:${l.line}`),
    );
    expect(foreign).toEqual([]);
  });

  it("labels nothing in a safe twin", () => {
    expect(
      safe()
        .filter((f) => f.labels.length > 0)
        .map((f) => f.path),
    ).toEqual([]);
  });

  it("pairs every vulnerable case with a safe twin and vice versa, and the twins differ", () => {
    const safeByKey = new Map(safe().map((f) => [twinKey(f), f]));
    const vulnByKey = new Map(vuln().map((f) => [twinKey(f), f]));
    expect([...vulnByKey.keys()].filter((k) => !safeByKey.has(k))).toEqual([]);
    expect([...safeByKey.keys()].filter((k) => !vulnByKey.has(k))).toEqual([]);
    const unchanged = [...vulnByKey].filter(([key, v]) => {
      const stripped = v.text.replace(/[ \t]*(#|\/\/) cg-expect: [^\n]*/g, "");
      return safeByKey.get(key)?.text === stripped;
    });
    expect(unchanged.map(([key]) => key)).toEqual([]);
  });

  it("has at least 150 vulnerable cases and at least 3 per class and language", () => {
    expect(vuln().length).toBeGreaterThanOrEqual(150);
    const thin = VULN_CLASSES.flatMap((c) =>
      c.languages
        .map((language) => ({
          id: `${c.cwe}/${language}`,
          n: vuln().filter((f) => f.classCwe === c.cwe && f.language === language).length,
        }))
        .filter((x) => x.n < 3),
    );
    expect(thin).toEqual([]);
  });

  it("parses every file without syntax errors", () => {
    const broken = corpus.files
      .map((f) => ({ path: f.path, parsed: parseSource(f.codeLanguage, f.text) }))
      .filter((x) => x.parsed.errorCount > 0)
      .map((x) => `${x.path}:${String(x.parsed.firstErrorLine)}`);
    expect(broken).toEqual([]);
  });
});
