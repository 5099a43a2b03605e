import type { Category } from "../../core/category.js";
import type { Language } from "../../core/language.js";
import type { RuleMeta } from "../../core/rule-meta.js";
import type { Severity } from "../../core/severity.js";

/**
 * What CodeGuardian knows about one rule of an external tool: the tool's own
 * output rarely says which CWE or which family of issue it is, and those are
 * what let synthesis merge the tool's finding with a built-in rule's.
 */
export interface ToolRuleInfo {
  readonly title: string;
  readonly category: Category;
  readonly severity: Severity;
  /** Primary CWE first. Empty when no CWE fits (style and logic checks). */
  readonly cwe: readonly string[];
  readonly family?: string;
  readonly owasp?: string;
  /** Why it matters, in one or two sentences. */
  readonly why: string;
  readonly howToFix: string;
}

export interface ToolRuleMetaInput {
  readonly analyser: string;
  /** Namespaced: "bandit/B602". */
  readonly id: string;
  readonly languages: readonly Language[];
  readonly info: ToolRuleInfo;
  /** What the rule finds (usually the tool's message for it). */
  readonly description: string;
  readonly confidence: number;
  readonly references: readonly string[];
}

export function toolRuleMeta(input: ToolRuleMetaInput): RuleMeta {
  const { info } = input;
  return {
    id: input.id,
    analyser: input.analyser,
    languages: input.languages,
    category: info.category,
    severity: info.severity,
    confidence: input.confidence,
    cwe: info.cwe,
    title: info.title,
    description: input.description,
    why: info.why,
    howToFix: info.howToFix,
    references: input.references,
    fixable: false,
    ...(info.owasp === undefined ? {} : { owasp: info.owasp }),
    ...(info.family === undefined ? {} : { family: info.family }),
  };
}

/** "subprocess_popen_with_shell_equals_true" → "Subprocess popen with shell equals true". */
export function humanise(name: string): string {
  const words = name.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
