import { describe, expect, it } from "vitest";
import { CONVENTIONS, conventionFor, type NonProductionKind } from "./non-production-conventions.js";

/** One case per row of the table: a path it must mark, with the kind and reason it gives. */
const MARKED: readonly (readonly [path: string, kind: NonProductionKind, reason: string])[] = [
  ["pkg/test_views.py", "test", "pytest file name test_*.py"],
  ["pkg/views_test.py", "test", "pytest file name *_test.py"],
  ["conftest.py", "test", "pytest fixtures file conftest.py"],
  ["pkg/testViews.py", "test", "unittest file name testName.py"],
  ["shop/tests.py", "test", "Django test module tests.py"],
  ["shop/tests/helpers.py", "test", "test directory tests/ (unittest, Django, pytest)"],
  ["test/app.router.js", "test", "test directory test/ (Mocha, Node)"],
  ["src/cart.test.ts", "test", "Jest/Vitest/Mocha file name *.test.* or *.spec.*"],
  ["src/cart.spec.mjs", "test", "Jest/Vitest/Mocha file name *.test.* or *.spec.*"],
  ["types/instance.test-d.ts", "test", "tsd type test file name *.test-d.ts"],
  ["src/__tests__/cart.js", "test", "Jest directory __tests__/ or __mocks__/"],
  ["src/__mocks__/fs.js", "test", "Jest directory __tests__/ or __mocks__/"],
  ["spec/models/user_spec.js", "test", "RSpec/Jasmine directory spec/"],
  ["pkg/server_test.go", "test", "Go test file *_test.go"],
  ["cypress/support/commands.js", "test", "Cypress directory cypress/"],
  ["e2e/login.ts", "test", "Playwright directory e2e/"],
  ["src/app.e2e-spec.ts", "test", "end-to-end test file name *.e2e.*"],
  ["src/login.e2e.js", "test", "end-to-end test file name *.e2e.*"],
  ["lib/fixtures/payload.py", "test", "test fixtures directory fixtures/"],
  ["src/Button.stories.tsx", "example", "Storybook file name *.stories.*"],
  ["examples/upload/server.js", "example", "examples directory examples/"],
  ["example/app.py", "example", "examples directory examples/"],
  ["docs/conf.py", "docs", "documentation directory docs/"],
  ["README.md", "docs", "documentation file (Markdown, reStructuredText, AsciiDoc)"],
  ["pkg/CHANGES.rst", "docs", "documentation file (Markdown, reStructuredText, AsciiDoc)"],
  ["benchmarks/bench_render.py", "benchmark", "benchmark directory benchmarks/ or bench/"],
  ["bench/parse.js", "benchmark", "benchmark directory benchmarks/ or bench/"],
  ["Gruntfile.js", "build", "Grunt build file Gruntfile"],
  ["gulpfile.babel.js", "build", "Gulp build file gulpfile"],
  ["webpack.config.js", "build", "bundler config (webpack, rollup, vite, esbuild)"],
  ["webpack.prod.js", "build", "bundler config (webpack, rollup, vite, esbuild)"],
  ["rollup.config.mjs", "build", "bundler config (webpack, rollup, vite, esbuild)"],
  ["vite.config.ts", "build", "bundler config (webpack, rollup, vite, esbuild)"],
  ["eslint.config.js", "build", "tool config (eslint, prettier, babel, jest, vitest, karma)"],
  ["vitest.config.ts", "build", "tool config (eslint, prettier, babel, jest, vitest, karma)"],
  ["karma.conf.js", "build", "tool config (eslint, prettier, babel, jest, vitest, karma)"],
  [".eslintrc.cjs", "build", "tool config (eslint, prettier, babel, jest, vitest, karma)"],
  ["scripts/release.js", "build", "scripts directory scripts/"],
  ["shop/migrations/0001_initial.py", "migration", "database migrations directory migrations/"],
];

/** Paths that look close to a convention and must stay production. */
const NEAR_MISSES: readonly (readonly [path: string, why: string])[] = [
  ["src/testing_utils.py", "test* but not test_*, testName or tests.py"],
  ["app/contest.py", "ends in test.py without the underscore"],
  ["latest/views.py", "a directory ending in test"],
  ["src/attestation.js", "contains test inside a word"],
  ["src/test-utils.js", "test- is no test file suffix"],
  ["src/spec.js", "a file named spec, not a spec/ directory"],
  ["app/tests_helper.js", "tests_ prefix is no convention outside Python"],
  ["src/docs.py", "a module named docs, not a docs/ directory"],
  ["src/markdown.py", "a module named after a documentation format"],
  ["src/migrations.py", "a module named migrations"],
  ["src/scripts.ts", "a module named scripts"],
  ["src/webpack-plugin.js", "a webpack plugin the package ships"],
  ["src/stories.ts", "a module named stories"],
  ["src/benchmark.js", "a module named benchmark"],
  ["testament/app.py", "a directory starting with test"],
  ["src/eslint-rules.js", "a module of eslint rules the package ships"],
  ["types/instance.d.ts", "a declaration file the package ships"],
];

describe("conventionFor", () => {
  it.each(MARKED)("%s → %s (%s)", (path, kind, reason) => {
    expect(conventionFor(path)).toMatchObject({ kind, reason });
  });

  it.each(NEAR_MISSES)("%s stays production: %s", (path) => {
    expect(conventionFor(path)).toBeUndefined();
  });

  it("every row of the table has a case above", () => {
    const covered = new Set(MARKED.map(([path]) => conventionFor(path)));
    expect(CONVENTIONS.filter((row) => !covered.has(row)).map((row) => row.reason)).toEqual([]);
  });

  it("directory names match whatever their case; the file's own name is no directory", () => {
    expect(conventionFor("Tests/helpers.py")?.kind).toBe("test");
    expect(conventionFor("src/tests")).toBeUndefined();
  });
});
