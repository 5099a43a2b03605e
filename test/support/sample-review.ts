import type { Finding } from "../../src/core/finding.js";
import { fingerprintOf } from "../../src/core/fingerprint.js";
import {
  REVIEW_SCHEMA_VERSION,
  type Review,
  type SkippedFile,
  type SkipReason,
} from "../../src/core/review.js";
import type { RuleMeta } from "../../src/core/rule-meta.js";
import { compareFindings, summarise } from "../../src/pipeline/synthesise.js";

/**
 * A hand-built review of a small shop application, shaped like what the
 * pipeline produces, with every awkward case a reporter must survive:
 * non-ASCII text, snippets full of HTML/Markdown metacharacters, a file name
 * that is an HTML tag, a fix, merged sources, every kind of skip, a failed and
 * a timed-out analyser, notices, LLM usage and a comparison with new/fixed.
 */

const SQL_FILE = "src/shop/db/orders.py";
const XSS_FILE = "web/static/<script>alert(1)</script>.js";
const SECRET_FILE = "config/app settings #2 — données.yaml";
const UTIL_FILE = "src/shop/utils.py";

function fp(ruleId: string, file: string, snippet: string, occurrence = 0): string {
  return fingerprintOf(ruleId, file, snippet, occurrence);
}

const sqlSnippet = [
  "    query = f\"SELECT * FROM orders WHERE customer = '{customer_id}' AND status | 'open'\"",
  "    cursor.execute(query)",
].join("\n");

const xssSnippet =
  'panel.innerHTML = "<script>alert(`x`)</script>" + name; // ``` | [link](javascript:alert(1)) </details> @octocat';

const secretSnippet = 'mot_de_passe: "«redacted»"  # 密码 — ne pas committer 🚫';

const bareExceptSnippet = ["    except:", "        pass"].join("\n");

const evalSnippet = "    return eval(expression)  # *bold* _em_ <b>html</b>";

const handBuiltFindings: Finding[] = [
  {
    ruleId: "py/sql-injection",
    file: SQL_FILE,
    range: { start: { line: 41, column: 5 }, end: { line: 42, column: 26 } },
    severity: "critical",
    category: "security",
    title: "SQL query built from user input",
    description:
      "The query string is built with an f-string that includes `customer_id`, which comes from the HTTP request. An attacker can change the meaning of the query and read or modify any order.",
    recommendation:
      'Pass the value as a query parameter: cursor.execute("SELECT * FROM orders WHERE customer = %s", (customer_id,)).',
    cwe: ["CWE-89"],
    cvss: 9.8,
    snippet: sqlSnippet,
    fix: {
      description: "Use a parameterised query",
      applicability: "suggested",
      edits: [
        {
          range: { start: { line: 41, column: 13 }, end: { line: 41, column: 89 } },
          text: "\"SELECT * FROM orders WHERE customer = %s AND status = 'open'\"",
        },
        {
          range: { start: { line: 42, column: 25 }, end: { line: 42, column: 25 } },
          text: ", (customer_id,)",
        },
      ],
    },
    autoFixable: false,
    confidence: 0.95,
    sources: ["rules", "bandit"],
    relatedRules: ["bandit/B608"],
    fingerprint: fp("py/sql-injection", SQL_FILE, sqlSnippet),
    family: "sql-injection",
  },
  {
    ruleId: "js/dom-xss",
    file: XSS_FILE,
    range: { start: { line: 7, column: 1 }, end: { line: 7, column: 57 } },
    severity: "high",
    category: "security",
    title: "Untrusted data written to innerHTML </details><script>alert('title')</script> | x",
    description: "`name` reaches `innerHTML` without escaping, so a crafted name runs script in the page.",
    recommendation: "Use textContent, or escape the value before inserting it as HTML.",
    cwe: ["CWE-79"],
    snippet: xssSnippet,
    autoFixable: false,
    confidence: 0.8,
    sources: ["rules"],
    relatedRules: [],
    fingerprint: fp("js/dom-xss", XSS_FILE, xssSnippet),
  },
  {
    ruleId: "text/hardcoded-secret",
    file: SECRET_FILE,
    range: { start: { line: 3, column: 15 }, end: { line: 3, column: 41 } },
    severity: "high",
    category: "security",
    title: "Mot de passe écrit en clair",
    description: "Un mot de passe est écrit dans un fichier de configuration versionné (« données »).",
    recommendation: "Lisez-le depuis une variable d'environnement ou un coffre-fort de secrets.",
    cwe: ["CWE-798", "CWE-259"],
    snippet: secretSnippet,
    autoFixable: false,
    confidence: 0.9,
    sources: ["rules"],
    relatedRules: [],
    fingerprint: fp("text/hardcoded-secret", SECRET_FILE, secretSnippet),
  },
  {
    ruleId: "semgrep/python.lang.security.audit.eval-detected",
    file: UTIL_FILE,
    range: { start: { line: 18, column: 12 }, end: { line: 18, column: 28 } },
    severity: "medium",
    category: "security",
    title: "Detected the use of eval()",
    description:
      "eval() runs arbitrary code; if `expression` is ever user-controlled this is code injection.",
    recommendation: "Use ast.literal_eval for literals, or a small parser for the expressions you need.",
    cwe: ["CWE-95"],
    snippet: evalSnippet,
    autoFixable: false,
    confidence: 0.6,
    sources: ["semgrep"],
    relatedRules: [],
    fingerprint: fp("semgrep/python.lang.security.audit.eval-detected", UTIL_FILE, evalSnippet),
  },
  {
    ruleId: "py/bare-except",
    file: UTIL_FILE,
    range: { start: { line: 31, column: 5 }, end: { line: 32, column: 13 } },
    severity: "low",
    category: "logic",
    title: "Bare except swallows every error",
    description: "`except:` also catches KeyboardInterrupt and SystemExit, and `pass` hides the failure.",
    recommendation: "Catch the specific exception you expect, and log or re-raise it.",
    cwe: ["CWE-396"],
    snippet: bareExceptSnippet,
    fix: {
      description: "Catch Exception instead of everything",
      applicability: "safe",
      edits: [
        {
          range: { start: { line: 31, column: 5 }, end: { line: 31, column: 12 } },
          text: "except Exception:",
        },
      ],
    },
    fixValidation: {
      status: "proven",
      applies: true,
      parses: true,
      findingGone: true,
      noNewFindings: true,
      languageCheck: true,
      tests: true,
      recheckedWith: "py/bare-except",
      reasons: [],
      diff: "--- a/src/util.py\n+++ b/src/util.py\n@@ -31 +31 @@\n-    except:\n+    except Exception:\n",
    },
    autoFixable: true,
    confidence: 0.99,
    sources: ["rules", "pylint"],
    relatedRules: ["pylint/W0702"],
    fingerprint: fp("py/bare-except", UTIL_FILE, bareExceptSnippet),
  },
  {
    ruleId: "py/print-statement",
    file: UTIL_FILE,
    range: { start: { line: 40, column: 5 }, end: { line: 40, column: 24 } },
    severity: "info",
    category: "style",
    title: "print() left in library code",
    description: "Library code should log through the logging module so callers control the output.",
    recommendation: "Replace print() with logger.debug().",
    cwe: [],
    snippet: '    print("debug:", x)',
    autoFixable: false,
    confidence: 0.7,
    sources: ["rules"],
    relatedRules: [],
    fingerprint: fp("py/print-statement", UTIL_FILE, '    print("debug:", x)'),
  },
];

/** Sorted as synthesis leaves them: most severe first, then most confident. */
export const sampleFindings: Finding[] = [...handBuiltFindings].sort(compareFindings);

function rule(meta: Omit<RuleMeta, "languages" | "references" | "fixable"> & Partial<RuleMeta>): RuleMeta {
  return { languages: ["python"], references: [], fixable: false, ...meta };
}

export const sampleRules: RuleMeta[] = [
  rule({
    id: "py/sql-injection",
    analyser: "rules",
    category: "security",
    severity: "critical",
    confidence: 0.9,
    cwe: ["CWE-89"],
    owasp: "A03:2021-Injection",
    title: "SQL query built from user input",
    description: "Finds SQL statements assembled from request data with f-strings, % or +.",
    why: "Whoever controls the input controls the query: data theft, tampering, sometimes code execution.",
    howToFix: "Use the driver's parameter binding; never format values into SQL text.",
    references: [
      "https://cwe.mitre.org/data/definitions/89.html",
      "https://owasp.org/Top10/A03_2021-Injection/",
    ],
    fixable: true,
    family: "sql-injection",
  }),
  rule({
    id: "bandit/B608",
    analyser: "bandit",
    category: "security",
    severity: "medium",
    confidence: 0.6,
    cwe: ["CWE-89"],
    title: "Possible SQL injection vector through string-based query construction",
    description: "bandit B608: hardcoded_sql_expressions.",
    why: "String-built SQL may be injectable.",
    howToFix: "Use parameterised queries.",
    family: "sql-injection",
  }),
  rule({
    id: "js/dom-xss",
    analyser: "rules",
    languages: ["javascript", "typescript", "tsx"],
    category: "security",
    severity: "high",
    confidence: 0.8,
    cwe: ["CWE-79"],
    owasp: "A03:2021-Injection",
    title: "Untrusted data written to innerHTML",
    description: "Finds assignments to innerHTML/outerHTML and document.write with non-constant values.",
    why: "Script in the value runs with the page's privileges (cross-site scripting).",
    howToFix: "Assign textContent, or build nodes with createElement; sanitise HTML you must keep.",
    references: ["https://cwe.mitre.org/data/definitions/79.html"],
  }),
  rule({
    id: "text/hardcoded-secret",
    analyser: "rules",
    languages: ["yaml", "dotenv", "json", "python"],
    category: "security",
    severity: "high",
    confidence: 0.9,
    cwe: ["CWE-798", "CWE-259"],
    title: "Hard-coded secret",
    description: "Finds passwords, tokens and private keys written into files.",
    why: "Anyone with read access to the repository, or its history, gets the credential.",
    howToFix: "Move the secret to the environment or a secret store, and rotate it.",
  }),
  rule({
    id: "py/bare-except",
    analyser: "rules",
    category: "logic",
    severity: "low",
    confidence: 0.95,
    cwe: ["CWE-396"],
    title: "Bare except",
    description: "Finds `except:` clauses without an exception type.",
    why: "They swallow KeyboardInterrupt, SystemExit and real bugs alike.",
    howToFix: "Name the exception class you expect.",
    fixable: true,
  }),
  rule({
    id: "py/print-statement",
    analyser: "rules",
    category: "style",
    severity: "info",
    confidence: 0.7,
    cwe: [],
    title: "print() in library code",
    description: "Finds print() calls outside scripts and tests.",
    why: "Callers cannot silence or redirect print().",
    howToFix: "Use the logging module.",
  }),
];

function skips(reason: SkipReason, paths: readonly string[], detail?: string): SkippedFile[] {
  return paths.map((path) => (detail === undefined ? { path, reason } : { path, reason, detail }));
}

export const sampleSkipped: SkippedFile[] = [
  ...skips("ignored", [".venv/lib/site.py", "build/out.js", "dist/app.min.js"]),
  ...skips("vendored", ["vendor/jquery.js", "node_modules/left-pad/index.js"]),
  ...skips("generated", ["src/shop/proto/orders_pb2.py"]),
  ...skips("minified", ["web/static/lib.min.js"]),
  ...skips("binary", [
    "web/static/logo.png",
    "web/static/<img src=x onerror=alert(1)>.png",
    "docs/diagram.pdf",
    "assets/font.woff2",
    "assets/icon.ico",
    "assets/photo.jpg",
    "assets/archive.zip",
  ]),
  ...skips("too-large", ["data/dump.sql"], "12.4 MB exceeds the 1 MB limit"),
  ...skips("unreadable", ["secrets/locked.txt"], "EACCES: permission denied"),
  {
    path: "legacy/latin1_résumé.py",
    reason: "invalid-encoding",
    detail: "not valid UTF-8 at byte 1832",
    language: "python",
  },
  ...skips("symlink-outside", ["config/shared.yaml"], "points to /etc/shop/shared.yaml"),
];

function countSkips(skipped: readonly SkippedFile[]): Partial<Record<SkipReason, number>> {
  const counts: Partial<Record<SkipReason, number>> = {};
  for (const s of skipped) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
  return counts;
}

const FILES_ANALYSED = 42;

export const sampleReview: Review = {
  schemaVersion: REVIEW_SCHEMA_VERSION,
  id: "rev_01JD9ZQ4X7T2K8M3N5P6R7S8T9",
  tool: { name: "codeguardian", version: "0.1.0" },
  target: {
    kind: "git",
    input: "https://github.com/acme/shop.git",
    root: "/tmp/codeguardian-clone-3f9a",
    url: "https://github.com/acme/shop.git",
    commit: "9fceb02d0ae598e95dc970b74767f19372d61af8",
    branch: "feature/checkout",
  },
  startedAt: "2026-11-27T03:00:00.000Z",
  completedAt: "2026-11-27T03:05:12.345Z",
  durationMs: 312345,
  state: "finished",
  completeness: "incomplete",
  scope: { kind: "diff", base: "origin/main", wholeFiles: false },
  requestedBy: { kind: "api", id: "key_01HZX", name: "ci-bot" },
  files: {
    analysed: FILES_ANALYSED,
    bytes: 1_234_567,
    lines: 31_415,
    byLanguage: { python: 30, javascript: 8, yaml: 3, markdown: 1 },
  },
  skipped: sampleSkipped,
  skippedCounts: countSkips(sampleSkipped),
  analysers: [
    { id: "rules", status: "completed", durationMs: 1830, filesAnalysed: 42, findings: 5 },
    { id: "bandit", status: "completed", durationMs: 4210, filesAnalysed: 30, findings: 1 },
    { id: "pylint", status: "completed", durationMs: 9120, filesAnalysed: 30, findings: 1 },
    {
      id: "eslint",
      status: "failed",
      durationMs: 950,
      filesAnalysed: 0,
      findings: 0,
      message: "eslint exited with code 2: Cannot find module 'eslint-plugin-react'",
    },
    {
      id: "semgrep",
      status: "timed-out",
      durationMs: 300000,
      filesAnalysed: 12,
      findings: 1,
      message: "timed out after 300 s",
    },
    {
      id: "llm-security",
      status: "unavailable",
      durationMs: 0,
      filesAnalysed: 0,
      findings: 0,
      message: "no LLM provider configured",
    },
  ],
  notices: [
    {
      level: "warning",
      analyser: "bandit",
      message: "syntax error, file skipped by bandit",
      file: "src/shop/legacy.py",
    },
    {
      level: "error",
      analyser: "eslint",
      message: "Cannot find module 'eslint-plugin-react' <from .eslintrc>",
      incomplete: true,
    },
    { level: "info", analyser: "rules", message: "3 findings below min_confidence 0.5 were dropped" },
    {
      level: "error",
      analyser: "config",
      message: "no file reviewed: the repository's config excluded every file under docs/",
      file: "docs/",
      incomplete: true,
    },
  ],
  rules: sampleRules,
  findings: sampleFindings,
  summary: summarise(sampleFindings, { lines: 31_415 }),
  diff: { base: "origin/main", changedFiles: 6, wholeFiles: false },
  comparison: {
    previousReviewId: "rev_01JD8AAAAAAAAAAAAAAAAAAAAA",
    newFingerprints: sampleFindings
      .filter((f) => f.ruleId === "py/sql-injection" || f.ruleId === "text/hardcoded-secret")
      .map((f) => f.fingerprint),
    fixed: [
      {
        fingerprint: "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        ruleId: "py/command-injection",
        file: "src/shop/admin/backup.py",
        line: 57,
        severity: "critical",
        title: "Shell command built from user input",
      },
      {
        fingerprint: "1a2b3c4d5e6f708192a3b4c5d6e7f809",
        ruleId: "py/weak-hash",
        file: UTIL_FILE,
        line: 12,
        severity: "medium",
        title: "MD5 used for passwords",
      },
    ],
    notRechecked: [
      {
        fingerprint: "ffeeddccbbaa99887766554433221100",
        ruleId: "eslint/no-eval",
        file: "web/static/admin.js",
        line: 3,
        severity: "high",
        title: "eval() with dynamic input",
      },
    ],
  },
  suppressed: { inline: 2, baseline: 5, dismissed: 2 },
  // Hostile text in who and why: every format must escape it.
  dismissed: [
    {
      fingerprint: "5e6f708192a3b4c5d6e7f8091a2b3c4d",
      ruleId: "py/assert-used",
      file: UTIL_FILE,
      line: 88,
      severity: "low",
      title: "assert used for a runtime check",
      by: "ana",
      reason: "Checked by the caller | see <b>ADR-7</b> *not* a bug",
      at: "2026-11-20T09:15:00.000Z",
    },
    {
      fingerprint: "6f708192a3b4c5d6e7f8091a2b3c4d5e",
      ruleId: "text/todo-comment",
      file: SECRET_FILE,
      line: 4,
      severity: "info",
      title: "TODO left in configuration",
      by: "bob\u001b[31m",
      reason: "Tracked in issue 42",
      at: "2026-11-21T16:40:00.000Z",
    },
  ],
  disabledByRepository: {
    analysers: ["pylint"],
    rules: ["py/weak-hash"],
    excludes: ["migrations/**"],
    ignored: false,
  },
  llm: {
    tokens: 18_234,
    costCents: 4.7,
    calls: 12,
    cachedCalls: 3,
    droppedFindings: 1,
    notReviewed: [
      {
        file: "src/big.py",
        analyser: "llm-logic",
        reason: "per-file token budget (8000) exhausted",
        cause: "limit",
      },
    ],
    coverage: [
      { agent: "security", planned: 2, reviewed: 2, cut: {} },
      { agent: "logic", planned: 2, reviewed: 1, cut: { limit: 1, failure: 0, interruption: 0 } },
    ],
    models: {
      "openai:gpt-4.1": { calls: 9, inputTokens: 15_000, outputTokens: 1_200, costCents: 3.96 },
      "openai:gpt-4.1-mini": { calls: 3, inputTokens: 1_900, outputTokens: 134, costCents: 0.74 },
    },
  },
  fileIdentities: {
    [SQL_FILE]: { hash: "a".repeat(64), identity: SQL_FILE },
    [UTIL_FILE]: { hash: "b".repeat(64), identity: UTIL_FILE },
  },
};

const {
  diff: _diff,
  comparison: _comparison,
  disabledByRepository: _disabled,
  dismissed: _dismissed,
  ...withoutDiffAndComparison
} = sampleReview;

/** The same review with nothing wrong: complete, no findings, no skips, no previous review. */
export const cleanReview: Review = {
  ...withoutDiffAndComparison,
  id: "rev_clean",
  completeness: "complete",
  scope: { kind: "full" },
  requestedBy: { kind: "cli" },
  target: { kind: "path", input: ".", root: "/home/dev/shop" },
  skipped: [],
  skippedCounts: {},
  analysers: sampleReview.analysers.filter((a) => a.status === "completed"),
  notices: [],
  findings: [],
  summary: summarise([], { lines: 31_415 }),
  suppressed: { inline: 2, baseline: 5 },
  llm: { tokens: 0, costCents: 0 },
  fileIdentities: {},
};

const TEST_FILE = "tests/test_orders.py";
const testSnippet = '    cursor.execute(f"DELETE FROM orders WHERE id = {order_id}")';

/** A finding in the shop's own tests: moved apart, its severity capped at low (docs/configuration.md). */
export const sampleTestFinding: Finding = {
  ruleId: "py/sql-injection",
  file: TEST_FILE,
  range: { start: { line: 12, column: 5 }, end: { line: 12, column: 63 } },
  severity: "low",
  category: "security",
  title: "SQL built from a variable",
  description: "The query text is built with an f-string from `order_id`.",
  recommendation: "Pass the value as a query parameter.",
  cwe: ["CWE-89"],
  snippet: testSnippet,
  autoFixable: false,
  confidence: 0.8,
  sources: ["rules"],
  relatedRules: [],
  fingerprint: fp("py/sql-injection", TEST_FILE, testSnippet),
  nonProduction: { kind: "test", reason: "pytest file name test_*.py", originalSeverity: "high" },
};

/** The sample review with one finding in test code and a repository that added a non-production path. */
export const sampleReviewWithTests: Review = {
  ...sampleReview,
  files: { ...sampleReview.files, productionLines: 27_182 },
  findings: [...sampleFindings, sampleTestFinding],
  summary: summarise([...sampleFindings, sampleTestFinding], {
    ...sampleReview.files,
    productionLines: 27_182,
  }),
  disabledByRepository: { ...sampleReview.disabledByRepository!, nonProductionPaths: ["qa/**"] },
};
