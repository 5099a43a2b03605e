import type { ApiKeyGrant } from "../core/team.js";

/**
 * How long a found API key's grant is reused without reading the store, in
 * ms: the longest a key revoked, or a member removed or demoted, by another
 * process (a second API process, `codeguardian admin`) still works here.
 * Changes made through this process's own store take effect on the next
 * request (docs/server.md, "API keys").
 */
export const API_KEY_CACHE_MS = 2_000;

/** Enough for every key in use at once; past it the oldest entry goes, so presented junk cannot grow it. */
const CAPACITY = 10_000;

interface Entry {
  readonly grant: ApiKeyGrant;
  readonly until: number;
}

/**
 * The grants of recently presented API keys, by the key's SHA-384 (never the
 * key itself). Every request with a key needs its grant, and reading it is a
 * join of four tables (docs/benchmarks.md, "Service"). Only found keys are
 * kept: an unknown key is read from the store each time, so presented junk
 * cannot fill the cache. The map is keyed by the hash, which a caller
 * cannot steer, so its lookup time tells nothing about the stored keys.
 *
 * `changed()` forgets everything and makes reads already under way unable to
 * store what they found, so a grant read before a revocation committed is
 * never kept after it.
 */
export class ApiKeyGrantCache {
  private readonly entries = new Map<string, Entry>();
  private generationNumber = 0;

  constructor(private readonly ttlMs: number = API_KEY_CACHE_MS) {}

  /** Taken before reading the store; `keep` stores the result only if nothing changed meanwhile. */
  get generation(): number {
    return this.generationNumber;
  }

  find(hash: string, nowMs: number): ApiKeyGrant | undefined {
    const entry = this.entries.get(hash);
    if (entry === undefined) return undefined;
    if (entry.until > nowMs) return entry.grant;
    this.entries.delete(hash);
    return undefined;
  }

  keep(hash: string, grant: ApiKeyGrant, nowMs: number, readAtGeneration: number): void {
    if (this.ttlMs <= 0 || readAtGeneration !== this.generationNumber) return;
    this.entries.delete(hash);
    this.entries.set(hash, { grant, until: nowMs + this.ttlMs });
    if (this.entries.size > CAPACITY) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /**
   * A key or a membership changed through this store: no grant read before
   * it stands. Called once the change has committed, so no read can store
   * the state before it afterwards.
   */
  changed(): void {
    this.generationNumber += 1;
    this.entries.clear();
  }
}
