import type { FindingDraft } from "../../core/finding.js";
import type { Language } from "../../core/language.js";
import type { Notice } from "../../core/review.js";
import type { SourceFile } from "../../core/source-file.js";
import { BUILTIN_RULES } from "../registry.js";
import { sourceFileFor } from "../rule-tester.js";
import { runRulesOnFile } from "../run-rules.js";
import { addCrossFileFindings } from "./cross-file-findings.js";
import { makeReachedWhole } from "./demand.js";
import { DEFAULT_LINK_LIMITS, type LinkLimits } from "./link.js";
import { reviewResolver } from "./resolver.js";
import type { FileSummary } from "./summary.js";

/** One multi-file case: path → text, the language from the extension. */
export type Files = Readonly<Record<string, string>>;

function languageOf(path: string): Language {
  if (path.endsWith(".py")) return "python";
  if (path.endsWith(".tsx")) return "tsx";
  if (path.endsWith(".ts")) return "typescript";
  return "javascript";
}

/** Reviews the files with the built-in rules as the rules analyser does: each file, then the summaries linked. */
export function reviewFiles(
  files: Files,
  limits?: LinkLimits,
): { drafts: FindingDraft[]; perFile: FindingDraft[]; notices: Notice[] } {
  const drafts: FindingDraft[] = [];
  const notices: Notice[] = [];
  const summaries = new Map<string, FileSummary>();
  const sourceFile = (path: string, text: string): SourceFile => sourceFileFor(text, languageOf(path), path);
  for (const [path, text] of Object.entries(files)) {
    const result = runRulesOnFile(sourceFile(path, text), BUILTIN_RULES, "first");
    drafts.push(...result.drafts);
    notices.push(...result.notices);
    if (result.summary) summaries.set(path, result.summary);
  }
  // The second pass where another file's flow reaches, as the rules analyser runs it (demand.ts).
  const resolve = reviewResolver(Object.keys(files));
  makeReachedWhole(
    summaries,
    resolve,
    (path) => runRulesOnFile(sourceFile(path, files[path] ?? ""), BUILTIN_RULES, "whole").summary,
    (limits ?? DEFAULT_LINK_LIMITS).depth,
  );
  const linked = addCrossFileFindings(
    drafts,
    [...summaries.values()],
    BUILTIN_RULES.map((r) => r.meta),
    resolve,
    limits,
  );
  return { drafts: linked.drafts, perFile: drafts, notices: [...notices, ...linked.notices] };
}
