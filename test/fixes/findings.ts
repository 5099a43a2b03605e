import { DEFAULT_CONFIG } from "../../src/core/config.js";
import type { Finding } from "../../src/core/finding.js";
import type { Language } from "../../src/core/language.js";
import type { SourceFile } from "../../src/core/source-file.js";
import { synthesise } from "../../src/pipeline/synthesise.js";
import { BUILTIN_RULES } from "../../src/rules/registry.js";
import { sourceFileFor } from "../../src/rules/rule-tester.js";
import { runRulesOnFile } from "../../src/rules/run-rules.js";

/** A file and the findings the built-in rules and synthesis make of it, as a review would. */
export function reviewed(
  code: string,
  language: Language,
  path: string,
): { file: SourceFile; findings: Finding[] } {
  const file = sourceFileFor(code, language, path);
  const drafts = runRulesOnFile(file, BUILTIN_RULES).drafts;
  const findings = synthesise({
    drafts,
    texts: new Map([[path, code]]),
    identities: new Map([[path, path]]),
    redactions: new Map(),
    config: { ...DEFAULT_CONFIG, minConfidence: 0 },
  });
  return { file, findings };
}

export function only(findings: readonly Finding[], ruleId: string): Finding {
  const found = findings.filter((f) => f.ruleId === ruleId);
  if (found.length !== 1)
    throw new Error(
      `expected one ${ruleId} finding, got ${found.length}: ${findings.map((f) => f.ruleId).join(", ")}`,
    );
  return found[0]!;
}
