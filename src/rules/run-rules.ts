import type { FindingDraft } from "../core/finding.js";
import { isCodeLanguage } from "../core/language.js";
import { countsUnicodeSeparators, LineIndex, type Range } from "../core/location.js";
import type { Notice } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
import type { Rule, RuleContext, RuleReport } from "./define-rule.js";
import { parseSource } from "./parse.js";
import type { Piece } from "./pieces.js";
import type { TemplateSource } from "./templates/raw-outputs.js";
import { summariseFile } from "./xfile/summarise.js";
import type { FileSummary, SummaryPass } from "./xfile/summary.js";

export interface FileResult {
  readonly drafts: FindingDraft[];
  readonly notices: Notice[];
  /** What the file's functions pass to sinks and return, for data flow across files (src/rules/xfile/). */
  readonly summary?: FileSummary;
}

const ANALYSER = "rules";

/**
 * Runs every applicable rule over one file. Pure apart from parsing: a rule
 * that throws becomes an `incomplete` notice naming the rule and the file, and
 * the other rules still run.
 */
export function runRulesOnFile(
  file: SourceFile,
  rules: readonly Rule[],
  summaryPass: SummaryPass = "whole",
  templates: readonly TemplateSource[] = [],
): FileResult {
  const raw = runRules(file, rules, { whole: true, summaryPass, templates });
  const result = finish(file, [raw]);
  return raw.summary === undefined ? result : { ...result, summary: raw.summary };
}

/**
 * Runs the rules over one piece of a large file (src/rules/pieces.ts). Returns
 * undefined when the piece does not parse cleanly: a cut fell inside a
 * statement, and the caller analyses the file whole instead.
 */
export function runRulesOnPiece(
  piece: Piece,
  rules: readonly Rule[],
  templates: readonly TemplateSource[] = [],
): FileResult | undefined {
  const raw = runRules(piece.file, rules, { whole: false, summaryPass: "whole", templates });
  return raw.unclean ? undefined : raw;
}

/** One file's result from its pieces' results: positions are already the file's own. */
export function mergePieces(file: SourceFile, results: readonly FileResult[]): FileResult {
  return finish(file, results);
}

function finish(file: SourceFile, results: readonly FileResult[]): FileResult {
  const drafts = results.flatMap((r) => r.drafts);
  const seen = new Set<string>();
  const notices = results
    .flatMap((r) => r.notices)
    .filter((n) => {
      const key = `${n.level}:${n.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { drafts: dedupe(toLanguageLines(drafts, file)), notices };
}

interface RawResult extends FileResult {
  /** A piece that did not parse cleanly; never set for a whole file. */
  readonly unclean: boolean;
}

function runRules(
  file: SourceFile,
  rules: readonly Rule[],
  mode: {
    readonly whole: boolean;
    readonly summaryPass: SummaryPass;
    /** The review's server-side templates, handed to every rule as data. */
    readonly templates: readonly TemplateSource[];
  },
): RawResult {
  const applicable = rules.filter((rule) => rule.meta.languages.includes(file.language));
  const drafts: FindingDraft[] = [];
  const notices: Notice[] = [];
  if (applicable.length === 0) return { drafts, notices, unclean: false };

  const lines = new LineIndex(file.text);
  let root: RuleContext["root"];
  if (isCodeLanguage(file.language)) {
    const parsed = parseSource(file.language, file.text, { countMissing: !mode.whole });
    if (!mode.whole && parsed.errorCount > 0) return { drafts, notices, unclean: true };
    root = parsed.root;
    if (parsed.errorCount > 0) {
      notices.push({
        level: "warning",
        analyser: ANALYSER,
        file: file.path,
        message: `does not parse cleanly (${parsed.errorCount} syntax error${parsed.errorCount === 1 ? "" : "s"}${
          parsed.firstErrorLine === undefined ? "" : `, first at line ${parsed.firstErrorLine}`
        }); findings in it may be incomplete`,
      });
    }
  }

  const memo = new Map<string, unknown>();
  for (const rule of applicable) {
    const context: RuleContext<unknown> = {
      rule: rule.meta,
      file,
      text: file.text,
      lines,
      root,
      templates: mode.templates,
      report: (report) => {
        const draft = toDraft(rule, file, lines, report);
        const fix = rule.fix?.(
          { node: report.node, range: draft.range, state: report.state },
          { file, text: file.text, lines, root },
        );
        drafts.push(fix ? { ...draft, fix } : draft);
      },
      memo: <T>(key: string, compute: () => T): T => {
        if (!memo.has(key)) memo.set(key, compute());
        return memo.get(key) as T;
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // The rule's findings on this file are missing (a stack overflow on deep
      // code hides exactly what it would have reported), so the review is
      // incomplete; the other rules' findings stay.
      notices.push({
        level: "error",
        analyser: ANALYSER,
        file: file.path,
        message: `rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`,
        // Its findings in this file are missing: the review must not pass as complete (docs/security-notes/linear-work.md).
        incomplete: true,
      });
    }
  }
  // Only a whole file is summarised: a piece's functions are not all of the file's (docs/trust-levels.md, "Data flow across files").
  const summary =
    mode.whole && mode.summaryPass !== "none" && root !== undefined
      ? summariseSafely(file, root, memo, notices, mode.summaryPass)
      : undefined;
  return { drafts, notices, unclean: false, ...(summary === undefined ? {} : { summary }) };
}

function summariseSafely(
  file: SourceFile,
  root: NonNullable<RuleContext["root"]>,
  memo: ReadonlyMap<string, unknown>,
  notices: Notice[],
  pass: SummaryPass,
): FileSummary | undefined {
  try {
    return summariseFile(file, root, memo, pass);
  } catch (error) {
    // The file's own findings stand; only flows through it to other files are missing.
    notices.push({
      level: "warning",
      analyser: ANALYSER,
      file: file.path,
      message: `not summarised for data flow across files: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}

/**
 * Rules place findings by parser rows (LF, CRLF and lone CR end a row). In
 * JavaScript U+2028/U+2029 also end a line, as ESLint counts them, so
 * positions are moved to those lines through their offsets. Fix edits stay
 * in row terms: the fix stage applies them with the same plain index.
 */
function toLanguageLines(drafts: FindingDraft[], file: SourceFile): FindingDraft[] {
  if (!countsUnicodeSeparators(file.language) || !/[\u2028\u2029]/.test(file.text)) return drafts;
  const rows = new LineIndex(file.text);
  const lines = new LineIndex(file.text, { unicodeSeparators: true });
  const move = (range: Range): Range => ({
    start: lines.positionAt(rows.offsetAt(range.start)),
    end: lines.positionAt(rows.offsetAt(range.end)),
  });
  return drafts.map((draft) => ({
    ...draft,
    range: move(draft.range),
    ...(draft.redact ? { redact: draft.redact.map(move) } : {}),
  }));
}

function toDraft(rule: Rule, file: SourceFile, lines: LineIndex, report: RuleReport<unknown>): FindingDraft {
  const { meta } = rule;
  const range = report.range ?? (report.node ? nodeRange(report.node.range()) : wholeFirstLine(lines));
  return {
    ruleId: meta.id,
    file: file.path,
    range,
    severity: report.severity ?? meta.severity,
    category: meta.category,
    title: meta.title,
    description: report.message ?? `${meta.description} ${meta.why}`.trim(),
    recommendation: meta.howToFix,
    cwe: [...new Set([meta.cwe[0], ...(report.extraCwe ?? [])].filter((c): c is string => Boolean(c)))],
    confidence: report.confidence ?? meta.confidence,
    source: ANALYSER,
    ...(meta.family === undefined ? {} : { family: meta.family }),
    ...(report.redact ? { redact: report.redact } : {}),
  };
}

/** ast-grep ranges are 0-based lines and UTF-16 columns; ours are 1-based. */
export function nodeRange(r: {
  start: { line: number; column: number };
  end: { line: number; column: number };
}): Range {
  return {
    start: { line: r.start.line + 1, column: r.start.column + 1 },
    end: { line: r.end.line + 1, column: r.end.column + 1 },
  };
}

function wholeFirstLine(lines: LineIndex): Range {
  return { start: { line: 1, column: 1 }, end: { line: 1, column: lines.line(1).length + 1 } };
}

/** A rule reporting the same place twice (two paths to one sink) yields one finding. */
function dedupe(drafts: FindingDraft[]): FindingDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.ruleId}:${d.range.start.line}:${d.range.start.column}:${d.range.end.line}:${d.range.end.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
