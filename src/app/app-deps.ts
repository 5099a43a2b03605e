import type { ProgressSink } from "../core/progress.js";
import type { ProviderGates } from "../llm/provider-gates.js";
import type { RulesPool } from "../workers/rules-pool.js";

/** The process environment as a front end read it (platform/env.ts); nothing below reads `process.env`. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * What a long-lived process builds once and hands to every review it runs
 * (docs/ARCHITECTURE.md, "The application layer"): the rules workers and
 * the LLM providers' gates; each part is closed by whoever built it.
 */
export interface SharedParts {
  readonly rulesPool: RulesPool;
  /** Per-provider call slots and rate-limit pauses, for every review's LLM router. */
  readonly llmGates?: ProviderGates;
}

/** Everything a use case needs from outside, passed in. */
export interface AppDeps {
  readonly shared: SharedParts;
  /** The operator's environment: config file location, data directory, provider keys. */
  readonly env: Environment;
  readonly clock: Clock;
  /** One-line notes for the person or log watching (how to turn LLM review on, ignored files). */
  readonly log: (message: string) => void;
  readonly progress: ProgressSink;
  /** Aborting it cancels the review: analysers, tool processes, model calls, the fix stage. */
  readonly signal?: AbortSignal;
  readonly version: string;
  /** A new review id; a random UUID unless a test needs a known one. */
  readonly newId?: () => string;
}

export interface Clock {
  now(): Date;
  /** Monotonic milliseconds, for durations. */
  elapsed(): number;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => new Date(),
  elapsed: () => performance.now(),
};
