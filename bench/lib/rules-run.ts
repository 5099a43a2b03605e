import { createHash } from "node:crypto";
import type { Language } from "../../src/core/language.js";
import type { SourceFile } from "../../src/core/source-file.js";
import type { Notice } from "../../src/core/review.js";
import type { Rule } from "../../src/rules/define-rule.js";
import { runRulesOnFile } from "../../src/rules/run-rules.js";
import type { CorpusFile } from "./corpus.js";
import type { ScoredFinding } from "./metrics.js";

export function sourceFileOf(file: CorpusFile, root: string): SourceFile {
  return unitSourceFile({ path: file.path, language: file.codeLanguage, text: file.text }, root);
}

export interface RulesRun {
  readonly findings: ScoredFinding[];
  readonly notices: Notice[];
  /** Drafts dropped for confidence below the reporting threshold. */
  readonly belowThreshold: number;
}

/** Runs the rules over every corpus file and keeps what a default review would report. */
export function runRulesOnCorpus(
  files: readonly CorpusFile[],
  root: string,
  rules: readonly Rule[],
  minConfidence: number,
): RulesRun {
  const findings: ScoredFinding[] = [];
  const notices: Notice[] = [];
  let belowThreshold = 0;
  for (const file of files) {
    const result = runRulesOnFile(sourceFileOf(file, root), rules);
    notices.push(...result.notices);
    for (const draft of result.drafts) {
      if (draft.confidence < minConfidence) {
        belowThreshold += 1;
        continue;
      }
      findings.push({ file: draft.file, line: draft.range.start.line, cwe: draft.cwe, ruleId: draft.ruleId });
    }
  }
  return { findings, notices, belowThreshold };
}

/** A file of a multi-file case, as the review would see it. */
export interface UnitFile {
  readonly path: string;
  readonly language: Language;
  readonly text: string;
}

/** One case folder (a blind case's `vuln/` or `safe/`): its files are reviewed together. */
export interface ReviewUnit {
  readonly id: string;
  readonly files: readonly UnitFile[];
}

/**
 * Runs the rules over each unit. The engine analyses one file at a time today,
 * so a unit is its files in turn; a flow that crosses files is missed and the
 * blind figures say so (docs/benchmarks.md, "Blind corpus"). Keeping the unit
 * as the argument lets a repository-wide engine take its place unchanged.
 */
export function runRulesOnUnits(
  units: readonly ReviewUnit[],
  root: string,
  rules: readonly Rule[],
  minConfidence: number,
): RulesRun {
  const findings: ScoredFinding[] = [];
  const notices: Notice[] = [];
  let belowThreshold = 0;
  for (const unit of units) {
    for (const file of unit.files) {
      const result = runRulesOnFile(unitSourceFile(file, root), rules);
      notices.push(...result.notices);
      for (const draft of result.drafts) {
        if (draft.confidence < minConfidence) belowThreshold += 1;
        else
          findings.push({
            file: draft.file,
            line: draft.range.start.line,
            cwe: draft.cwe,
            ruleId: draft.ruleId,
          });
      }
    }
  }
  return { findings, notices, belowThreshold };
}

function unitSourceFile(file: UnitFile, root: string): SourceFile {
  return {
    path: file.path,
    absolutePath: `${root}/${file.path}`,
    language: file.language,
    text: file.text,
    bytes: Buffer.byteLength(file.text),
    lines: file.text.split("\n").length,
    hash: createHash("sha256").update(file.text).digest("hex"),
  };
}
