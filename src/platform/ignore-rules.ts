import ignore from "ignore";

type Ignore = ignore.Ignore;

/**
 * One ignore file's rules. `prefix` is the directory the file sits in,
 * relative to the repository's top ("" or "pkg/sub/"), because .gitignore
 * patterns are relative to their own directory.
 */
export interface IgnoreLevel {
  readonly prefix: string;
  readonly matcher: Ignore;
  /** Where the rules came from, for skip details (".gitignore", "pkg/.gitignore"). */
  readonly source: string;
}

/** Git on Linux compares names case-sensitively; `ignore` defaults to not. */
export function createMatcher(patterns: string | readonly string[]): Ignore {
  return ignore({ ignorecase: false }).add(patterns);
}

/** Config globs written as `./src/**` mean `src/**` in gitignore syntax. */
export function configMatcher(patterns: readonly string[]): Ignore {
  return createMatcher(patterns.map((pattern) => pattern.replace(/^(?:\.\/)+/, "")));
}

export type Verdict = { readonly ignored: false } | { readonly ignored: true; readonly source: string };

const NOT_IGNORED: Verdict = { ignored: false };

/**
 * Git's rule: the deepest ignore file with a matching pattern decides, and
 * within it the last matching line. `levels` is ordered shallowest first.
 *
 * Callers only ask about paths whose parent directories were already found
 * not ignored. `ignore` also reports a path as ignored when its parent is; if
 * that happens at a level, a deeper level must have re-included the parent,
 * so such a level's verdict is disregarded.
 *
 * @param topPath path relative to the repository top, POSIX, no trailing slash
 */
export function ignoredBy(levels: readonly IgnoreLevel[], topPath: string, isDir: boolean): Verdict {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i];
    if (level === undefined || !topPath.startsWith(level.prefix)) continue;
    const sub = topPath.slice(level.prefix.length);
    const result = safeTest(level.matcher, isDir ? `${sub}/` : sub);
    if (result === undefined) continue;
    if (result.unignored) return NOT_IGNORED;
    if (!result.ignored) continue;
    const slash = sub.lastIndexOf("/");
    if (slash > 0 && safeTest(level.matcher, sub.slice(0, slash + 1))?.ignored === true) continue;
    return { ignored: true, source: level.source };
  }
  return NOT_IGNORED;
}

/** True when a config matcher matches the path (or one of its directories). */
export function matches(matcher: Ignore, relPath: string, isDir: boolean): boolean {
  return safeTest(matcher, isDir ? `${relPath}/` : relPath)?.ignored === true;
}

/**
 * `ignore` throws on paths it considers invalid (for example names with a
 * backslash-escaped form it cannot represent); such a path is simply not
 * matched rather than aborting the whole discovery.
 */
function safeTest(matcher: Ignore, path: string): ReturnType<Ignore["test"]> | undefined {
  try {
    return matcher.test(path);
  } catch {
    return undefined;
  }
}
