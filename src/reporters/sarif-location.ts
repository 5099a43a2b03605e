import type { ArtifactLocation, Region } from "sarif";
import type { Range } from "../core/location.js";

/** The base every result's relative URI resolves against. */
export const SRCROOT = "%SRCROOT%";

/**
 * A repository-relative path as a relative URI reference (RFC 3986): "/"
 * separates segments, and each segment is percent-encoded (spaces, "#", "?",
 * "%", ":", non-ASCII, controls). A backslash is part of a file name on the
 * systems we review, never a separator, so it becomes %5C: turning it into
 * "/" would point code scanning at another file. Leading slashes and "."
 * segments are dropped, since code scanning needs a relative URI.
 */
export function relativeUri(path: string): string {
  return path
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

export function artifactLocation(path: string): ArtifactLocation {
  return { uri: relativeUri(path), uriBaseId: SRCROOT };
}

/**
 * A SARIF region from a 1-based, end-exclusive UTF-16 range (the same
 * convention SARIF uses with columnKind utf16CodeUnits). Out-of-range input
 * is clamped so a bad position cannot make the log invalid.
 */
export function regionOf(range: Range): Region {
  const startLine = Math.max(1, Math.trunc(range.start.line));
  const startColumn = Math.max(1, Math.trunc(range.start.column));
  let endLine = Math.max(startLine, Math.trunc(range.end.line));
  let endColumn = Math.max(1, Math.trunc(range.end.column));
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  if (!Number.isFinite(endLine)) endLine = startLine;
  return { startLine, startColumn, endLine, endColumn };
}

/** `file:///abs/root/` for an absolute POSIX or Windows root; undefined for anything else. */
export function rootUri(root: string): string | undefined {
  const posix = root.replace(/\\/g, "/");
  const drive = /^[A-Za-z]:\//.test(posix);
  if (!posix.startsWith("/") && !drive) return undefined;
  const segments = posix.split("/").filter((s) => s !== "");
  const encoded = segments.map((s, i) => (drive && i === 0 ? s : encodeURIComponent(s)));
  return `file:///${encoded.join("/")}${encoded.length > 0 ? "/" : ""}`;
}
