import { createHash } from "node:crypto";
import type { SourceFile } from "../../src/core/source-file.js";
import type { Notice } from "../../src/core/review.js";
import type { Rule } from "../../src/rules/define-rule.js";
import { runRulesOnFile } from "../../src/rules/run-rules.js";
import type { CorpusFile } from "./corpus.js";
import type { ScoredFinding } from "./metrics.js";

export function sourceFileOf(file: CorpusFile, root: string): SourceFile {
  return {
    path: file.path,
    absolutePath: `${root}/${file.path}`,
    language: file.codeLanguage,
    text: file.text,
    bytes: Buffer.byteLength(file.text),
    lines: file.text.split("\n").length,
    hash: createHash("sha256").update(file.text).digest("hex"),
  };
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
