import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Language } from "../core/language.js";
import type { Severity } from "../core/severity.js";
import type { SourceFile } from "../core/source-file.js";
import type { Rule } from "./define-rule.js";
import { runRulesOnFile } from "./run-rules.js";

export interface ValidCase {
  /** Optional label shown in the test name. */
  readonly name?: string;
  readonly code: string;
  /** Defaults to the rule's first language. */
  readonly language?: Language;
  readonly filename?: string;
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
export function runRule(rule: Rule, code: string, language?: Language, filename?: string) {
  const lang = language ?? rule.meta.languages[0];
  if (lang === undefined) throw new Error(`rule ${rule.meta.id} has no languages`);
  return runRulesOnFile(sourceFileFor(code, lang, filename), [rule]);
}

/**
 * The strict rule tester: a vulnerable case that does not fire on exactly its
 * stated lines fails, a safe case that fires fails, a duplicated case fails,
 * and a rule without both kinds of case fails.
 */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    it("has vulnerable and safe cases, none duplicated", () => {
      expect(cases.invalid.length, "vulnerable cases").toBeGreaterThan(0);
      expect(cases.valid.length, "safe cases").toBeGreaterThan(0);
      const keys = [...cases.valid, ...cases.invalid].map((c) => `${c.language ?? ""}\u0000${c.code}`);
      const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(duplicates, "duplicate cases").toEqual([]);
    });

    cases.valid.forEach((c, i) => {
      it(`safe #${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
        const result = runRule(rule, c.code, c.language, c.filename);
        expect(result.notices.filter((n) => n.level === "error")).toEqual([]);
        expect(result.drafts.map((d) => `line ${d.range.start.line}: ${d.description}`)).toEqual([]);
      });
    });

    cases.invalid.forEach((c, i) => {
      it(`vulnerable #${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
        const result = runRule(rule, c.code, c.language, c.filename);
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
      });
    });
  });
}
