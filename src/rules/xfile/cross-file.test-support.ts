import { createHash } from "node:crypto";
import type { FindingDraft } from "../../core/finding.js";
import type { Language } from "../../core/language.js";
import type { Notice } from "../../core/review.js";
import { BUILTIN_RULES } from "../registry.js";
import { runRulesOnFile } from "../run-rules.js";
import { addCrossFileFindings } from "./cross-file-findings.js";
import type { LinkLimits } from "./link.js";
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
  const summaries: FileSummary[] = [];
  for (const [path, text] of Object.entries(files)) {
    const result = runRulesOnFile(
      {
        path,
        absolutePath: `/repo/${path}`,
        language: languageOf(path),
        text,
        bytes: Buffer.byteLength(text),
        lines: text.split("\n").length,
        hash: createHash("sha256").update(text).digest("hex"),
      },
      BUILTIN_RULES,
    );
    drafts.push(...result.drafts);
    notices.push(...result.notices);
    if (result.summary) summaries.push(result.summary);
  }
  const linked = addCrossFileFindings(
    drafts,
    summaries,
    BUILTIN_RULES.map((r) => r.meta),
    reviewResolver(Object.keys(files)),
    limits,
  );
  return { drafts: linked.drafts, perFile: drafts, notices: [...notices, ...linked.notices] };
}
