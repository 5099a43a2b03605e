import type { Finding } from "../../core/finding.js";
import type { Fix } from "../../core/fix.js";
import { isCodeLanguage } from "../../core/language.js";
import { LineIndex, type Range } from "../../core/location.js";
import type { SourceFile } from "../../core/source-file.js";
import { parseSource } from "../../rules/parse.js";
import { jsDomXss, jsTlsVerification, jsWeakHash } from "./js.js";
import type { FixContext, FixProvider } from "./provider.js";
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

type Parsed = Omit<FixContext, "range">;

function parsed(file: SourceFile): Parsed | undefined {
  if (!isCodeLanguage(file.language)) return undefined;
  const root = parseSource(file.language, file.text, { countMissing: false }).root;
  return { root, text: file.text, lines: new LineIndex(file.text) };
}

/** The provided fix for a finding without one, or undefined. */
export function provideFix(ruleId: string, range: Range, file: SourceFile): Fix | undefined {
  const provider = FIX_PROVIDERS.find((p) => p.ruleId === ruleId);
  const context = provider && parsed(file);
  return context && provider.provide({ ...context, range });
}

/** Findings with provided fixes filled in where their rule gave none; each file is parsed once. */
export function withProvidedFixes(
  findings: readonly Finding[],
  files: ReadonlyMap<string, SourceFile>,
): Finding[] {
  const trees = new Map<string, Parsed | undefined>();
  return findings.map((finding) => {
    const file = files.get(finding.file);
    const provider = FIX_PROVIDERS.find((p) => p.ruleId === finding.ruleId);
    if (finding.fix || !file || !provider) return finding;
    if (!trees.has(file.path)) trees.set(file.path, parsed(file));
    const context = trees.get(file.path);
    const fix = context && provider.provide({ ...context, range: finding.range });
    return fix ? { ...finding, fix, autoFixable: fix.applicability === "safe" } : finding;
  });
}
