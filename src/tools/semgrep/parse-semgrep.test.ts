import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyserInputFor } from "../shared/analyser-input.test-support.js";
import { createSemgrepAnalyser } from "./semgrep-analyser.js";
import { parseSemgrepJson } from "./parse-semgrep.js";

// semgrep cannot be installed here: output.json is written by hand in the
// documented `semgrep scan --json` format (semgrep_output_v1.atd) for the
// files beside it, with real byte offsets.
const root = resolve(import.meta.dirname, "../../../test/fixtures/tools/semgrep");
const output = readFileSync(join(root, "output.json"), "utf8");
const paths = ["src/app.py", "src/page.js", "src/legacy.py", "src/big.py"];
const files = analyserInputFor(
  root,
  paths.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") })),
).files;

describe("parseSemgrepJson", () => {
  const parsed = parseSemgrepJson(output, root, files);

  it("maps each result with its CWE, family, severity and confidence", () => {
    expect(
      parsed.findings.map((f) => ({
        rule: f.ruleId.replace(/^semgrep\/(.*\.)?/, ""),
        at: `${f.file}:${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`,
        severity: f.severity,
        category: f.category,
        cwe: f.cwe,
        family: f.family,
        confidence: f.confidence,
      })),
    ).toEqual([
      {
        rule: "formatted-sql-query",
        at: "src/app.py:5:5-5:67",
        severity: "medium",
        category: "security",
        cwe: ["CWE-89"],
        family: "sql-injection",
        confidence: 0.7,
      },
      {
        rule: "subprocess-shell-true",
        at: "src/app.py:6:35-6:45",
        severity: "high",
        category: "security",
        cwe: ["CWE-78"],
        family: "command-injection",
        confidence: 0.9,
      },
      {
        rule: "insecure-document-method",
        at: "src/page.js:2:1-2:52",
        severity: "high",
        category: "security",
        cwe: ["CWE-79"],
        family: "xss",
        confidence: 0.4,
      },
      // "é" is two bytes: semgrep's byte col 26 is UTF-16 column 25.
      {
        rule: "no-todo",
        at: "src/page.js:1:18-1:25",
        severity: "low",
        category: "pattern",
        cwe: [],
        family: undefined,
        confidence: 0.7,
      },
    ]);
  });

  it("keeps the full check id and the rule's metadata", () => {
    expect([...parsed.rules.keys()]).toEqual([
      "semgrep/python.lang.security.audit.formatted-sql-query.formatted-sql-query",
      "semgrep/python.lang.security.audit.subprocess-shell-true.subprocess-shell-true",
      "semgrep/javascript.browser.security.insecure-document-method.insecure-document-method",
      "semgrep/local.rules.no-todo",
    ]);
    const sql = parsed.rules.get(
      "semgrep/python.lang.security.audit.formatted-sql-query.formatted-sql-query",
    );
    expect(sql).toMatchObject({
      analyser: "semgrep",
      languages: ["python"],
      owasp: "A03:2021-Injection",
      cwe: ["CWE-89"],
    });
    expect(sql?.references).toEqual([
      "https://stackoverflow.com/questions/775296/mysql-parameterized-queries",
    ]);
  });

  it("turns per-file errors into notices and leaves those files out of the analysed set", () => {
    expect(parsed.notices).toEqual([
      {
        level: "warning",
        analyser: "semgrep",
        file: "src/legacy.py",
        message:
          "semgrep could not analyse src/legacy.py (Syntax error); its semgrep findings may be incomplete",
      },
      {
        level: "warning",
        analyser: "semgrep",
        file: "src/big.py",
        message: "semgrep timed out on src/big.py (Timeout); its semgrep findings may be incomplete",
      },
    ]);
    expect([...parsed.failedPaths]).toEqual(["src/legacy.py", "src/big.py"]);
  });

  it("counts files semgrep did not scan as not analysed, with one notice", () => {
    const extra = analyserInputFor(root, [{ path: "src/extra.ts", text: "export {};\n" }]).files;
    const withExtra = parseSemgrepJson(output, root, [...files, ...extra]);
    expect(withExtra.failedPaths.has("src/extra.ts")).toBe(true);
    expect(withExtra.notices.at(-1)).toEqual({
      level: "info",
      analyser: "semgrep",
      message:
        "semgrep did not scan 1 file (no configured rule for the language, or a .semgrepignore): src/extra.ts",
    });
  });

  it("redacts the match of a hard-coded secret rule", () => {
    const json = JSON.stringify({
      results: [
        {
          check_id: "generic.secrets.detected-api-key",
          path: "src/page.js",
          start: { line: 1, col: 18, offset: 17 },
          end: { line: 1, col: 26, offset: 25 },
          extra: {
            message: "API key",
            severity: "ERROR",
            metadata: { cwe: ["CWE-798: Use of Hard-coded Credentials"] },
          },
        },
      ],
      errors: [],
    });
    const [finding] = parseSemgrepJson(json, root, files).findings;
    expect(finding?.redact).toEqual([finding?.range]);
    expect(finding?.family).toBe("hardcoded-credentials");
  });

  it("uses col as given when the file text is not at hand", () => {
    const bare = parseSemgrepJson(output, root);
    expect(bare.findings[3]?.range).toEqual({ start: { line: 1, column: 18 }, end: { line: 1, column: 26 } });
  });

  const failures = [
    ["", "semgrep produced no output"],
    [
      '{"results": [], "errors": [{"code": 7, "level": "error", "type": "SemgrepError", "message": "invalid configuration file found (1 configs were invalid)"}]}',
      "semgrep reported an error: invalid configuration file found",
    ],
    ['{"results": [{"check_id": 1}]}', "semgrep output is not in the expected format"],
  ] as const;
  for (const [text, message] of failures) {
    it(`fails on ${JSON.stringify(text.slice(0, 30))}`, () => {
      expect(() => parseSemgrepJson(text, root, files)).toThrow(message);
    });
  }
});

describe("semgrep adapter", () => {
  const cases = [
    {
      name: "without operator configs",
      options: {},
      reason: "semgrep has no rules configured; the operator must name local rule files (semgrep configs)",
    },
    {
      name: "without the executable",
      options: { configs: ["/etc/codeguardian/rules.yml"], command: "codeguardian-no-such-semgrep" },
      reason: "semgrep is not installed; pip install semgrep",
    },
    {
      name: "with a relative config (it would be read from the reviewed repository)",
      options: { configs: ["rules.yml"], command: "true" },
      reason: 'semgrep configs must be absolute paths to local rule files, not "rules.yml"',
    },
    {
      name: "with a registry config (network)",
      options: { configs: ["p/ci"], command: "true" },
      reason: 'semgrep configs must be absolute paths to local rule files, not "p/ci"',
    },
  ];
  for (const c of cases) {
    it(`is unavailable ${c.name}`, async () => {
      expect(await createSemgrepAnalyser(c.options).availability()).toBe(c.reason);
    });
  }

  it("fails the run when the executable gives no output", async () => {
    const semgrep = createSemgrepAnalyser({ configs: ["/etc/codeguardian/rules.yml"], command: "true" });
    await expect(
      semgrep.analyse(analyserInputFor(root, [{ path: "src/app.py", text: "x = 1\n" }])),
    ).rejects.toThrow("semgrep exited with 0 and no output");
  });
});
