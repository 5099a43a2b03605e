/**
 * Which stored review a new one is compared with (docs/storage.md,
 * "Comparison"), decided once here and queried by the store:
 *
 * - a full review: the latest finished full review of the same project;
 * - a diff review (a branch or pull request against a base ref): the latest
 *   finished full review of the same project whose branch or commit is that
 *   base ref;
 * - nothing matching: no comparison, never "everything is new".
 */
export type ComparableScope = { readonly kind: "full" } | { readonly kind: "diff"; readonly base: string };

/** What the store looks for: finished full reviews, of one of these refs when any are named. */
export interface ComparableQuery {
  readonly scopeKind: "full";
  /** Branch names or commits the earlier review must have recorded; undefined for any. */
  readonly refs?: readonly string[];
}

/**
 * Spellings of one branch that a base ref may use: `main`,
 * `refs/heads/main`, `origin/main`, `refs/remotes/origin/main` all name the
 * branch `main` that a full review records. A commit matches only itself.
 */
export function refSpellings(base: string): readonly string[] {
  const trimmed = base.trim();
  const stripped = trimmed.replace(/^refs\/heads\//, "").replace(/^(?:refs\/remotes\/)?origin\//, "");
  return stripped === trimmed || stripped === "" ? [trimmed] : [trimmed, stripped];
}

export function comparableQuery(scope: ComparableScope): ComparableQuery {
  return scope.kind === "full"
    ? { scopeKind: "full" }
    : { scopeKind: "full", refs: refSpellings(scope.base) };
}
