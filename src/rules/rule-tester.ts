import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Edit } from "../core/fix.js";
import type { Language } from "../core/language.js";
import { LineIndex } from "../core/location.js";
import type { Severity } from "../core/severity.js";
import type { SourceFile } from "../core/source-file.js";
import type { Rule } from "./define-rule.js";
import { runRulesOnFile } from "./run-rules.js";
import type { TemplateSource } from "./templates/raw-outputs.js";

export interface ValidCase {
  /** Optional label shown in the test name. */
  readonly name?: string;
  readonly code: string;
  /** Defaults to the rule's first language. */
  readonly language?: Language;
  readonly filename?: string;
  /** Template files of the case's repository, handed to the rule as data (src/rules/templates/). */
  readonly templates?: readonly TemplateSource[];
}

export interface InvalidCase extends ValidCase {
  /** Every 1-based line that must be reported, and no other. */
  readonly lines: readonly number[];
  /** CWE each finding must carry; defaults to the rule's primary CWE. */
  readonly cwe?: string;
  /** Severity every finding must have (a trust level lowers it, docs/trust-levels.md); not checked when absent. */
  readonly severity?: Severity;
  /** Text every finding's message must contain, such as the source it names. */
  readonly message?: string;
  /** Text no finding's message may contain ("from the request" for an environment value). */
  readonly notMessage?: string;
  /**
   * Every reported place, start and end (1-based lines and UTF-16 columns),
   * and no other: a rule that flags the right line but the wrong expression fails.
   */
  readonly at?: readonly Span[];
  /**
   * The code after every fix the rule offers on it is applied, as ESLint's
   * RuleTester `output`; null when the rule must offer no fix here.
   */
  readonly output?: string | null;
}

/** A reported place as the tester states it. */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface RuleCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

const EXTENSIONS: Partial<Record<Language, string>> = {
  python: "py",
  javascript: "js",
  typescript: "ts",
  tsx: "tsx",
  json: "json",
  yaml: "yml",
  dotenv: "env",
};

export function sourceFileFor(code: string, language: Language, filename?: string): SourceFile {
  const path = filename ?? `case.${EXTENSIONS[language] ?? "txt"}`;
  return {
    path,
    absolutePath: `/virtual/${path}`,
    language,
    text: code,
    bytes: Buffer.byteLength(code),
    lines: code.split("\n").length,
    hash: createHash("sha256").update(code).digest("hex"),
  };
}

/** Runs one rule on one snippet of code and returns the drafts it reports. */
export function runRule(
  rule: Rule,
  code: string,
  language?: Language,
  filename?: string,
  templates: readonly TemplateSource[] = [],
) {
  const lang = language ?? rule.meta.languages[0];
  if (lang === undefined) throw new Error(`rule ${rule.meta.id} has no languages`);
  return runRulesOnFile(sourceFileFor(code, lang, filename), [rule], "whole", templates);
}

/**
 * The code with the edits applied, as ESLint's fixer does in one pass: in
 * order of position, an edit overlapping one already taken is left out (two
 * findings whose fixes rewrite the same expression yield it once).
 */
export function applyFixEdits(code: string, edits: readonly Edit[]): string {
  const lines = new LineIndex(code);
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.text }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const { start, end, text } of spans) {
    if (start < at || (start === at && at > 0 && start === end && out.endsWith(text))) continue;
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

/**
 * The strict rule tester: a vulnerable case that does not fire on exactly its
 * stated lines fails, a safe case that fires fails, a duplicated case fails,
 * and a rule without both kinds of case fails. Where a case states them, the
 * exact start and end of each finding and the code after the rule's fixes are
 * checked; a fixable rule must state the fixed code for at least one case.
 */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    it("has vulnerable and safe cases, none duplicated", () => {
      expect(cases.invalid.length, "vulnerable cases").toBeGreaterThan(0);
      expect(cases.valid.length, "safe cases").toBeGreaterThan(0);
      const keys = [...cases.valid, ...cases.invalid].map(
        (c) => `${c.language ?? ""}\u0000${c.code}\u0000${JSON.stringify(c.templates ?? [])}`,
      );
      const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(duplicates, "duplicate cases").toEqual([]);
      if (rule.fix !== undefined) {
        const fixed = cases.invalid.filter((c) => typeof c.output === "string");
        expect(fixed.length, "cases stating the fixed code of a fixable rule").toBeGreaterThan(0);
      }
    });

    cases.valid.forEach((c, i) => {
      it(`safe #${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
        const result = runRule(rule, c.code, c.language, c.filename, c.templates);
        expect(result.notices.filter((n) => n.level === "error")).toEqual([]);
        expect(result.drafts.map((d) => `line ${d.range.start.line}: ${d.description}`)).toEqual([]);
      });
    });

    cases.invalid.forEach((c, i) => {
      it(`vulnerable #${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
        const result = runRule(rule, c.code, c.language, c.filename, c.templates);
        expect(result.notices.filter((n) => n.level === "error")).toEqual([]);
        const lines = [...new Set(result.drafts.map((d) => d.range.start.line))].sort((a, b) => a - b);
        expect(lines).toEqual([...c.lines].sort((a, b) => a - b));
        const cwe = c.cwe ?? rule.meta.cwe[0];
        for (const draft of result.drafts) {
          expect(draft.cwe).toContain(cwe);
          if (c.severity !== undefined) expect(draft.severity, draft.description).toBe(c.severity);
          if (c.message !== undefined) expect(draft.description).toContain(c.message);
          if (c.notMessage !== undefined) expect(draft.description).not.toContain(c.notMessage);
        }
        if (c.at !== undefined) {
          const at = result.drafts.map(({ range: { start, end } }) => ({
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column,
          }));
          expect(at, "reported places").toEqual(c.at);
        }
        if (c.output !== undefined) {
          const edits = result.drafts.flatMap((d) => d.fix?.edits ?? []);
          expect(edits.length === 0 ? null : applyFixEdits(c.code, edits), "code after the fixes").toBe(
            c.output,
          );
        }
      });
    });
  });
}
