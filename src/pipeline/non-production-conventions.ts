/**
 * How frameworks and build tools lay out code that does not ship: one row per
 * convention, each with the kind of code it marks and the reason a report
 * shows. A row matches either a directory name anywhere above the file or the
 * file's own name, never both, so `latest/` or `contest.py` are not tests.
 * The table is data on purpose: docs/configuration.md ("Non-production code")
 * lists the same rows, and the test checks each row and its near misses.
 */

export const NON_PRODUCTION_KINDS = ["test", "example", "docs", "benchmark", "build", "migration"] as const;
export type NonProductionKind = (typeof NON_PRODUCTION_KINDS)[number];

export interface Convention {
  readonly kind: NonProductionKind;
  /** What a reader is told: "pytest file name test_*.py". */
  readonly reason: string;
  /** Directory names (compared lower-case) that mark every file below them. */
  readonly directories?: readonly string[];
  /** A pattern over the file name alone. */
  readonly fileName?: RegExp;
}

const JS = String.raw`[cm]?[jt]sx?`;

export const CONVENTIONS: readonly Convention[] = [
  { kind: "test", reason: "pytest file name test_*.py", fileName: /^test_[^/]*\.py$/ },
  { kind: "test", reason: "pytest file name *_test.py", fileName: /^[^/]+_test\.py$/ },
  { kind: "test", reason: "pytest fixtures file conftest.py", fileName: /^conftest\.py$/ },
  { kind: "test", reason: "unittest file name testName.py", fileName: /^test[A-Z][^/]*\.py$/ },
  { kind: "test", reason: "Django test module tests.py", fileName: /^tests\.py$/ },
  { kind: "test", reason: "test directory tests/ (unittest, Django, pytest)", directories: ["tests"] },
  { kind: "test", reason: "test directory test/ (Mocha, Node)", directories: ["test"] },
  {
    kind: "test",
    reason: "Jest/Vitest/Mocha file name *.test.* or *.spec.*",
    fileName: new RegExp(String.raw`\.(?:test|spec)\.${JS}$`),
  },
  { kind: "test", reason: "tsd type test file name *.test-d.ts", fileName: /\.test-d\.[cm]?tsx?$/ },
  {
    kind: "test",
    reason: "Jest directory __tests__/ or __mocks__/",
    directories: ["__tests__", "__mocks__"],
  },
  { kind: "test", reason: "RSpec/Jasmine directory spec/", directories: ["spec"] },
  { kind: "test", reason: "Go test file *_test.go", fileName: /_test\.go$/ },
  { kind: "test", reason: "Cypress directory cypress/", directories: ["cypress"] },
  { kind: "test", reason: "Playwright directory e2e/", directories: ["e2e"] },
  {
    kind: "test",
    reason: "end-to-end test file name *.e2e.*",
    fileName: new RegExp(String.raw`\.e2e(?:-spec|-test)?\.${JS}$`),
  },
  { kind: "test", reason: "test fixtures directory fixtures/", directories: ["fixtures", "__fixtures__"] },
  {
    kind: "example",
    reason: "Storybook file name *.stories.*",
    fileName: /\.stories\.[cm]?[jt]sx?$|\.stories\.mdx$/,
  },
  { kind: "example", reason: "examples directory examples/", directories: ["example", "examples"] },
  { kind: "docs", reason: "documentation directory docs/", directories: ["doc", "docs"] },
  {
    kind: "docs",
    reason: "documentation file (Markdown, reStructuredText, AsciiDoc)",
    fileName: /\.(?:md|markdown|mdx|rst|adoc)$/i,
  },
  {
    kind: "benchmark",
    reason: "benchmark directory benchmarks/ or bench/",
    directories: ["benchmark", "benchmarks", "bench"],
  },
  {
    kind: "build",
    reason: "Grunt build file Gruntfile",
    fileName: new RegExp(String.raw`^gruntfile\.(?:${JS}|coffee)$`, "i"),
  },
  {
    kind: "build",
    reason: "Gulp build file gulpfile",
    fileName: new RegExp(String.raw`^gulpfile(?:\.babel)?\.${JS}$`, "i"),
  },
  {
    kind: "build",
    reason: "bundler config (webpack, rollup, vite, esbuild)",
    fileName: new RegExp(
      String.raw`^(?:webpack|rollup|vite|esbuild)(?:\.[\w-]+)*\.config\.${JS}$|^webpack\.[\w.-]+\.${JS}$`,
    ),
  },
  {
    kind: "build",
    reason: "tool config (eslint, prettier, babel, jest, vitest, karma)",
    fileName: new RegExp(
      String.raw`^(?:eslint|prettier|babel|jest|vitest|karma)\.conf(?:ig)?(?:\.[\w-]+)*\.${JS}$|^\.eslintrc\.[cm]?js$`,
    ),
  },
  { kind: "build", reason: "scripts directory scripts/", directories: ["scripts"] },
  { kind: "migration", reason: "database migrations directory migrations/", directories: ["migrations"] },
];

/** The first convention a repository-relative POSIX path matches, if any. */
export function conventionFor(path: string): Convention | undefined {
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  const name = segments.pop() ?? "";
  const dirs = new Set(segments.map((s) => s.toLowerCase()));
  return CONVENTIONS.find(
    (row) =>
      (row.fileName !== undefined && row.fileName.test(name)) ||
      (row.directories !== undefined && row.directories.some((d) => dirs.has(d))),
  );
}
