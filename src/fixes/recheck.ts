import { parseAllDocuments } from "yaml";
import type { Finding, FindingDraft } from "../core/finding.js";
import { sha256Hex } from "../core/hash.js";
import { isCodeLanguage } from "../core/language.js";
import type { Range } from "../core/location.js";
import type { SourceFile } from "../core/source-file.js";
import type { Rule } from "../rules/define-rule.js";
import { parseSource, type ParsedFile } from "../rules/parse.js";
import { runRulesOnFile, type FileResult } from "../rules/run-rules.js";
import type { FileSummary } from "../rules/xfile/summary.js";

/** The same file with other content, as the rules see it. */
export function withText(file: SourceFile, text: string): SourceFile {
  return {
    ...file,
    text,
    bytes: Buffer.byteLength(text),
    lines: text.split("\n").length,
    hash: sha256Hex(text),
  };
}

/**
 * The built-in rule that re-checks a finding: its own rule, or for a finding
 * an external tool reported and a built-in rule merged with, that rule.
 */
export function recheckRule(
  finding: Pick<Finding, "ruleId" | "relatedRules">,
  rules: readonly Rule[],
): Rule | undefined {
  for (const id of [finding.ruleId, ...finding.relatedRules]) {
    const rule = rules.find((r) => r.meta.id === id);
    if (rule) return rule;
  }
  return undefined;
}

/**
 * Syntax errors in a text: ERROR + MISSING nodes for code, parser errors for
 * JSON and YAML, none for formats with no parser here.
 */
export function syntaxErrors(file: Pick<SourceFile, "language">, text: string): number {
  if (isCodeLanguage(file.language)) {
    const parsed = parseSource(file.language, text);
    return parsed.errorCount + (file.language === "python" ? 0 : invalidRegexLiterals(parsed.root));
  }
  if (file.language === "json") {
    try {
      JSON.parse(text);
      return 0;
    } catch {
      return 1;
    }
  }
  if (file.language === "yaml")
    return parseAllDocuments(text).reduce((n, doc) => n + ("errors" in doc ? doc.errors.length : 1), 0);
  return 0;
}

/**
 * JavaScript rejects a bad regular-expression literal when it loads the file,
 * but the grammar accepts any text between the slashes: a fix that drops a
 * bracket inside one must still fail the parse step.
 */
function invalidRegexLiterals(root: ParsedFile["root"]): number {
  let bad = 0;
  for (const node of root.findAll({ rule: { kind: "regex" } })) {
    const children = node.children();
    const pattern = children.find((c) => c.kind() === "regex_pattern")?.text() ?? "";
    const flags = children.find((c) => c.kind() === "regex_flags")?.text() ?? "";
    try {
      new RegExp(pattern, flags);
    } catch {
      bad++;
    }
  }
  return bad;
}

/** Runs rules over one text, memoised by content hash (a fix's "after" is the next fix's "before"). */
export class DraftMemo {
  private readonly memo = new Map<string, FileResult>();

  constructor(private readonly rules: readonly Rule[]) {}

  draftsOf(file: SourceFile): FindingDraft[] {
    return this.resultOf(file).drafts;
  }

  /** The file's summary for data flow across files, from the same rules run as its drafts. */
  summaryOf(file: SourceFile): FileSummary | undefined {
    return this.resultOf(file).summary;
  }

  private resultOf(file: SourceFile): FileResult {
    const key = `${file.path}\u0000${file.language}\u0000${sha256Hex(file.text)}`;
    let result = this.memo.get(key);
    if (result === undefined) {
      result = runRulesOnFile(file, this.rules);
      this.memo.set(key, result);
    }
    return result;
  }

  /** The secrets the rules found in this text: what must be masked before a model sees it. */
  secretsOf(file: SourceFile): Range[] {
    return this.draftsOf(file).flatMap((d) => [...(d.redact ?? [])]);
  }
}

export function linesOverlap(a: Range, b: Range): boolean {
  return a.start.line <= b.end.line && b.start.line <= a.end.line;
}
