import { z } from "zod";
import type { FindingDraft } from "../../core/finding.js";
import { LineIndex, type Range } from "../../core/location.js";
import { isSeverity, type Severity } from "../../core/severity.js";
import { familyForCwe, normaliseCwe, whyForFamily } from "../shared/cwe-families.js";
import { resolveReportedPath } from "../shared/paths.js";
import { isSecretFinding, redactQuotedSecret } from "../shared/redact-secret.js";
import { byteOffsetRange, lineSpan } from "../shared/positions.js";
import {
  confidenceFromWord,
  emptyParsed,
  parseToolJson,
  type ParsedToolOutput,
} from "../shared/tool-output.js";
import { humanise, toolRuleMeta, type ToolRuleInfo } from "../shared/tool-rule.js";
import { banditRuleInfo } from "./rule-table.js";

const ANALYSER = "bandit";

// Bandit 1.6 gives lines only; 1.7.3+ adds col_offset (0-based, UTF-8 bytes)
// and end_col_offset, and 1.7.1+ adds issue_cwe. Every one of them is optional here.
const resultSchema = z.looseObject({
  filename: z.string(),
  test_id: z.string(),
  test_name: z.string().optional(),
  issue_severity: z.string().optional(),
  issue_confidence: z.string().optional(),
  issue_text: z.string(),
  line_number: z.number().int(),
  line_range: z.array(z.number().int()).optional(),
  col_offset: z.number().int().nonnegative().optional(),
  end_col_offset: z.number().int().nonnegative().optional(),
  more_info: z.string().optional(),
  issue_cwe: z.looseObject({ id: z.number().int().optional() }).optional(),
});

const outputSchema = z.looseObject({
  results: z.array(resultSchema),
  errors: z.array(z.looseObject({ filename: z.string(), reason: z.string() })).default([]),
});

type BanditResult = z.infer<typeof resultSchema>;

/**
 * Bandit's `-f json` report → drafts, per-file notices and rule metadata.
 * `texts` holds the analysed files' text by repository path, for columns.
 */
export function parseBanditJson(
  text: string,
  root: string,
  texts: ReadonlyMap<string, string>,
): ParsedToolOutput {
  const parsed = outputSchema.safeParse(parseToolJson(ANALYSER, text));
  if (!parsed.success)
    throw new Error(`bandit output is not in the expected format: ${parsed.error.issues[0]?.message ?? ""}`);
  const out = emptyParsed();
  const known = new Set(texts.keys());

  for (const error of parsed.data.errors) {
    const path = resolveReportedPath(error.filename, root, known);
    if (path !== undefined) out.failedPaths.add(path);
    out.notices.push({
      level: "warning",
      analyser: ANALYSER,
      ...(path === undefined ? {} : { file: path }),
      message: `bandit could not ${/syntax|pars/i.test(error.reason) ? "parse" : "check"} ${path ?? error.filename} (${error.reason}); it was not checked by bandit`,
    });
  }

  for (const result of parsed.data.results) {
    const path = resolveReportedPath(result.filename, root, known);
    if (path === undefined) continue;
    const lines = new LineIndex(texts.get(path) ?? "");
    const info = banditRuleInfo(result.test_id) ?? fallbackInfo(result);
    const id = `${ANALYSER}/${result.test_id}`;
    const confidence = confidenceFromWord(result.issue_confidence, 0.7);
    const range = rangeOf(result, lines);
    const secret = isSecretFinding(info.cwe)
      ? redactQuotedSecret(result.issue_text, lines, range)
      : undefined;
    const issueText = secret?.message ?? result.issue_text;
    const finding: FindingDraft = {
      ruleId: id,
      file: path,
      range,
      severity: info.severity,
      category: info.category,
      title: info.title,
      description: `${issueText} ${info.why}`.trim(),
      recommendation: info.howToFix,
      cwe: info.cwe,
      confidence,
      source: ANALYSER,
      ...(info.family === undefined ? {} : { family: info.family }),
      ...(secret === undefined ? {} : { redact: secret.redact }),
    };
    out.findings.push(finding);
    if (!out.rules.has(id)) {
      out.rules.set(
        id,
        toolRuleMeta({
          analyser: ANALYSER,
          id,
          languages: ["python"],
          info,
          description: issueText,
          confidence,
          references: result.more_info === undefined ? [] : [result.more_info],
        }),
      );
    }
  }
  return out;
}

function rangeOf(result: BanditResult, lines: LineIndex): Range {
  const lastLine = Math.max(result.line_number, ...(result.line_range ?? []));
  if (result.col_offset === undefined) return lineSpan(lines, result.line_number, lastLine);
  return byteOffsetRange(
    lines,
    { line: result.line_number, byteColumn0: result.col_offset },
    result.end_col_offset === undefined ? undefined : { line: lastLine, byteColumn0: result.end_col_offset },
  );
}

/** A test this version of the table does not know: keep bandit's own words. */
function fallbackInfo(result: BanditResult): ToolRuleInfo {
  const cwe = normaliseCwe(result.issue_cwe?.id);
  const cweList = cwe === undefined ? [] : [cwe];
  const family = familyForCwe(cweList);
  const word = result.issue_severity?.toLowerCase();
  const severity: Severity = isSeverity(word) ? word : "medium";
  return {
    title: humanise(result.test_name ?? result.test_id),
    category: "security",
    severity,
    cwe: cweList,
    ...(family === undefined ? {} : { family }),
    why: whyForFamily(family) ?? "Bandit reports this as a security weakness.",
    howToFix:
      result.more_info === undefined
        ? "See bandit's documentation for this check."
        : `See ${result.more_info}.`,
  };
}
