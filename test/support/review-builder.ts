import type { Finding } from "../../src/core/finding.js";
import { fingerprintOf } from "../../src/core/fingerprint.js";
import { REVIEW_SCHEMA_VERSION, type Comparison, type Review } from "../../src/core/review.js";
import type { RuleMeta } from "../../src/core/rule-meta.js";
import type { ProjectRef } from "../../src/core/store.js";
import { summarise } from "../../src/pipeline/synthesise.js";

/**
 * Small builders for Review values in store and reporter tests. Defaults are a
 * plain local review; optional fields are absent unless a test passes them,
 * the way the pipeline builds them.
 */

export function project(key: string, overrides: Partial<ProjectRef> = {}): ProjectRef {
  return {
    key,
    name: key.split("/").at(-1) ?? key,
    repositoryUrl: key,
    provider: "local",
    ...overrides,
  };
}

export function finding(n: number, overrides: Partial<Finding> = {}): Finding {
  const file = overrides.file ?? `src/module_${n % 7}.py`;
  const snippet = overrides.snippet ?? `value_${n} = eval(user_input_${n})`;
  const ruleId = overrides.ruleId ?? "py/eval-injection";
  return {
    ruleId,
    file,
    range: { start: { line: n + 1, column: 5 }, end: { line: n + 1, column: 30 } },
    severity: "high",
    category: "security",
    title: `eval() on user input #${n}`,
    description: "eval runs whatever the user sends.",
    recommendation: "Parse the value with ast.literal_eval or a real parser.",
    cwe: ["CWE-95", "CWE-94"],
    snippet,
    autoFixable: false,
    confidence: 0.9,
    sources: ["rules"],
    relatedRules: [],
    fingerprint: fingerprintOf(ruleId, file, snippet, 0),
    ...overrides,
  };
}

const RULE: RuleMeta = {
  id: "py/eval-injection",
  analyser: "rules",
  languages: ["python"],
  category: "security",
  severity: "high",
  confidence: 0.9,
  cwe: ["CWE-95", "CWE-94"],
  owasp: "A03:2021-Injection",
  title: "eval() on user input",
  description: "Finds eval and exec called with data that may come from a user.",
  why: "Whoever controls the string controls the process.",
  howToFix: "Use ast.literal_eval for literals, or parse the input explicitly.",
  references: ["https://cwe.mitre.org/data/definitions/95.html"],
  fixable: false,
};

export interface ReviewSpec {
  readonly id: string;
  readonly startedAt?: string;
  readonly findings?: readonly Finding[];
  readonly comparison?: Comparison;
  readonly completeness?: Review["completeness"];
  readonly scope?: Review["scope"];
  readonly commit?: string;
  readonly branch?: string;
}

export function review(spec: ReviewSpec): Review {
  const findings = spec.findings ?? [finding(1), finding(2, { severity: "medium", category: "logic" })];
  const startedAt = spec.startedAt ?? "2026-11-27T03:00:00.000Z";
  const filesAnalysed = 12;
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    id: spec.id,
    tool: { name: "codeguardian", version: "0.1.0" },
    target: {
      kind: "path",
      input: "/srv/app",
      root: "/srv/app",
      ...(spec.commit === undefined ? {} : { commit: spec.commit }),
      ...(spec.branch === undefined ? {} : { branch: spec.branch }),
    },
    startedAt,
    completedAt: Number.isNaN(Date.parse(startedAt))
      ? startedAt
      : new Date(Date.parse(startedAt) + 1500).toISOString(),
    durationMs: 1500,
    state: "finished",
    completeness: spec.completeness ?? "complete",
    scope: spec.scope ?? { kind: "full" },
    requestedBy: { kind: "cli" },
    files: { analysed: filesAnalysed, bytes: 40_960, lines: 1_200, byLanguage: { python: 12 } },
    skipped: [{ path: "vendor/lib.min.js", reason: "minified" }],
    skippedCounts: { minified: 1 },
    analysers: [
      { id: "rules", status: "completed", durationMs: 300, filesAnalysed, findings: findings.length },
    ],
    notices: [],
    rules: [RULE],
    findings,
    summary: summarise(findings, { lines: 1_200 }),
    ...(spec.comparison === undefined ? {} : { comparison: spec.comparison }),
    llm: { tokens: 0, costCents: 0 },
    fileIdentities: { "src/module_1.py": { hash: "ab".repeat(32), identity: "src/module_1.py" } },
  };
}

function richFinding(): Finding {
  return finding(3, {
    file: "src/données/モジュール.py",
    title: "Requête SQL construite à partir d'une entrée — «dangereux» 🚨",
    description: "Ünïcödé, RTL مرحبا, combining e\u0301, quotes ' \" ` and a backslash \\ and\ttabs.",
    recommendation: "Utilisez des paramètres:\n  cursor.execute(sql, (x,))",
    snippet: "    q = f\"SELECT * FROM t WHERE a = '{a}'\"  # 密码\n    cursor.execute(q)",
    severity: "critical",
    cwe: ["CWE-89"],
    cvss: 9.8,
    fix: {
      description: "Paramétrer la requête",
      applicability: "suggested",
      edits: [
        {
          range: { start: { line: 4, column: 9 }, end: { line: 4, column: 44 } },
          text: '"SELECT * FROM t WHERE a = ?"',
        },
        { range: { start: { line: 5, column: 21 }, end: { line: 5, column: 21 } }, text: ", (a,)" },
      ],
    },
    autoFixable: false,
    sources: ["rules", "bandit", "semgrep"],
    relatedRules: ["bandit/B608", "semgrep/python.sql-injection"],
    family: "sql-injection",
    confidence: 0.875,
  });
}

/**
 * A review with everything a store must keep exactly: non-ASCII text in every
 * field, fixes with and without edits, cvss and family present next to a
 * finding without them, a failed analyser, notices, a diff scope, LLM usage
 * with fractional cents, and a comparison with new and fixed findings.
 */
export function richReview(id: string): Review {
  const findings = [
    richFinding(),
    finding(4, {
      fix: { description: "Delete the line", applicability: "safe", edits: [] },
      autoFixable: true,
      cwe: [],
      severity: "info",
      category: "style",
    }),
    finding(5),
  ];
  const base = review({
    id,
    findings,
    commit: "9fceb02d0ae598e95dc970b74767f19372d61af8",
    branch: "ré/branche-ü",
  });
  return {
    ...base,
    completeness: "incomplete",
    target: {
      ...base.target,
      kind: "git",
      url: "https://example.test/acme/app.git",
      input: "https://example.test/acme/app.git",
    },
    analysers: [
      ...base.analysers,
      {
        id: "eslint",
        status: "failed",
        durationMs: 12,
        filesAnalysed: 0,
        findings: 0,
        message: "exit 2: «boom»",
      },
    ],
    notices: [{ level: "warning", analyser: "bandit", message: "syntax error — skipped", file: "src/ß.py" }],
    scope: { kind: "diff", base: "origin/main", wholeFiles: false },
    diff: { base: "origin/main", changedFiles: 3, wholeFiles: false },
    llm: { tokens: 12_345, costCents: 1.75 },
    comparison: {
      previousReviewId: `prev-${id}`,
      newFingerprints: [findings[0]!.fingerprint, findings[2]!.fingerprint],
      fixed: [
        {
          fingerprint: "f".repeat(32),
          ruleId: "py/weak-hash",
          file: "a.py",
          line: 3,
          severity: "medium",
          title: "MD5",
        },
      ],
      notRechecked: [],
    },
  };
}
