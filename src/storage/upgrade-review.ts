/**
 * Review documents stored before the review model gained a scope and a
 * requester (migration 0005) are upgraded as they are read, so getReview
 * always returns today's shape. Pure: the document in, a new one out; a
 * document already in today's shape comes back equal.
 *
 * - `scope`: a diff against the recorded base when the document has a
 *   `diff` (DiffScope), else the full tree;
 * - `requestedBy`: the command line, the only way reviews were asked for then.
 */
export function upgradeReviewDocument(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const upgraded: Record<string, unknown> = { ...document };
  if (!("scope" in upgraded)) upgraded["scope"] = scopeFromDiff(upgraded["diff"]);
  if (!("requestedBy" in upgraded)) upgraded["requestedBy"] = { kind: "cli" };
  return upgraded;
}

function scopeFromDiff(diff: unknown): Record<string, unknown> {
  if (typeof diff !== "object" || diff === null || Array.isArray(diff)) return { kind: "full" };
  const { base, wholeFiles } = diff as Record<string, unknown>;
  return {
    kind: "diff",
    base: typeof base === "string" ? base : "",
    wholeFiles: wholeFiles === true,
  };
}
