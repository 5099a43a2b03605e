/**
 * Runs `work` over `items` in order, at most `limit` at a time; once `signal`
 * is aborted no new item starts. Returns how many were started: always the
 * first ones, so `items.slice(started)` is what never ran.
 */
export async function inPool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<number> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length && signal?.aborted !== true) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return next;
}
