import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * docs/security.md states what each party can and cannot do, and every
 * statement names the tests that hold it as `file › test name`. This keeps
 * those names true: the file exists and declares a test of exactly that name.
 */
const ROOT = join(import.meta.dirname, "..");
const doc = readFileSync(join(ROOT, "docs", "security.md"), "utf8");

/** `test/hostile/git.test.ts › 3.11: …` inside one code span (a shared suite may declare it in a support file). */
const REFERENCE = /`([\w./-]+\.ts) › ([^`]+)`/g;

interface Claim {
  readonly line: number;
  readonly text: string;
  readonly references: readonly { readonly file: string; readonly name: string }[];
}

/** Bullet lines of the threat-model sections: each is one claim. */
function claims(): Claim[] {
  const out: Claim[] = [];
  let inModel = false;
  doc.split("\n").forEach((text, index) => {
    if (text.startsWith("## ")) inModel = text.startsWith("## What ");
    if (!inModel || !text.startsWith("- ")) return;
    const references = [...text.matchAll(REFERENCE)].map((m) => ({ file: m[1]!, name: m[2]! }));
    out.push({ line: index + 1, text, references });
  });
  return out;
}

/** A test's name as it is declared: `it("name"` / `it.fails('name'` / template literal. */
function declares(source: string, name: string): boolean {
  return ['"', "'", "`"].some((quote) => source.includes(`${quote}${name}${quote}`));
}

describe("docs/security.md", () => {
  const all = claims();

  it("states claims for every party", () => {
    for (const party of ["a repository", "a pull request", "an operator", "a model provider"]) {
      expect(doc.toLowerCase()).toContain(`## what ${party} can do`);
    }
    expect(all.length).toBeGreaterThan(10);
  });

  it("every claim names at least one test", () => {
    expect(all.filter((c) => c.references.length === 0).map((c) => `line ${c.line}: ${c.text}`)).toEqual([]);
  });

  it("every named test exists", () => {
    const missing = all.flatMap((claim) =>
      claim.references
        .filter(({ file, name }) => {
          const path = join(ROOT, file);
          return !existsSync(path) || !declares(readFileSync(path, "utf8"), name);
        })
        .map(({ file, name }) => `line ${claim.line}: ${file} › ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
