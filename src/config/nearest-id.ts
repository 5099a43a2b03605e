/**
 * The known id closest to a mistyped one, for "did you mean …?" notices.
 * Only ids within a third of the typed id's length (at least 2 edits) count:
 * farther than that the suggestion would be a guess.
 */
export function nearestId(typed: string, known: Iterable<string>): string | undefined {
  const allowed = Math.max(2, Math.floor(typed.length / 3));
  let best: { id: string; distance: number } | undefined;
  for (const id of known) {
    const distance = editDistance(typed, id, allowed);
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { id, distance };
  }
  return best?.id;
}

/**
 * Levenshtein distance (insert, delete, substitute), stopping early once every
 * path exceeds `limit`; then any value above `limit` is returned.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
