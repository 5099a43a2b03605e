import type { RouterClock } from "./clock.js";
import { Semaphore } from "./semaphore.js";
import type { ProviderId } from "./types.js";

/** Calls in flight per provider, across every review of the process, unless the operator says otherwise. */
export const DEFAULT_CONCURRENCY = 4;

/**
 * What one process shares between all the reviews it runs, per provider:
 * how many calls may be in flight, and a pause every review honours after
 * the provider answered "too many requests" with a Retry-After. A router
 * built per review takes the process's gates, so ten concurrent reviews
 * still make at most `limit` calls at once to one provider
 * (docs/ARCHITECTURE.md, "The application layer").
 */
export class ProviderGates {
  private readonly semaphores = new Map<ProviderId, Semaphore>();
  private readonly pausedUntil = new Map<ProviderId, number>();

  constructor(
    private readonly concurrency:
      number | Readonly<Partial<Record<ProviderId, number>>> = DEFAULT_CONCURRENCY,
  ) {}

  /** The provider's slots: the same semaphore for every caller. */
  slots(provider: ProviderId): Semaphore {
    let semaphore = this.semaphores.get(provider);
    if (semaphore === undefined) {
      const limit =
        typeof this.concurrency === "number"
          ? this.concurrency
          : (this.concurrency[provider] ?? DEFAULT_CONCURRENCY);
      semaphore = new Semaphore(limit);
      this.semaphores.set(provider, semaphore);
    }
    return semaphore;
  }

  /** Every caller's next call to the provider waits until `until` (epoch ms); a later pause wins. */
  pause(provider: ProviderId, until: number): void {
    if (until > (this.pausedUntil.get(provider) ?? 0)) this.pausedUntil.set(provider, until);
  }

  /** Waits out the provider's pause, if one is on; returns at once when there is none. */
  async waitForPause(provider: ProviderId, clock: RouterClock, signal?: AbortSignal): Promise<void> {
    const wait = (this.pausedUntil.get(provider) ?? 0) - clock.now();
    if (wait > 0) await clock.sleep(wait, signal);
  }
}
