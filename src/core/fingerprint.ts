import { sha256Hex } from "./hash.js";

/**
 * A finding's fingerprint survives unrelated edits: it is built from the rule
 * id, the file's identity path, the flagged code with whitespace collapsed, and
 * the occurrence index among identical snippets of that rule in that file. It
 * never contains a line number, so code moving up or down keeps it.
 *
 * The identity path is the file's path, except when a file was renamed without
 * changes since the previous review: then it is the path the file had when the
 * finding was first seen (see {@link resolveIdentityPaths}), so a pure rename
 * keeps every fingerprint.
 */
export function fingerprintOf(
  ruleId: string,
  identityPath: string,
  snippet: string,
  occurrence: number,
): string {
  return sha256Hex(
    [ruleId, identityPath, normaliseSnippet(snippet), String(occurrence)].join("\u0000"),
  ).slice(0, 32);
}

/** Collapses all whitespace runs and trims, so re-indentation keeps fingerprints. */
export function normaliseSnippet(snippet: string): string {
  return snippet.replace(/\s+/g, " ").trim();
}

/**
 * Maps each current path to the identity path it inherits. A current path that
 * did not exist before, whose content hash equals that of a previous path that
 * no longer exists, inherits that previous path's identity.
 *
 * @param current path → content hash for this review
 * @param previous path → {hash, identity} from the previous review
 */
export function resolveIdentityPaths(
  current: ReadonlyMap<string, string>,
  previous: ReadonlyMap<string, { hash: string; identity: string }>,
): Map<string, string> {
  const vanishedByHash = new Map<string, string>();
  for (const [path, { hash, identity }] of previous) {
    if (!current.has(path) && !vanishedByHash.has(hash)) vanishedByHash.set(hash, identity);
  }
  const result = new Map<string, string>();
  for (const [path, hash] of current) {
    const prev = previous.get(path);
    if (prev) {
      result.set(path, prev.identity);
      continue;
    }
    const inherited = vanishedByHash.get(hash);
    if (inherited !== undefined) {
      vanishedByHash.delete(hash);
      result.set(path, inherited);
    } else {
      result.set(path, path);
    }
  }
  return result;
}
