/**
 * What the two rule-engine fuzz suites share: source arbitraries (token soup
 * from a language's vocabulary, and mutations of real snippets) and the
 * property every built-in rule must keep on any text (docs/rules.md): the
 * runner returns, findings point inside the file, fixes apply, no rule
 * fails, and the work stays bounded.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/core/hash.js";
import type { Language } from "../../src/core/language.js";
import { LineIndex, type Position } from "../../src/core/location.js";
import type { SourceFile } from "../../src/core/source-file.js";
import { applyEdits } from "../../src/fixes/apply-edits.js";
import { countLines } from "../../src/platform/file-kinds.js";
import { BUILTIN_RULES } from "../../src/rules/registry.js";
import { runRulesOnFile, type FileResult } from "../../src/rules/run-rules.js";
import { fuzzParams, fuzzTimeout } from "./fuzz-params.js";

/** Inputs stay at a few KB so one run is cheap; size is not what these properties are about. */
export const MAX_INPUT_CHARS = 4096;

/** Generous, so a busy CI machine cannot flake it; a quadratic rule on 4 KB still blows through it. */
export const WALL_CLOCK_LIMIT_MS = 10_000;

/** Pieces every language's soup shares: line structure, odd whitespace, comments and wide characters. */
export const COMMON_PIECES = [
  "\n",
  "\n",
  "\r\n",
  "\r",
  "\t",
  " ",
  "  ",
  "\u00a0",
  "\u2028",
  "\uFEFF",
  "😀",
  "é",
  "\u202e",
  "x",
  "y",
  "data",
  "0",
  "1",
  "3.14",
  "codeguardian-ignore[py/sql-injection]: reason",
  "codeguardian-ignore[js/code-injection]",
];

/** Real code from the fixtures and the quality corpus, for mutation. */
export function seedSnippets(extensions: readonly string[]): string[] {
  const roots = ["test/fixtures", "bench/corpus"];
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const info = statSync(path);
      if (info.isDirectory()) visit(path);
      else if (
        extensions.includes(extname(name)) &&
        !name.includes(".min.") &&
        info.size <= MAX_INPUT_CHARS
      ) {
        found.push(readFileSync(path, "utf8"));
      }
    }
  };
  for (const root of roots) visit(root);
  return found;
}

export function tokenSoup(pieces: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...pieces) },
        { weight: 3, arbitrary: fc.constantFrom(...COMMON_PIECES) },
        { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: "grapheme" }) },
      ),
      { maxLength: 300 },
    )
    .map((parts) => parts.join(" ").slice(0, MAX_INPUT_CHARS));
}

/**
 * A core expression wrapped `depth` times in one construct (brackets, calls,
 * functions, operators): the shapes that drive recursion in the rules. Depth
 * stays modest so a run is cheap; the deep cases are regression tests.
 */
export function nestedSource(
  wrappers: readonly (readonly [string, string])[],
  cores: readonly string[],
): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...wrappers),
      fc.integer({ min: 1, max: 40 }),
      fc.constantFrom(...cores),
      fc.constantFrom(...COMMON_PIECES),
    )
    .map(([[open, close], depth, core, tail]) =>
      `${open.repeat(depth)}${core}${close.repeat(depth)}${tail}`.slice(0, MAX_INPUT_CHARS),
    );
}

type Mutation =
  | { readonly kind: "delete"; readonly at: number; readonly length: number }
  | { readonly kind: "insert"; readonly at: number; readonly text: string }
  | { readonly kind: "duplicate"; readonly at: number; readonly length: number }
  | { readonly kind: "eol"; readonly eol: "\r\n" | "\r" | "\n" };

/** A real snippet with a few edits: deletions and duplications cut constructs in half, inserts add tokens. */
export function mutatedSnippet(seeds: readonly string[], pieces: readonly string[]): fc.Arbitrary<string> {
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({
      kind: fc.constant("delete" as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 40 }),
    }),
    fc.record({
      kind: fc.constant("insert" as const),
      at: fc.nat(),
      text: fc.constantFrom(...pieces, ...COMMON_PIECES),
    }),
    fc.record({
      kind: fc.constant("duplicate" as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 80 }),
    }),
    fc.record({
      kind: fc.constant("eol" as const),
      eol: fc.constantFrom("\r\n" as const, "\r" as const, "\n" as const),
    }),
  );
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, mutations]) => mutations.reduce(mutate, seed).slice(0, MAX_INPUT_CHARS));
}

function mutate(text: string, m: Mutation): string {
  if (m.kind === "eol") return text.replace(/\r\n|\r|\n/g, m.eol);
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  if (m.kind === "insert") return text.slice(0, at) + m.text + text.slice(at);
  if (m.kind === "delete") return text.slice(0, at) + text.slice(at + m.length);
  return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
}

export function sourceFile(text: string, language: Language, path: string): SourceFile {
  return {
    path,
    absolutePath: `/nonexistent/fuzz/${path}`,
    language,
    text,
    bytes: Buffer.byteLength(text),
    lines: countLines(text),
    hash: sha256Hex(text),
  };
}

/** A position in `lines` that names an existing line and a column no further than its end. */
function expectInside(lines: LineIndex, text: string, position: Position, what: string): void {
  expect(position.line, `${what} line`).toBeGreaterThanOrEqual(1);
  expect(position.line, `${what} line`).toBeLessThanOrEqual(lines.lineCount);
  const start = lines.offsetAt({ line: position.line, column: 1 });
  const next = text.indexOf("\n", start);
  const rawLength = (next === -1 ? text.length : next) - start;
  expect(position.column, `${what} column`).toBeGreaterThanOrEqual(1);
  expect(position.column, `${what} column`).toBeLessThanOrEqual(rawLength + 1);
}

/** Runs every built-in rule on one text and checks what any input must give. */
export function checkRulesOn(file: SourceFile): FileResult {
  const started = performance.now();
  const result = runRulesOnFile(file, BUILTIN_RULES);
  expect(performance.now() - started).toBeLessThan(WALL_CLOCK_LIMIT_MS);

  const lines = new LineIndex(file.text);
  for (const draft of result.drafts) {
    const what = `${draft.ruleId} at ${JSON.stringify(draft.range)}`;
    expect(draft.file).toBe(file.path);
    expectInside(lines, file.text, draft.range.start, `${what}: start`);
    expectInside(lines, file.text, draft.range.end, `${what}: end`);
    const ordered =
      draft.range.start.line < draft.range.end.line ||
      (draft.range.start.line === draft.range.end.line && draft.range.start.column <= draft.range.end.column);
    expect(ordered, `${what}: ends before it starts`).toBe(true);
    expect(draft.confidence).toBeGreaterThanOrEqual(0);
    expect(draft.confidence).toBeLessThanOrEqual(1);
    if (draft.fix) {
      const applied = applyEdits(file.text, draft.fix.edits);
      expect(applied.ok ? "applies" : applied.reason, `${what}: fix`).toBe("applies");
    }
  }
  const failures = result.notices.filter((n) => n.level === "error");
  expect(failures.map((n) => n.message)).toEqual([]);
  return result;
}

/**
 * One language's fuzz suite: its seeds exist, and every file `files` yields
 * keeps the property (`kinds` names those files in the title, as ".py").
 */
export function ruleFuzzSuite(
  title: string,
  kinds: string,
  seeds: readonly string[],
  files: fc.Arbitrary<SourceFile>,
): void {
  describe(`fuzz: ${title}`, () => {
    it("has real snippets to mutate", () => {
      expect(seeds.length).toBeGreaterThan(20);
    });

    it(
      `any ${kinds} text: the runner returns, findings sit inside the file, fixes apply, no rule fails, time is bounded`,
      () => {
        let findings = 0;
        fc.assert(
          fc.property(files, (file) => {
            findings += checkRulesOn(file).drafts.length;
          }),
          fuzzParams(),
        );
        // The inputs must reach the rules, or the property says nothing about them.
        expect(findings).toBeGreaterThan(0);
      },
      fuzzTimeout(),
    );
  });
}

/**
 * The long + chain regressions (1.14), for one language: `chain(terms)` is a
 * file whose source reaches `sink` through that many string terms, which
 * `ruleId` must find at 10 terms (the control) and still at 5,000.
 */
export function plusChainRegressions(
  chain: (terms: number) => string,
  at: { readonly language: Language; readonly path: string },
  ruleId: string,
  sink: string,
): void {
  it(`control: a 10-term + chain from a source to ${sink} is found`, () => {
    const result = checkRulesOn(sourceFile(chain(10), at.language, at.path));
    expect(result.drafts.map((d) => d.ruleId)).toContain(ruleId);
  });

  it("1.14: a 5,000-term + chain fails no rule and the injection is still found", () => {
    const result = checkRulesOn(sourceFile(chain(5000), at.language, at.path));
    expect(result.notices.filter((n) => n.level === "error")).toEqual([]);
    expect(result.drafts.map((d) => d.ruleId)).toContain(ruleId);
  });
}
