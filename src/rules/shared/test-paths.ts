/**
 * Test code by its path, as Python and JavaScript projects lay it out:
 * `tests/`, `test/`, `__tests__/`, `spec/`, `test_x.py`, `x_test.py`,
 * `x.test.ts`, `x.spec.js`. Credentials there are throwaway values for a
 * test double far more often than live ones (docs/rules/py-hardcoded-credentials.md),
 * so the secret rules report them at low severity; synthesis's non-production
 * step then decides whether the file is test code nothing imports.
 */
export function isTestPath(path: string): boolean {
  return (
    /(?:^|\/)(?:tests?|testing|__tests__|spec)\//.test(path) ||
    /(?<![^/])test_[^/]*\.py$|_test\.py$|\.(?:test|spec)\.[cm]?[jt]sx?$/.test(path)
  );
}
