import { createHash } from "node:crypto";
import type { Language } from "../../src/core/language.js";
import type { SourceFile } from "../../src/core/source-file.js";
import type { Notice } from "../../src/core/review.js";
import type { FindingDraft } from "../../src/core/finding.js";
import type { Rule } from "../../src/rules/define-rule.js";
import { addCrossFileFindings } from "../../src/rules/xfile/cross-file-findings.js";
import { makeReachedWhole } from "../../src/rules/xfile/demand.js";
import { DEFAULT_LINK_LIMITS, type ModuleResolver } from "../../src/rules/xfile/link.js";
import { reviewResolver } from "../../src/rules/xfile/resolver.js";
import type { FileSummary } from "../../src/rules/xfile/summary.js";
import { runRulesOnFile } from "../../src/rules/run-rules.js";
import { templateSourcesOf } from "../../src/rules/templates/template-files.js";
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
 * Runs the rules over each unit as a review would: each file alone, then the
 * files' summaries linked for data flow across files
 * (src/rules/xfile/cross-file-findings.ts), with modules resolved among the
 * unit's own files as if its folder were the repository root.
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
  const metas = rules.map((r) => r.meta);
  for (const unit of units) {
    const drafts: FindingDraft[] = [];
    const summaries = new Map<string, FileSummary>();
    // The unit's templates reach the rules as data, as the rules analyser hands them over (src/workers/rules-analyser.ts).
    const templates = templateSourcesOf(unit.files.map((f) => unitSourceFile(f, root))).sources;
    // The two summary passes as the rules analyser runs them (src/rules/xfile/demand.ts).
    for (const file of unit.files) {
      const result = runRulesOnFile(unitSourceFile(file, root), rules, "first", templates);
      notices.push(...result.notices);
      drafts.push(...result.drafts);
      if (result.summary) summaries.set(file.path, result.summary);
    }
    const resolve = unitResolver(unit);
    const byPath = new Map(unit.files.map((f) => [f.path, f]));
    makeReachedWhole(
      summaries,
      resolve,
      (path) => {
        const file = byPath.get(path);
        return file && runRulesOnFile(unitSourceFile(file, root), rules, "whole", templates).summary;
      },
      DEFAULT_LINK_LIMITS.depth,
    );
    const linked = addCrossFileFindings(drafts, [...summaries.values()], metas, resolve);
    notices.push(...linked.notices);
    for (const draft of linked.drafts) {
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
  return { findings, notices, belowThreshold };
}

/** Resolves modules among a unit's files, relative to the folder they share. */
export function unitResolver(unit: ReviewUnit): ModuleResolver {
  const paths = unit.files.map((f) => f.path);
  const dirs = paths.map((p) => p.split("/").slice(0, -1));
  // Bounded by the first file's folders: a unit with no reviewable file shares none.
  const first = dirs[0] ?? [];
  const common: string[] = [];
  for (let i = 0; i < first.length && dirs.every((d) => d[i] === first[i]); i++) common.push(first[i]!);
  const prefix = common.length === 0 ? "" : `${common.join("/")}/`;
  const inner = reviewResolver(paths.map((p) => p.slice(prefix.length)));
  return (importer, specifier, family) => {
    const found = inner(importer.slice(prefix.length), specifier, family);
    return found === undefined ? undefined : prefix + found;
  };
}

export function unitSourceFile(file: UnitFile, root: string): SourceFile {
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
