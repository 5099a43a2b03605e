import type { Finding } from "../../core/finding.js";
import type { Fix } from "../../core/fix.js";
import { isCodeLanguage } from "../../core/language.js";
import { LineIndex, type Range } from "../../core/location.js";
import type { SourceFile } from "../../core/source-file.js";
import { parseSource } from "../../rules/parse.js";
import { jsDomXss, jsTlsVerification, jsWeakHash } from "./js.js";
import type { FixProvider } from "./provider.js";
import { pySqlParameters } from "./sql.js";
import {
  pyDebugMode,
  pyInsecureCookie,
  pyMutableDefault,
  pyShellCommand,
  pyTlsVerification,
  pyWeakHash,
} from "./python.js";

/**
 * Fixes for built-in rules that report without one. A rule that later
 * attaches its own fix wins: providers only fill gaps.
 */
export const FIX_PROVIDERS: readonly FixProvider[] = [
  pyTlsVerification,
  pyDebugMode,
  pyWeakHash,
  pyMutableDefault,
  pyInsecureCookie,
  pyShellCommand,
  pySqlParameters,
  jsTlsVerification,
  jsWeakHash,
  jsDomXss,
];

/** The provided fix for a finding without one, or undefined. */
export function provideFix(ruleId: string, range: Range, file: SourceFile): Fix | undefined {
  const provider = FIX_PROVIDERS.find((p) => p.ruleId === ruleId);
  if (!provider || !isCodeLanguage(file.language)) return undefined;
  const root = parseSource(file.language, file.text, { countMissing: false }).root;
  return provider.provide({ root, text: file.text, lines: new LineIndex(file.text), range });
}

/** Findings with provided fixes filled in where their rule gave none. */
export function withProvidedFixes(
  findings: readonly Finding[],
  files: ReadonlyMap<string, SourceFile>,
): Finding[] {
  return findings.map((finding) => {
    const file = files.get(finding.file);
    if (finding.fix || !file) return finding;
    const fix = provideFix(finding.ruleId, finding.range, file);
    return fix ? { ...finding, fix, autoFixable: fix.applicability === "safe" } : finding;
  });
}
