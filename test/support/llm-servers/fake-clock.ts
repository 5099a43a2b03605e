import type { RouterClock } from "../../../src/llm/clock.js";

/**
 * A clock that never waits: sleeps are recorded and return at once, `now` is
 * fixed, and the jitter source is a constant. Timeouts are real (short) unless
 * a test aborts them itself.
 */
export class FakeClock implements RouterClock {
  readonly sleeps: number[] = [];

  constructor(
    private readonly nowMs = Date.parse("2026-01-01T00:00:00Z"),
    private readonly jitter = 0.5,
  ) {}

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    return Promise.resolve();
  }

  now(): number {
    return this.nowMs;
  }

  random(): number {
    return this.jitter;
  }

  timeout(ms: number): AbortSignal {
    return AbortSignal.timeout(ms);
  }
}
