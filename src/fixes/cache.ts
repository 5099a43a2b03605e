import type { CachedFix, FixCache, FixCacheKey } from "../core/fix.js";

function keyOf(key: FixCacheKey): string {
  return `${key.fingerprint}:${key.contentHash}`;
}

/** An in-memory {@link FixCache}, bounded so a long-running server does not grow without end. */
export class MemoryFixCache implements FixCache {
  private readonly entries = new Map<string, CachedFix>();

  constructor(private readonly maxEntries = 10_000) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: FixCacheKey): Promise<CachedFix | undefined> {
    return Promise.resolve(this.entries.get(keyOf(key)));
  }

  set(key: FixCacheKey, value: CachedFix): Promise<void> {
    const k = keyOf(key);
    this.entries.delete(k);
    this.entries.set(k, value);
    // Maps iterate in insertion order, so the first key is the least recently set.
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return Promise.resolve();
  }
}
