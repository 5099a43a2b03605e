import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, type NonProductionSettings } from "../core/config.js";
import type { Finding } from "../core/finding.js";
import type { Language } from "../core/language.js";
import type { Severity } from "../core/severity.js";
import { buildImportGraph } from "../rules/imports/build-import-graph.js";
import {
  classifyNonProduction,
  markNonProduction,
  nonBlankLines,
  productionLines,
} from "./non-production.js";

const settings: NonProductionSettings = DEFAULT_CONFIG.nonProduction;

const languageOf = (path: string): Language => (path.endsWith(".py") ? "python" : "javascript");

/** Classifies a small repository with its real import graph. */
function classify(
  files: Record<string, string>,
  overrides: Partial<NonProductionSettings> = {},
  repositoryPaths: readonly string[] = [],
): Record<string, string> {
  const graph = buildImportGraph(
    Object.entries(files).map(([path, text]) => ({ path, text, language: languageOf(path) })),
  );
  const marks = classifyNonProduction({
    paths: Object.keys(files),
    importers: graph.importers,
    settings: { ...settings, ...overrides },
    repositoryPaths,
    repositoryFile: ".codeguardian.yml",
  });
  return Object.fromEntries([...marks].map(([path, mark]) => [path, `${mark.kind}: ${mark.reason}`]));
}

describe("classifyNonProduction", () => {
  it("marks tests no production file imports, and keeps a test helper the application imports", () => {
    const marks = classify({
      "app/views.py": "from tests.helpers import render_raw\n",
      "tests/helpers.py": "def render_raw(x): return x\n",
      "tests/test_views.py": "from tests.helpers import render_raw\n",
      "app/testing_utils.py": "",
    });
    expect(marks).toEqual({
      "tests/test_views.py": "test: pytest file name test_*.py",
    });
  });

  it("releases a chain: a fixture imported by a helper the application imports is production too", () => {
    const marks = classify({
      "src/index.js": "const h = require('../test/helper.js');\n",
      "test/helper.js": "import data from './fixtures/data.js';\n",
      "test/fixtures/data.js": "export default {};\n",
      "test/app.test.js": "import h from './helper.js';\n",
    });
    expect(Object.keys(marks)).toEqual(["test/app.test.js"]);
  });

  it("a test importing another test leaves both non-production", () => {
    const marks = classify({
      "src/app.py": "",
      "tests/base.py": "",
      "tests/test_a.py": "from tests import base\n",
    });
    expect(Object.keys(marks).sort()).toEqual(["tests/base.py", "tests/test_a.py"]);
  });

  it("adds the operator's globs and names the repository's additions with their file", () => {
    const marks = classify(
      { "qa/load.py": "", "harness/run.js": "", "src/app.py": "" },
      { paths: ["qa/**", "harness/"] },
      ["harness/"],
    );
    expect(marks).toEqual({
      "qa/load.py": "test: operator path qa/**",
      "harness/run.js": "test: repository path harness/ (.codeguardian.yml)",
    });
  });

  it("credits a convention before a glob, so a glob is named only for the files it alone moved", () => {
    expect(classify({ "qa/test_x.py": "" }, { paths: ["qa/"] })).toEqual({
      "qa/test_x.py": "test: pytest file name test_*.py",
    });
  });

  it("marks nothing when the operator turned it off", () => {
    expect(classify({ "tests/test_a.py": "" }, { enabled: false, paths: ["**"] })).toEqual({});
  });

  it("without an import graph, convention alone decides", () => {
    const marks = classifyNonProduction({ paths: ["tests/h.py", "a.py"], settings });
    expect([...marks.keys()]).toEqual(["tests/h.py"]);
  });
});

function finding(file: string, severity: Severity): Finding {
  return {
    ruleId: "py/sql-injection",
    file,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    severity,
    category: "security",
    title: "t",
    description: "d",
    recommendation: "r",
    cwe: [],
    snippet: "x",
    autoFixable: false,
    confidence: 0.9,
    sources: ["rules"],
    relatedRules: [],
    fingerprint: `${file}:${severity}`,
  };
}

describe("markNonProduction", () => {
  const marks = new Map([["tests/test_a.py", { kind: "test", reason: "pytest file name test_*.py" }]]);
  const cases: readonly (readonly [Severity, Severity, Severity, Severity | undefined])[] = [
    // [reported, cap, shown, originalSeverity]
    ["critical", "low", "low", "critical"],
    ["high", "low", "low", "high"],
    ["low", "low", "low", undefined],
    ["info", "low", "info", undefined],
    ["critical", "medium", "medium", "critical"],
    ["medium", "info", "info", "medium"],
  ];
  it.each(cases)("%s under a %s cap → %s (original %s)", (reported, cap, shown, original) => {
    const [marked] = markNonProduction([finding("tests/test_a.py", reported)], marks, { maxSeverity: cap });
    expect(marked?.severity).toBe(shown);
    expect(marked?.nonProduction).toEqual({
      kind: "test",
      reason: "pytest file name test_*.py",
      ...(original ? { originalSeverity: original } : {}),
    });
  });

  it("leaves production findings untouched", () => {
    const prod = finding("app.py", "critical");
    expect(markNonProduction([prod], marks, settings)).toEqual([prod]);
  });
});

describe("productionLines", () => {
  it("counts non-blank lines of unmarked code files only", () => {
    const files = [
      { path: "app.py", language: "python", text: "a = 1\n\n   \n\tb = 2\r\nc" },
      { path: "tests/test_a.py", language: "python", text: "x\ny\n" },
      { path: "README.md", language: "markdown", text: "# Shop\n" },
    ] as const;
    const marks = new Map([["tests/test_a.py", { kind: "test", reason: "r" }]]);
    expect(productionLines(files, marks)).toBe(3);
  });

  it.each([
    ["", 0],
    ["\n\n", 0],
    ["x", 1],
    ["x\n", 1],
    ["x\n \n\ty\n", 2],
    [" \r\n", 0],
  ])("nonBlankLines(%j) = %d", (text, expected) => {
    expect(nonBlankLines(text)).toBe(expected);
  });
});
