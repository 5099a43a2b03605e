import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Log, Result, Run } from "sarif";
import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import { NAMED_SKIP_REASONS, type Review } from "../core/review.js";
import {
  cleanReview,
  sampleFindings,
  sampleReview,
  sampleReviewWithTests,
  sampleTestFinding,
} from "../../test/support/sample-review.js";
import { FINGERPRINT_KEY, renderSarif } from "./sarif.js";
import { relativeUri, rootUri } from "./sarif-location.js";

const require = createRequire(import.meta.url);
const officialSchemaPath = require.resolve("@microsoft/sarif-multitool-linux/sarif-2.1.0.json");
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormatsModule.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(officialSchemaPath, "utf8")) as object);

/** The log, its run, its open results and its suppressed ones (dismissed findings). */
function sarif(review: Review = sampleReview): {
  log: Log;
  run: Run;
  results: Result[];
  suppressed: Result[];
} {
  const log = JSON.parse(renderSarif(review)) as Log;
  const run = log.runs[0]!;
  const all = run.results ?? [];
  return {
    log,
    run,
    results: all.filter((r) => r.suppressions === undefined),
    suppressed: all.filter((r) => r.suppressions !== undefined),
  };
}

function only(finding: Partial<Finding>, review: Partial<Review> = {}): Review {
  return { ...cleanReview, ...review, findings: [{ ...sampleFindings[0]!, ...finding }] };
}

describe("renderSarif", () => {
  it.each([
    { name: "sample", review: sampleReview },
    { name: "clean", review: cleanReview },
  ])("emits a $name log valid against the official SARIF 2.1.0 schema", ({ review }) => {
    const ok = validate(sarif(review).log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([
    {
      name: "an unknown level",
      mutate: (log: Log) => ((log.runs[0]!.results![0] as { level: string }).level = "fatal"),
    },
    {
      name: "a zero start line",
      mutate: (log: Log) =>
        (log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0),
    },
    {
      name: "an unknown property",
      mutate: (log: Log) => ((log.runs[0] as unknown as Record<string, unknown>)["extra"] = 1),
    },
  ])("has a schema check that catches $name", ({ mutate }) => {
    const { log } = sarif();
    mutate(log);
    expect(validate(log)).toBe(false);
  });

  it("keeps every finding, the non-production one with its mark, and the production lines", () => {
    const { run, results } = sarif(sampleReviewWithTests);
    expect(results).toHaveLength(sampleReviewWithTests.findings.length);
    const marked = results.filter((r) => r.properties?.["nonProduction"] !== undefined);
    expect(marked.map((r) => [r.locations?.[0]?.physicalLocation?.artifactLocation?.uri, r.level])).toEqual([
      ["tests/test_orders.py", "note"],
    ]);
    expect(marked[0]?.properties?.["nonProduction"]).toEqual(sampleTestFinding.nonProduction);
    expect(run.properties?.["productionLines"]).toBe(27_182);
  });

  it("meets GitHub code scanning's upload requirements", () => {
    const { log, run, results, suppressed } = sarif();
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const rules = run.tool.driver.rules ?? [];
    expect(results).toHaveLength(sampleReview.findings.length);
    for (const result of [...results, ...suppressed]) {
      const rule = rules[result.ruleIndex ?? -1];
      expect(rule?.id).toBe(result.ruleId);
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? "";
      expect(uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\//i);
      expect(location?.artifactLocation?.uriBaseId).toBe("%SRCROOT%");
      expect(location?.region?.startLine).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints?.[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
      expect(result.message.text?.length).toBeGreaterThan(0);
    }
    for (const rule of rules) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      const tags = rule.properties?.tags ?? [];
      // A rule only a dismissed finding has: its descriptor is minimal (the review keeps no category for it).
      const meta = sampleReview.findings.find((f) => f.ruleId === rule.id);
      if (meta?.category === "security") {
        expect(tags).toContain("security");
        expect(rule.properties?.["security-severity"]).toMatch(/^\d+(\.\d)?$/);
        for (const cwe of meta.cwe) expect(tags).toContain(`external/cwe/${cwe.toLowerCase()}`);
      } else {
        expect(rule.properties?.["security-severity"]).toBeUndefined();
      }
      expect(["very-high", "high", "medium", "low"]).toContain(rule.properties?.["precision"]);
    }
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.originalUriBaseIds?.["%SRCROOT%"]?.uri).toBe("file:///tmp/codeguardian-clone-3f9a/");
  });

  it("reports dismissed findings as results with an external suppression saying who, when and why", () => {
    const { run, suppressed } = sarif();
    expect(
      suppressed.map((r) => [
        r.ruleId,
        r.partialFingerprints?.[FINGERPRINT_KEY],
        r.locations?.[0]?.physicalLocation?.region?.startLine,
        r.suppressions,
      ]),
    ).toEqual(
      (sampleReview.dismissed ?? []).map((d) => [
        d.ruleId,
        d.fingerprint,
        d.line,
        [
          {
            kind: "external",
            status: "accepted",
            justification: d.reason,
            properties: { dismissedBy: d.by, dismissedAt: d.at },
          },
        ],
      ]),
    );
    expect(run.properties?.["suppressed"]).toEqual({ inline: 2, baseline: 5, dismissed: 2 });
    expect(sarif(cleanReview).suppressed).toEqual([]);
  });

  it("describes every rule with a finding once, from metadata or a minimal descriptor", () => {
    const { run } = sarif();
    const rules = run.tool.driver.rules ?? [];
    const reported = [...sampleReview.findings, ...(sampleReview.dismissed ?? [])].map((f) => f.ruleId);
    expect(rules.map((r) => r.id)).toEqual([...new Set(reported)].sort());
    const fromMeta = rules.find((r) => r.id === "py/sql-injection");
    expect(fromMeta?.shortDescription?.text).toBe("SQL query built from user input");
    expect(fromMeta?.helpUri).toBe("https://cwe.mitre.org/data/definitions/89.html");
    expect(fromMeta?.properties?.["security-severity"]).toBe("9.8");
    const minimal = rules.find((r) => r.id === "semgrep/python.lang.security.audit.eval-detected");
    expect(minimal?.shortDescription?.text).toBe("Detected the use of eval()");
    expect(minimal?.properties?.tags).toEqual(["security", "external/cwe/cwe-95"]);
    expect(minimal?.properties?.["security-severity"]).toBe("5.5");
  });

  it.each([
    { severity: "critical", level: "error", securitySeverity: "9.5" },
    { severity: "high", level: "error", securitySeverity: "8.0" },
    { severity: "medium", level: "warning", securitySeverity: "5.5" },
    { severity: "low", level: "note", securitySeverity: "3.0" },
    { severity: "info", level: "note", securitySeverity: "1.0" },
  ] as const)(
    "maps $severity to level $level and security-severity $securitySeverity",
    ({ severity, level, securitySeverity }) => {
      const review = only({ severity, cvss: undefined, ruleId: "x/unknown" });
      const { run, results } = sarif(review);
      expect(results[0]?.level).toBe(level);
      expect(run.tool.driver.rules?.[0]?.properties?.["security-severity"]).toBe(securitySeverity);
    },
  );

  it.each([
    { path: "src/app.py", uri: "src/app.py" },
    {
      path: "config/app settings #2 — données.yaml",
      uri: "config/app%20settings%20%232%20%E2%80%94%20donn%C3%A9es.yaml",
    },
    { path: "web/100%/a?b.js", uri: "web/100%25/a%3Fb.js" },
    { path: "web/<script>.js", uri: "web/%3Cscript%3E.js" },
    { path: "c:/x.js", uri: "c%3A/x.js" },
    { path: "./lib\\win.js", uri: "lib%5Cwin.js" },
    { path: "/abs/x.js", uri: "abs/x.js" },
  ])("encodes $path as the relative URI $uri", ({ path, uri }) => {
    expect(relativeUri(path)).toBe(uri);
    expect(decodeURIComponent(uri.split("/").pop() ?? "")).toBe(path.split("/").pop());
  });

  it.each([
    { root: "/home/dev/my shop", uri: "file:///home/dev/my%20shop/" },
    { root: "C:\\work\\shop", uri: "file:///C:/work/shop/" },
    { root: "relative/dir", uri: undefined },
  ])("turns root $root into $uri", ({ root, uri }) => {
    expect(rootUri(root)).toBe(uri);
  });

  it("writes regions in UTF-16 columns, end exclusive, with the region's own text", () => {
    const { results } = sarif(
      only({
        snippet: "x = '😀' + 1",
        range: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } },
        fix: undefined,
      }),
    );
    expect(results[0]?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 3,
      startColumn: 5,
      endLine: 3,
      endColumn: 9,
      snippet: { text: "'😀'" },
    });
  });

  it("writes a fix as replacements with deleted regions and inserted content", () => {
    const { results } = sarif();
    const fix = results.find((r) => r.ruleId === "py/sql-injection")?.fixes?.[0];
    expect(fix?.description?.text).toBe("Use a parameterised query (suggested)");
    expect(fix?.artifactChanges[0]?.artifactLocation.uri).toBe("src/shop/db/orders.py");
    expect(fix?.artifactChanges[0]?.replacements).toEqual([
      {
        deletedRegion: { startLine: 41, startColumn: 13, endLine: 41, endColumn: 89 },
        insertedContent: { text: "\"SELECT * FROM orders WHERE customer = %s AND status = 'open'\"" },
      },
      {
        deletedRegion: { startLine: 42, startColumn: 25, endLine: 42, endColumn: 25 },
        insertedContent: { text: ", (customer_id,)" },
      },
    ]);
    expect(results.find((r) => r.ruleId === "js/dom-xss")?.fixes).toBeUndefined();
  });

  it("marks an incomplete review's invocation unsuccessful and says why", () => {
    const { run } = sarif();
    const invocation = run.invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(false);
    const texts = (invocation?.toolExecutionNotifications ?? []).map(
      (n) => `${n.level ?? ""} ${n.message.text ?? ""}`,
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "error eslint failed: eslint exited with code 2: Cannot find module 'eslint-plugin-react'",
        "error semgrep timed out: timed out after 300 s",
        "note llm-security unavailable: no LLM provider configured",
        "warning bandit: syntax error, file skipped by bandit",
        "warning Skipped (too-large): 12.4 MB exceeds the 1 MB limit",
      ]),
    );
    const named = sampleReview.skipped.filter((s) => NAMED_SKIP_REASONS.includes(s.reason));
    expect(texts.filter((t) => t.includes("Skipped ("))).toHaveLength(named.length);
    expect(sarif(cleanReview).run.invocations?.[0]?.executionSuccessful).toBe(true);
  });

  it("sets baselineState from the comparison, and leaves it out without one", () => {
    const states = sarif().results.map((r) => [r.ruleId, r.baselineState]);
    expect(states.filter(([, s]) => s === "new").map(([id]) => id)).toEqual([
      "py/sql-injection",
      "text/hardcoded-secret",
    ]);
    expect(states.filter(([, s]) => s === "unchanged")).toHaveLength(4);
    expect(sarif(only({})).results[0]?.baselineState).toBeUndefined();
  });

  it("records version control provenance only for a URL SARIF accepts", () => {
    expect(sarif().run.versionControlProvenance).toEqual([
      {
        repositoryUri: "https://github.com/acme/shop.git",
        mappedTo: { uriBaseId: "%SRCROOT%" },
        revisionId: "9fceb02d0ae598e95dc970b74767f19372d61af8",
        branch: "feature/checkout",
      },
    ]);
    const scp = { ...sampleReview, target: { ...sampleReview.target, url: "git@github.com:acme/shop.git" } };
    expect(sarif(scp).run.versionControlProvenance).toBeUndefined();
  });

  it("keeps results valid when a range is out of bounds", () => {
    const review = only({
      range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } },
      fix: undefined,
    });
    const { log, results } = sarif(review);
    expect(results[0]?.locations?.[0]?.physicalLocation?.region).toMatchObject({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
    expect(validate(log)).toBe(true);
  });
});

describe("renderSarif with many skipped files", () => {
  it("names the first thousand and counts the rest in one notification", () => {
    const skipped = Array.from({ length: 1500 }, (_, i) => ({
      path: `assets/${i}.png`,
      reason: "binary" as const,
    }));
    const { run } = sarif({ ...cleanReview, skipped, skippedCounts: { binary: 1500 } });
    const notes = run.invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notes.filter((n) => n.message.text?.startsWith("Skipped (binary)"))).toHaveLength(1000);
    expect(notes.map((n) => n.message.text)).toContain(
      "500 more files could not be analysed; the JSON report lists them all.",
    );
  });
});
