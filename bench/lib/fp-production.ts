/**
 * Which files of the false-positive set count as production code, decided by
 * path alone. This is the benchmark's own stand-in until the product
 * classifies test and tooling code itself (issue 12, "Non-production code").
 * When findings carry that classification, the benchmark should prefer it
 * and call `isProductionPath` only for findings without it; that is the one
 * place to change (bench/fp-set.ts calls nothing else to decide).
 *
 * The list is deliberately small and documented in docs/benchmarks.md. It is
 * applied to paths relative to the reviewed project root, so a library's own
 * package directory (django/, flask/ …) is not part of the path.
 */

/** Any path segment with one of these names makes the file non-production. */
export const NON_PRODUCTION_DIRECTORIES: readonly string[] = [
  "test",
  "tests",
  "testing",
  "__tests__",
  "__mocks__",
  "fixtures",
  "e2e",
  "example",
  "examples",
  "doc",
  "docs",
  "benchmark",
  "benchmarks",
  "bench",
  "scripts",
  "build",
  "migrations",
  // Bundles built from the package's own sources (axios's dist/ from lib/): reviewing them counts the same code twice.
  "dist",
];

/**
 * File names that make a file non-production wherever it sits: test files
 * by the conventions of pytest, unittest, Jest, Vitest, Mocha and tsd, and
 * build tooling configuration.
 */
const NON_PRODUCTION_FILES: readonly RegExp[] = [
  /^test_.*\.py$/,
  /_tests?\.py$/,
  /^tests\.py$/,
  /^conftest\.py$/,
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /\.test-d\.[cm]?ts$/,
  /\.(config|conf)\.[cm]?[jt]s$/,
  /^(gulpfile|gruntfile|webpack\.[\w.-]+|rollup\.[\w.-]+)\.[cm]?[jt]s$/i,
  // Documentation: a README's examples are not the library's code.
  /\.(md|markdown|rst|txt)$/i,
];

/** Why a path is non-production, or undefined when it is production. */
export function nonProductionReason(path: string): string | undefined {
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  const name = segments.pop() ?? "";
  const dir = segments.find((s) => NON_PRODUCTION_DIRECTORIES.includes(s.toLowerCase()));
  if (dir !== undefined) return `directory ${dir}/`;
  const pattern = NON_PRODUCTION_FILES.find((p) => p.test(name));
  return pattern === undefined ? undefined : `file name ${name}`;
}

/** The seam for the product's own classification: decided by path here. */
export function isProductionPath(path: string): boolean {
  return nonProductionReason(path) === undefined;
}

/** Lines that are not blank: what "production lines" counts. */
export function nonBlankLines(text: string): number {
  let count = 0;
  for (const line of text.split("\n")) if (line.trim() !== "") count += 1;
  return count;
}
