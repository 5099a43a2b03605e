/**
 * One-at-a-time sections per key within this process. better-sqlite3 waits
 * for a busy database by blocking the thread, so two handles on the same file
 * in one process must never contend for the write lock: the holder could not
 * run again until the waiter gave up. Across processes SQLite's busy timeout
 * does the waiting.
 */
const tails = new Map<string, Promise<void>>();

export function withPathLock<T>(key: string, run: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const result = previous.then(run);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return result;
}
