import { isAbsolute, posix, relative, sep } from "node:path";

/**
 * A repository-relative path as a command-line argument. The "./" prefix keeps
 * a file named "-rf.py" or "--rcfile=x.py" from being read as an option.
 */
export function pathArgument(path: string): string {
  return path.startsWith("./") ? path : `./${path}`;
}

/**
 * Maps a path a tool reported (absolute, "./x.py", "x.py", with OS separators)
 * back to the repository-relative POSIX path we gave it; undefined when it is
 * none of the files we asked about (or, without `known`, outside the root).
 */
export function resolveReportedPath(
  reported: string,
  root: string,
  known?: ReadonlySet<string>,
): string | undefined {
  let path = reported;
  if (isAbsolute(path)) path = relative(root, path);
  path = path.split(sep).join("/");
  path = posix.normalize(path);
  if (path.startsWith("./")) path = path.slice(2);
  if (known === undefined) return path === ".." || path.startsWith("../") || path === "." ? undefined : path;
  return known.has(path) ? path : undefined;
}
