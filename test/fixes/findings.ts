import { DEFAULT_CONFIG } from "../../src/core/config.js";
import type { Finding, FindingDraft } from "../../src/core/finding.js";
import type { Language } from "../../src/core/language.js";
import type { SourceFile } from "../../src/core/source-file.js";
import { DraftMemo } from "../../src/fixes/recheck.js";
import { crossFileContextOf, type CrossFileContext } from "../../src/fixes/proof/cross-file.js";
import { detectLanguage } from "../../src/platform/detect-language.js";
import { synthesise } from "../../src/pipeline/synthesise.js";
import { addCrossFileFindings, type CrossFileResult } from "../../src/rules/xfile/cross-file-findings.js";
import type { ModuleResolver } from "../../src/rules/xfile/link.js";
import { withFlowFixes } from "../../src/rules/xfile/flow-fixes.js";
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

/** A unit of files reviewed together, with the ladder's view of it. */
export interface UnitReview {
  readonly findings: Finding[];
  /** The memo that ran the rules, for the ladder to reuse. */
  readonly memo: DraftMemo;
  readonly crossFile: CrossFileContext;
  /** Each file's own drafts, before flows across files were linked. */
  readonly perFile: readonly FindingDraft[];
  /** The drafts after linking, and how many flows across files were found. */
  readonly linked: CrossFileResult;
}

/**
 * Source files reviewed together, as the rules analyser does (each file,
 * then flows across files), with the ladder's view of them: the memo that ran
 * the rules and the cross-file context built from the same run. `resolve`
 * replaces the resolver of the files' own paths (a unit inside a corpus folder).
 */
export function reviewUnit(
  sources: readonly SourceFile[],
  options: { readonly minConfidence: number; readonly resolve?: ModuleResolver },
): UnitReview {
  const memo = new DraftMemo(BUILTIN_RULES);
  const context = crossFileContextOf(
    sources,
    (f) => memo.summaryOf(f),
    BUILTIN_RULES.map((r) => r.meta),
  );
  const crossFile = options.resolve === undefined ? context : { ...context, resolve: options.resolve };
  const perFile = sources.flatMap((f) => memo.draftsOf(f));
  const linked = addCrossFileFindings(
    perFile,
    [...crossFile.summaries.values()],
    crossFile.rules,
    crossFile.resolve,
  );
  const findings = synthesise({
    drafts: withFlowFixes(linked.drafts, perFile, new Map(sources.map((f) => [f.path, f])), BUILTIN_RULES),
    texts: new Map(sources.map((f) => [f.path, f.text])),
    identities: new Map(sources.map((f) => [f.path, f.path])),
    redactions: new Map(),
    config: { ...DEFAULT_CONFIG, minConfidence: options.minConfidence },
  });
  return { findings, memo, crossFile, perFile, linked };
}

/** Files given by path and text, reviewed together (reviewUnit), every finding kept. */
export function reviewedTogether(files: Readonly<Record<string, string>>): {
  files: Map<string, SourceFile>;
  findings: Finding[];
  memo: DraftMemo;
  crossFile: CrossFileContext;
} {
  const sources = new Map(
    Object.entries(files).map(([path, text]) => [path, sourceFileFor(text, languageOf(path), path)]),
  );
  const { findings, memo, crossFile } = reviewUnit([...sources.values()], { minConfidence: 0 });
  return { files: sources, findings, memo, crossFile };
}

/** The language detection discovery uses; a test's file of no reviewable language is a mistake in the test. */
function languageOf(path: string): Language {
  const language = detectLanguage(path, "");
  if (language === undefined) throw new Error(`no language for ${path}`);
  return language;
}
