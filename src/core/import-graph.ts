/**
 * Which repository file imports which (Python and JavaScript/TypeScript,
 * relative and package-local imports), built once per review from the texts
 * discovery read (src/rules/imports/, in the rules pool's workers), so that
 * every stage that needs it (the vendored and generated decisions, later the
 * test-code and cross-file stages) shares one copy. Paths are
 * repository-relative POSIX.
 */
export interface ImportGraph {
  /** importer → the repository files it imports. */
  readonly imports: ReadonlyMap<string, ReadonlySet<string>>;
  /** imported file → the repository files importing it. */
  readonly importers: ReadonlyMap<string, ReadonlySet<string>>;
}
