/**
 * Which files of the false-positive set count as production code. The
 * product decides it now (issue 12, "Non-production code"): a JSON report
 * that carries `files.productionLines` has classified every file, so a
 * finding is production exactly when it has no `nonProduction` mark, and the
 * production lines are the report's. The path list below is only the
 * fallback for reports without that classification (an older build, or the
 * operator's `non_production.enabled: false`).
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

/** The fallback decision, by path alone. */
export function isProductionPath(path: string): boolean {
  return nonProductionReason(path) === undefined;
}

/** The product's decision when the report made one (`production` set), else the path list's. */
export function isProductionFinding(finding: {
  readonly file: string;
  readonly production?: boolean;
}): boolean {
  return finding.production ?? isProductionPath(finding.file);
}

/** Lines that are not blank: what "production lines" counts. */
export function nonBlankLines(text: string): number {
  let count = 0;
  for (const line of text.split("\n")) if (line.trim() !== "") count += 1;
  return count;
}
