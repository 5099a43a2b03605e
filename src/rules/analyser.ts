import type { Analyser, AnalyserInput, AnalyserOutput } from "../core/analyser.js";
import type { FindingDraft } from "../core/finding.js";
import type { Notice } from "../core/review.js";
import type { Rule } from "./define-rule.js";
import { BUILTIN_RULES } from "./registry.js";
import { runRulesOnFile } from "./run-rules.js";

/**
 * The built-in rule engine as an analyser. Rules switched off in the
 * configuration are not run at all (cheaper than filtering afterwards).
 */
export function createRulesAnalyser(rules: readonly Rule[] = BUILTIN_RULES): Analyser {
  return {
    id: "rules",
    kind: "builtin",
    availability: () => Promise.resolve(null),
    analyse: (input) => Promise.resolve(analyseAll(input, rules)),
  };
}

function analyseAll(input: AnalyserInput, allRules: readonly Rule[]): AnalyserOutput {
  const rules = allRules.filter((rule) => input.config.rules[rule.meta.id]?.enabled !== false);
  const languages = new Set(rules.flatMap((rule) => rule.meta.languages));
  const files = input.files.filter((file) => languages.has(file.language));
  const findings: FindingDraft[] = [];
  const notices: Notice[] = [];
  const analysedPaths: string[] = [];
  files.forEach((file, i) => {
    if (input.signal.aborted) return;
    const result = runRulesOnFile(file, rules);
    findings.push(...result.drafts);
    notices.push(...result.notices);
    analysedPaths.push(file.path);
    input.progress({ kind: "file", analyser: "rules", file: file.path, done: i + 1, total: files.length });
  });
  if (input.signal.aborted) throw new Error("cancelled");
  return {
    findings,
    notices,
    filesAnalysed: analysedPaths.length,
    analysedPaths,
    rules: rules.map((rule) => rule.meta),
  };
}
