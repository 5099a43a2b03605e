import type { Finding } from "../core/finding.js";
import type { Fix } from "../core/fix.js";
import type { Range } from "../core/location.js";
import type {
  AnalyserRun,
  Comparison,
  DismissedFinding,
  Notice,
  ResolvedFinding,
  Review,
  SkippedFile,
} from "../core/review.js";
import type { RuleMeta } from "../core/rule-meta.js";

/**
 * The JSON report: the review as documented in docs/json-report.md and
 * schema/review-report.schema.json. Every field is copied by name, so a field
 * added to the core types does not leak into the report until the schema and
 * the documentation describe it (the schema test fails on unknown fields).
 * `fileIdentities` is internal bookkeeping for rename tracking and is omitted.
 */
export function renderJson(review: Review): string {
  return `${JSON.stringify(toJsonReport(review), null, 2)}\n`;
}

export function toJsonReport(review: Review): Record<string, unknown> {
  return dropUndefined({
    schemaVersion: review.schemaVersion,
    id: review.id,
    tool: { name: review.tool.name, version: review.tool.version },
    target: dropUndefined({
      kind: review.target.kind,
      input: review.target.input,
      root: review.target.root,
      url: review.target.url,
      commit: review.target.commit,
      branch: review.target.branch,
    }),
    startedAt: review.startedAt,
    completedAt: review.completedAt,
    durationMs: review.durationMs,
    state: review.state,
    completeness: review.completeness,
    scope: { ...review.scope },
    requestedBy: dropUndefined({
      kind: review.requestedBy.kind,
      id: review.requestedBy.id,
      name: review.requestedBy.name,
    }),
    files: dropUndefined({
      analysed: review.files.analysed,
      bytes: review.files.bytes,
      lines: review.files.lines,
      productionLines: review.files.productionLines,
      byLanguage: { ...review.files.byLanguage },
    }),
    summary: {
      total: review.summary.total,
      bySeverity: { ...review.summary.bySeverity },
      byCategory: { ...review.summary.byCategory },
      score: review.summary.score,
      // Reviews stored before the version existed were scored by formula 1.
      scoreVersion: review.summary.scoreVersion ?? 1,
    },
    findings: review.findings.map(findingJson),
    analysers: review.analysers.map(analyserJson),
    notices: review.notices.map(noticeJson),
    skipped: review.skipped.map(skippedJson),
    skippedCounts: { ...review.skippedCounts },
    rules: review.rules.map(ruleJson),
    diff: review.diff && {
      base: review.diff.base,
      changedFiles: review.diff.changedFiles,
      wholeFiles: review.diff.wholeFiles,
    },
    comparison: review.comparison && comparisonJson(review.comparison),
    suppressed:
      review.suppressed &&
      dropUndefined({
        inline: review.suppressed.inline,
        baseline: review.suppressed.baseline,
        dismissed: review.suppressed.dismissed,
      }),
    dismissed: review.dismissed?.map(dismissedJson),
    disabledByRepository:
      review.disabledByRepository &&
      dropUndefined({
        analysers: [...review.disabledByRepository.analysers],
        rules: [...review.disabledByRepository.rules],
        excludes: [...review.disabledByRepository.excludes],
        nonProductionPaths: review.disabledByRepository.nonProductionPaths && [
          ...review.disabledByRepository.nonProductionPaths,
        ],
        ignored: review.disabledByRepository.ignored,
      }),
    llm: {
      tokens: review.llm.tokens,
      costCents: review.llm.costCents,
      calls: review.llm.calls,
      cachedCalls: review.llm.cachedCalls,
      droppedFindings: review.llm.droppedFindings,
      notReviewed: review.llm.notReviewed?.map((n) => ({
        file: n.file,
        analyser: n.analyser,
        reason: n.reason,
        cause: n.cause,
      })),
      coverage: review.llm.coverage?.map((c) => ({
        agent: c.agent,
        planned: c.planned,
        reviewed: c.reviewed,
        cut: { ...c.cut },
      })),
      models:
        review.llm.models &&
        Object.fromEntries(
          Object.entries(review.llm.models).map(([m, s]) => [
            m,
            {
              calls: s.calls,
              inputTokens: s.inputTokens,
              outputTokens: s.outputTokens,
              costCents: s.costCents,
            },
          ]),
        ),
    },
  });
}

function rangeJson(range: Range): Record<string, unknown> {
  return {
    start: { line: range.start.line, column: range.start.column },
    end: { line: range.end.line, column: range.end.column },
  };
}

function fixJson(fix: Fix): Record<string, unknown> {
  return {
    description: fix.description,
    applicability: fix.applicability,
    edits: fix.edits.map((e) => ({ range: rangeJson(e.range), text: e.text })),
  };
}

function findingJson(f: Finding): Record<string, unknown> {
  return dropUndefined({
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    file: f.file,
    range: rangeJson(f.range),
    severity: f.severity,
    category: f.category,
    title: f.title,
    description: f.description,
    recommendation: f.recommendation,
    cwe: [...f.cwe],
    cvss: f.cvss,
    confidence: f.confidence,
    snippet: f.snippet,
    fix: f.fix && fixJson(f.fix),
    fixValidation: f.fixValidation,
    autoFixable: f.autoFixable,
    sources: [...f.sources],
    relatedRules: [...f.relatedRules],
    family: f.family,
    nonProduction: f.nonProduction && dropUndefined({ ...f.nonProduction }),
  });
}

function analyserJson(a: AnalyserRun): Record<string, unknown> {
  return dropUndefined({
    id: a.id,
    status: a.status,
    durationMs: a.durationMs,
    filesAnalysed: a.filesAnalysed,
    findings: a.findings,
    message: a.message,
  });
}

function noticeJson(n: Notice): Record<string, unknown> {
  return dropUndefined({
    level: n.level,
    analyser: n.analyser,
    message: n.message,
    file: n.file,
    incomplete: n.incomplete,
  });
}

function skippedJson(s: SkippedFile): Record<string, unknown> {
  return dropUndefined({ path: s.path, reason: s.reason, detail: s.detail, language: s.language });
}

function ruleJson(r: RuleMeta): Record<string, unknown> {
  return dropUndefined({
    id: r.id,
    analyser: r.analyser,
    languages: [...r.languages],
    category: r.category,
    severity: r.severity,
    confidence: r.confidence,
    cwe: [...r.cwe],
    owasp: r.owasp,
    title: r.title,
    description: r.description,
    why: r.why,
    howToFix: r.howToFix,
    references: [...r.references],
    fixable: r.fixable,
    family: r.family,
  });
}

function resolvedJson(r: ResolvedFinding): Record<string, unknown> {
  return {
    fingerprint: r.fingerprint,
    ruleId: r.ruleId,
    file: r.file,
    line: r.line,
    severity: r.severity,
    title: r.title,
  };
}

function dismissedJson(d: DismissedFinding): Record<string, unknown> {
  return { ...resolvedJson(d), by: d.by, reason: d.reason, at: d.at };
}

function comparisonJson(c: Comparison): Record<string, unknown> {
  return {
    previousReviewId: c.previousReviewId,
    newFingerprints: [...c.newFingerprints],
    fixed: c.fixed.map(resolvedJson),
    notRechecked: c.notRechecked.map(resolvedJson),
  };
}

/** Optional fields are absent rather than null, as the schema says. */
function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
